/**
 * The 2025-era Streamable HTTP wire to a backend: one JSON-RPC message POSTed on the session over an undici
 * keep-alive pool, and the messages that come back, from a JSON body or an SSE stream (read with
 * eventsource-parser). Every message of a 2025 session after its handshake goes out here, whether the SDK
 * client sent it or vmcp made the call without it (backend-transport.ts), so both see the same headers,
 * status handling and errors.
 */
import { StringDecoder } from 'node:string_decoder';
import { createParser } from 'eventsource-parser';
import type { Dispatcher } from 'undici';
import { badResponseError, httpStatusError } from './classify.js';
import { BackendError } from './errors.js';
import { encodeJson } from './sendable.js';

export type Json = Record<string, unknown>;

export interface SessionPost {
  dispatcher: Dispatcher;
  /** Path and query of the backend URL. */
  path: string;
  /** Content type, Accept, the session's Mcp-Session-Id and protocol version, and the outgoing credentials. */
  headers: Record<string, string>;
  /** The backend's name, for error messages. */
  backend: string;
  /** Ends the exchange (a deadline, or the connection closing). */
  signal: AbortSignal;
}

/** 404 on a session: the backend no longer knows it (a restart, idle expiry); the message never ran. */
export class SessionExpiredError extends BackendError {
  constructor(backend: string) {
    super('VMCP_BACKEND_SESSION_EXPIRED', backend, `backend "${backend}" no longer knows vmcp's session (HTTP 404)`);
  }
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * POSTs `message` and hands each message of the answer to `onMessage` as it arrives; settles once the answer
 * has been read to its end. `onMessage` must not throw.
 */
export async function postMessage(p: SessionPost, message: Json, onMessage: (m: Json) => void): Promise<void> {
  const res = await p.dispatcher.request({
    method: 'POST',
    path: p.path,
    headers: p.headers,
    body: encodeJson(message, p.backend),
    signal: p.signal,
    // The caller's deadline covers the whole exchange: a backend may send SSE headers at once, the answer much later.
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  if (res.statusCode < 200 || res.statusCode >= 300) {
    await res.body.dump();
    if (res.statusCode === 404 && p.headers['mcp-session-id'] !== undefined) throw new SessionExpiredError(p.backend);
    throw res.statusCode >= 400 ? httpStatusError(p.backend, res.statusCode) : badResponseError(p.backend);
  }
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('text/event-stream')) return readEvents(res.body, onMessage);
  if (type.includes('application/json')) return readJson(res.body, p.backend, onMessage);
  await res.body.dump();
  // A notification's or a response's answer (202) carries nothing; a request's must carry its answer.
  if (message.id !== undefined && typeof message.method === 'string') throw badResponseError(p.backend);
}

async function readJson(body: Dispatcher.ResponseData['body'], backend: string, onMessage: (m: Json) => void): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await body.text());
  } catch {
    throw badResponseError(backend);
  }
  for (const m of Array.isArray(parsed) ? parsed : [parsed]) if (isObject(m)) onMessage(m);
}

/**
 * The messages of an SSE stream, as the SDK client reads them: `message` events (or events without a type)
 * whose data is a JSON object. A priming event (an id and empty data) carries none; data that is not JSON is
 * not a message either (a stream that ends without the answer is the caller's to refuse).
 */
function readEvents(body: Dispatcher.ResponseData['body'], onMessage: (m: Json) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const parser = createParser({
      onEvent: ({ event, data }) => {
        if (data === '' || (event !== undefined && event !== 'message')) return;
        let m: unknown;
        try {
          m = JSON.parse(data);
        } catch {
          return;
        }
        if (isObject(m)) onMessage(m);
      },
    });
    // undici's body emits Buffers whatever the encoding set; a character may be cut between two of them.
    const text = new StringDecoder('utf8');
    body.on('data', (chunk: Buffer) => parser.feed(text.write(chunk)));
    body.once('end', () => resolve());
    body.once('error', reject);
  });
}
