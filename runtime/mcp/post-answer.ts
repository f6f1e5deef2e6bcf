/**
 * How a 2025-era session's messages are written (Streamable HTTP, 2025-06-18 and 2025-11-25). A POST is
 * answered with its responses as one JSON body or, once a message related to its requests comes first (a
 * log, progress, a request to the client), with an SSE stream of every message ending with the last
 * response: the client accepts either, and JSON costs least to write and to read. Messages that belong to
 * no request go on the session's GET stream.
 */
import type { ServerResponse } from 'node:http';
import type { JSONRPCMessage, JSONRPCRequest } from '@modelcontextprotocol/server';
import { unpassableError } from './passable.js';
import { writeJsonRpcError } from './write-response.js';

const SSE_HEADERS = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' };
/** The SDK transport's interval: a comment line keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 15_000;

type Message = Record<string, unknown>;

/** A response's JSON text in parts, written one after the other. */
export type EncodedResponse = readonly (Buffer | string)[];

export const isResponse = (m: Message): boolean => m.method === undefined && ('result' in m || 'error' in m);
export const isRequest = (m: JSONRPCMessage): m is JSONRPCRequest => 'method' in m && 'id' in m && m.id !== undefined;

/** The answer to one POST that carries requests. */
export class PostAnswer {
  private streaming = false;
  private readonly responses: string[] = [];

  constructor(
    private readonly res: ServerResponse,
    private readonly sessionId: string,
    /** Responses still to come (one per request in the POST). */
    private pending: number,
  ) {}

  send(message: JSONRPCMessage): void {
    const m = message as Message;
    if (this.res.writableEnded) return;
    if (!isResponse(m)) {
      const text = encodeRelated(m);
      if (text !== null) this.stream().write(sseEvent(text));
      return;
    }
    this.respond(encodeResponse(m));
  }

  /** A response already encoded as JSON text, whole or in parts (a list page's bytes, then its id: list-pages.ts). */
  respond(encoded: string | EncodedResponse): void {
    if (this.res.writableEnded) return;
    this.pending -= 1;
    if (typeof encoded !== 'string') {
      // Alone on its POST: written as it is, without making one string of it again.
      if (!this.streaming && this.pending === 0 && this.responses.length === 0) return this.writeParts(encoded);
      encoded = encoded.map((part) => part.toString()).join('');
    }
    if (this.streaming) {
      this.res.write(sseEvent(encoded));
      if (this.pending === 0) this.res.end();
      return;
    }
    this.responses.push(encoded);
    if (this.pending > 0) return;
    this.res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': this.sessionId });
    this.res.end(this.responses.length === 1 ? this.responses[0] : `[${this.responses.join(',')}]`);
  }

  private writeParts(parts: EncodedResponse): void {
    this.res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': this.sessionId });
    // node corks the socket for the rest of this tick: the parts leave in one write.
    for (const part of parts) this.res.write(part);
    this.res.end();
  }

  /** The session closed before every response was sent. */
  abandon(): void {
    if (this.res.writableEnded) return;
    if (this.streaming) this.res.end();
    else writeJsonRpcError(this.res, 404, -32001, 'Session not found');
  }

  private stream(): ServerResponse {
    if (!this.streaming) {
      this.streaming = true;
      this.res.writeHead(200, { ...SSE_HEADERS, 'mcp-session-id': this.sessionId });
      for (const text of this.responses.splice(0)) this.res.write(sseEvent(text));
    }
    return this.res;
  }
}

/** The session's GET stream: what the server sends unrelated to any request (list_changed, resource updates). */
export class EventStream {
  private readonly keepAlive: NodeJS.Timeout;

  constructor(
    private readonly res: ServerResponse,
    sessionId: string,
  ) {
    res.writeHead(200, { ...SSE_HEADERS, 'mcp-session-id': sessionId });
    res.flushHeaders();
    this.keepAlive = setInterval(() => res.write(': keepalive\n\n'), KEEP_ALIVE_MS).unref();
    res.once('close', () => clearInterval(this.keepAlive));
  }

  write(message: JSONRPCMessage): void {
    const text = encodeRelated(message as Message);
    if (text !== null && !this.res.writableEnded) this.res.write(sseEvent(text));
  }

  /** A proper end of stream, which tells the client to reconnect. */
  end(): void {
    clearInterval(this.keepAlive);
    this.res.end();
  }

  onClose(listener: () => void): void {
    this.res.once('close', listener);
  }
}

const sseEvent = (text: string): string => `event: message\ndata: ${text}\n\n`;

/**
 * A response as JSON text. The SDK's rule for every answer it sends holds for all of them: -32002 goes out
 * as -32602. A result with no JSON text (passable.ts) is an error for that request only.
 */
function encodeResponse(m: Message): string {
  const error = m.error as { code?: unknown } | undefined;
  const message = error?.code === -32002 ? { ...m, error: { ...error, code: -32602 } } : m;
  try {
    return JSON.stringify(message);
  } catch {
    const { code, message: text, data } = unpassableError();
    return JSON.stringify({ jsonrpc: '2.0', id: m.id, error: { code, message: text, data } });
  }
}

/** Any other message; null when it has no JSON text (a log line is not worth failing a call for). */
function encodeRelated(m: Message): string | null {
  try {
    return JSON.stringify(m);
  } catch {
    return null;
  }
}
