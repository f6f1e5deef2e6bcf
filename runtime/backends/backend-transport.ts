/**
 * The SDK client's transport to a Streamable HTTP backend. The SDK's own transport opens the session (the
 * handshake, or 2026-07-28 negotiation), keeps its GET stream and serves a 2026-07-28 connection; once a
 * 2025 session is established, every other message is one POST of session-post.ts. `call` is the hot path
 * on that session: a request answered without the SDK client, whose per-request machinery (fetch, web
 * streams, schema parsing) costs more CPU than the backend's own work; what else the backend sends on the
 * call's stream goes to the calling client's relay, or to the SDK client as if it had read it.
 */
import { parseJSONRPCMessage, ProtocolError, type JSONRPCMessage, type StreamableHTTPClientTransport, type Transport, type TransportSendOptions } from '@modelcontextprotocol/client';
import type { Dispatcher } from 'undici';
import { relayBackendMessage, type ClientRelay } from './client-relay.js';
import { badResponseError, timeoutError } from './classify.js';
import { Deadlines } from './deadlines.js';
import { isObject, PostAbort, postMessage, type Json, type SessionPost } from './session-post.js';

/** How long closing waits for the backend to answer the session's DELETE. */
const TERMINATE_TIMEOUT_MS = 1000;

export interface BackendTransportOptions {
  dispatcher: Dispatcher;
  /** Path and query of the backend URL. */
  path: string;
  backend: string;
  /** The outgoing credentials for the next messages (the connection's, set per caller). */
  credentials: () => Readonly<Record<string, string>>;
}

export class BackendTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  readonly hasPerRequestStream = true;
  /** A 2025 session is open: messages go as session POSTs, and `call` may be used. */
  private established = false;
  /** The SDK client's POSTs in flight, ended when the connection closes (calls end by their own deadline). */
  private readonly inFlight = new Set<PostAbort>();
  private readonly deadlines = new Deadlines();
  /** String ids, which never collide with the SDK client's numeric ones on the session. */
  private nextId = 0;
  /** The last message handed to the SDK client (see `deliver`). */
  private delivered: Promise<void> = Promise.resolve();

  constructor(
    private readonly sdk: StreamableHTTPClientTransport,
    private readonly o: BackendTransportOptions,
  ) {
    sdk.onmessage = (m) => this.onmessage?.(m);
    sdk.onerror = (e) => this.onerror?.(e);
    sdk.onclose = () => this.onclose?.();
  }

  get sessionId(): string | undefined {
    return this.sdk.sessionId;
  }

  /** The SDK client finished the 2025 handshake: from now on messages are session POSTs. */
  establish(): void {
    this.established = true;
  }

  get canCall(): boolean {
    return this.established;
  }

  start(): Promise<void> {
    return this.sdk.start();
  }

  setProtocolVersion(version: string): void {
    this.sdk.setProtocolVersion(version);
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if (!this.established) return this.sdk.send(message, options);
    const abort = new PostAbort();
    this.inFlight.add(abort);
    try {
      await postMessage(this.post(), message as Json, (m) => this.deliver(m), abort);
    } finally {
      this.inFlight.delete(abort);
    }
  }

  async close(): Promise<void> {
    for (const abort of this.inFlight) abort.abort(new Error('the connection closed'));
    this.inFlight.clear();
    // A client that no longer needs its session SHOULD end it with DELETE (MCP Streamable HTTP, session
    // management): the backend frees it now rather than at its own idle timeout. A backend that is down or
    // slow does not hold vmcp's shutdown for more than a second.
    if (this.established && this.sdk.sessionId) {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, TERMINATE_TIMEOUT_MS)));
      await Promise.race([this.sdk.terminateSession().catch(() => {}), limit]);
      clearTimeout(timer);
    }
    await this.sdk.close();
  }

  /**
   * A request on the established session, answered to the caller directly: its result, or the backend's
   * JSON-RPC error as the SDK client would have thrown it. One deadline for the whole exchange; on it, the
   * backend is told to stop, as the SDK client does on its own timeouts.
   */
  call(method: string, params: Json | undefined, timeoutMs: number, relay?: ClientRelay): Promise<Json> {
    const id = `vmcp-${++this.nextId}`;
    const message = params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params };
    const abort = new PostAbort();
    return new Promise<Json>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        this.deadlines.clear(deadline);
        outcome();
      };
      const deadline = this.deadlines.add(timeoutMs, () => {
        settle(() => reject(timeoutError(this.o.backend)));
        abort.abort(timeoutError(this.o.backend));
        void this.send({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: id, reason: 'Request timed out' } }).catch(() => {});
      });
      const onMessage = (m: Json) => {
        if (settled || !isAnswerTo(m, id)) return this.fromBackend(m, relay);
        settle(() => {
          try {
            resolve(resultOf(m, this.o.backend));
          } catch (e) {
            reject(e);
          }
        });
      };
      // The answer settles the call as soon as it arrives; the stream is still read to its end (or the
      // deadline), so the socket goes back to the pool.
      postMessage(this.post(), message, onMessage, abort).then(
        () => settle(() => reject(badResponseError(this.o.backend))),
        (e: unknown) => settle(() => reject(e)),
      );
    });
  }

  private post(): SessionPost {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    if (this.sdk.sessionId) headers['mcp-session-id'] = this.sdk.sessionId;
    if (this.sdk.protocolVersion) headers['mcp-protocol-version'] = this.sdk.protocolVersion;
    Object.assign(headers, this.o.credentials());
    return { dispatcher: this.o.dispatcher, path: this.o.path, headers, backend: this.o.backend };
  }

  /** A message besides a call's answer: the calling client's when its relay takes it, else the SDK client's. */
  private fromBackend(m: Json, relay: ClientRelay | undefined): void {
    // The client's answer goes back as the SDK client would send its own: a POST on the session.
    if (relay && relayBackendMessage(m as JSONRPCMessage, relay, (reply) => void this.send(reply).catch(() => {}))) return;
    this.deliver(m);
  }

  /**
   * To the SDK client, checked as its own transport checks what it reads, and one message after the other
   * has been handled, as its transport hands them on: the client runs notification handlers a microtask
   * late, so progress sent just before an answer would otherwise find the request settled and be lost.
   */
  private deliver(m: Json): void {
    let message: JSONRPCMessage;
    try {
      message = parseJSONRPCMessage(m);
    } catch (e) {
      this.onerror?.(e as Error);
      return;
    }
    this.delivered = this.delivered.then(() => this.onmessage?.(message));
  }
}

function isAnswerTo(m: Json, id: string): boolean {
  return m.id === id && m.method === undefined && ('result' in m || 'error' in m);
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
