/**
 * The 2025-era Streamable HTTP wire to a backend: one JSON-RPC message POSTed on the session over an undici
 * keep-alive pool, and the messages that come back, from a JSON body or an SSE stream (read with
 * eventsource-parser). Every message of a 2025 session after its handshake goes out here, whether the SDK
 * client sent it or vmcp made the call without it (backend-transport.ts), so both see the same headers,
 * status handling and errors.
 *
 * Sent with undici's dispatch API rather than `request`: the answer is read from the handler's callbacks
 * as it arrives, without a body stream, a promise per read or an AbortSignal per exchange, which together
 * cost more CPU than the rest of a forwarded call.
 */
import { StringDecoder } from 'node:string_decoder';
import { createParser, type EventSourceParser } from 'eventsource-parser';
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
}

/** 404 on a session: the backend no longer knows it (a restart, idle expiry); the message never ran. */
export class SessionExpiredError extends BackendError {
  constructor(backend: string) {
    super('VMCP_BACKEND_SESSION_EXPIRED', backend, `backend "${backend}" no longer knows vmcp's session (HTTP 404)`);
  }
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ends an exchange in flight (a deadline, the connection closing), whether or not it has reached the socket yet. */
export class PostAbort {
  private controller: Dispatcher.DispatchController | null = null;
  private reason: Error | null = null;

  abort(reason: Error): void {
    if (this.reason) return;
    this.reason = reason;
    this.controller?.abort(reason);
  }

  /** The exchange reached undici: abort through its controller from now on (at once when asked already). */
  started(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.reason) controller.abort(this.reason);
  }
}

/**
 * POSTs `message` and hands each message of the answer to `onMessage` as it arrives; settles once the answer
 * has been read to its end. `onMessage` must not throw.
 */
export function postMessage(p: SessionPost, message: Json, onMessage: (m: Json) => void, abort?: PostAbort): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const body = encodeJson(message, p.backend);
    const expectsAnswer = message.id !== undefined && typeof message.method === 'string';
    p.dispatcher.dispatch(
      // The caller's deadline covers the whole exchange: a backend may send SSE headers at once, the answer much later.
      { method: 'POST', path: p.path, headers: p.headers, body, headersTimeout: 0, bodyTimeout: 0 },
      new AnswerReader(p, expectsAnswer, onMessage, abort, resolve, reject),
    );
  });
}

type Reading = 'refused' | 'events' | 'json' | 'nothing';

/** Reads one answer: its status, then its messages, from JSON or SSE, as the SDK client reads them. */
class AnswerReader implements Dispatcher.DispatchHandler {
  private reading: Reading = 'nothing';
  private status = 0;
  private events: EventSourceParser | null = null;
  private text: StringDecoder | null = null;
  private chunks: Buffer[] = [];

  constructor(
    private readonly p: SessionPost,
    private readonly expectsAnswer: boolean,
    private readonly onMessage: (m: Json) => void,
    private readonly abort: PostAbort | undefined,
    private readonly resolve: () => void,
    private readonly reject: (e: unknown) => void,
  ) {}

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.abort?.started(controller);
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>): void {
    this.status = statusCode;
    if (statusCode < 200 || statusCode >= 300) {
      // Read to its end (the socket goes back to the pool), then refused.
      this.reading = 'refused';
      return;
    }
    const type = String(headers['content-type'] ?? '');
    if (type.includes('text/event-stream')) {
      this.reading = 'events';
      this.events = createParser({ onEvent: ({ event, data }) => this.onEvent(event, data) });
      // A character may be cut between two chunks.
      this.text = new StringDecoder('utf8');
    } else if (type.includes('application/json')) {
      this.reading = 'json';
    }
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.reading === 'events') this.events!.feed(this.text!.write(chunk));
    else if (this.reading === 'json') this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    const { p, status } = this;
    if (this.reading === 'refused') {
      if (status === 404 && p.headers['mcp-session-id'] !== undefined) return this.reject(new SessionExpiredError(p.backend));
      return this.reject(status >= 400 ? httpStatusError(p.backend, status) : badResponseError(p.backend));
    }
    if (this.reading === 'json') return this.readJson();
    // A notification's or a response's answer (202) carries nothing; a request's must carry its answer.
    if (this.reading === 'nothing' && this.expectsAnswer) return this.reject(badResponseError(p.backend));
    this.resolve();
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.reject(error);
  }

  private readJson(): void {
    let parsed: unknown;
    try {
      const { chunks } = this;
      parsed = JSON.parse(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    } catch {
      return this.reject(badResponseError(this.p.backend));
    }
    for (const m of Array.isArray(parsed) ? parsed : [parsed]) if (isObject(m)) this.onMessage(m);
    this.resolve();
  }

  /**
   * The messages of an SSE stream, as the SDK client reads them: `message` events (or events without a
   * type) whose data is a JSON object. A priming event (an id and empty data) carries none; data that is not
   * JSON is not a message either (a stream that ends without the answer is the caller's to refuse).
   */
  private onEvent(event: string | undefined, data: string): void {
    if (data === '' || (event !== undefined && event !== 'message')) return;
    let m: unknown;
    try {
      m = JSON.parse(data);
    } catch {
      return;
    }
    if (isObject(m)) this.onMessage(m);
  }
}
