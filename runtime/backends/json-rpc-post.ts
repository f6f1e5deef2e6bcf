/**
 * One JSON-RPC request to a Streamable HTTP backend as a plain POST over an undici keep-alive pool, on the
 * session an SDK client opened (the caller passes its Mcp-Session-Id and protocol-version headers). For
 * pure request/response calls on the hot path: the SDK client's per-request machinery (fetch, web streams,
 * schema parsing) costs more CPU than the backend's own work. The answer may be JSON or an SSE stream;
 * other messages in the stream (notifications, server-to-client requests) go to `onOther`, so the SDK
 * client can deal with them as if its own transport had read them.
 */
import type { Dispatcher } from 'undici';
import { ProtocolError, type JSONRPCMessage } from '@modelcontextprotocol/client';
import { badResponseError, httpStatusError, timeoutError } from './classify.js';
import { BackendError } from './errors.js';
import { encodeJson } from './sendable.js';
import { SseReader } from './sse-reader.js';

export interface PostOptions {
  dispatcher: Dispatcher;
  /** Path and query of the backend URL. */
  path: string;
  headers: Record<string, string>;
  /** The backend's name, for error messages. */
  backend: string;
  timeoutMs: number;
  onOther: (message: JSONRPCMessage) => void;
}

/** 404 to a request on a session: the backend no longer knows the session (the caller may open a new one). */
export class SessionExpiredError extends BackendError {
  constructor(backend: string) {
    super('VMCP_BACKEND_UNAVAILABLE', backend, httpStatusError(backend, 404).message);
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function postJsonRpc(o: PostOptions, id: string, method: string, params: Json | undefined): Promise<Json> {
  const body = encodeJson(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params }, o.backend);
  const controller = new AbortController();
  let timedOut = false;
  // One deadline for the whole exchange: a backend may send SSE headers at once and the answer much later.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, o.timeoutMs);
  const done = () => clearTimeout(timer);
  try {
    const res = await o.dispatcher.request({
      method: 'POST',
      path: o.path,
      headers: o.headers,
      body,
      signal: controller.signal,
      headersTimeout: 0,
      bodyTimeout: 0,
    });
    if (res.statusCode !== 200) {
      await res.body.dump();
      done();
      if (res.statusCode === 404 && o.headers['mcp-session-id'] !== undefined) throw new SessionExpiredError(o.backend);
      throw res.statusCode >= 400 ? httpStatusError(o.backend, res.statusCode) : badResponseError(o.backend);
    }
    if (String(res.headers['content-type'] ?? '').includes('text/event-stream')) return await fromStream(res.body, id, o, done);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await res.body.text());
    } catch {
      throw badResponseError(o.backend);
    } finally {
      done();
    }
    const answer = (Array.isArray(parsed) ? parsed : [parsed]).find((m) => isAnswerTo(m, id));
    if (!answer) throw badResponseError(o.backend);
    return resultOf(answer, o.backend);
  } catch (e) {
    done();
    if (timedOut) throw timeoutError(o.backend);
    throw e;
  }
}

/**
 * Settles with the answer as soon as it arrives and keeps draining the stream, so the socket goes back
 * to the pool; the deadline still ends a stream a backend never closes.
 */
function fromStream(body: Dispatcher.ResponseData['body'], id: string, o: PostOptions, done: () => void): Promise<Json> {
  return new Promise<Json>((resolve, reject) => {
    const reader = new SseReader();
    let settled = false;
    const settle = (run: () => Json) => {
      settled = true;
      try {
        resolve(run());
      } catch (e) {
        reject(e);
      }
    };
    body.setEncoding('utf8');
    body.on('data', (chunk: string) => {
      for (const data of reader.push(chunk)) {
        let message: unknown;
        try {
          message = JSON.parse(data);
        } catch {
          continue; // not JSON: not the answer either; a stream that ends without one is refused below
        }
        if (!settled && isAnswerTo(message, id)) settle(() => resultOf(message as Json, o.backend));
        else if (isObject(message)) o.onOther(message as JSONRPCMessage);
      }
    });
    body.once('end', () => {
      done();
      if (!settled) settle(() => { throw badResponseError(o.backend); });
    });
    body.once('error', (e) => {
      done();
      if (!settled) {
        settled = true;
        reject(e);
      }
    });
  });
}

function isAnswerTo(m: unknown, id: string): m is Json {
  return isObject(m) && m.id === id && m.method === undefined && ('result' in m || 'error' in m);
}

/** The result object, or the backend's JSON-RPC error as the SDK client would have thrown it. */
function resultOf(answer: Json, backend: string): Json {
  if ('result' in answer) {
    if (isObject(answer.result)) return answer.result;
    throw badResponseError(backend);
  }
  const error = answer.error;
  if (isObject(error) && typeof error.code === 'number' && typeof error.message === 'string') {
    throw ProtocolError.fromError(error.code, error.message, error.data);
  }
  throw badResponseError(backend);
}

