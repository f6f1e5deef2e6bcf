/**
 * The Streamable HTTP transport of one 2025-era session, on node:http directly: the SDK server's
 * transport, and the only way the session's messages come in and go out, whichever serves a request (the
 * SDK server, or direct-call.ts without it). Written by hand instead of the SDK's
 * NodeStreamableHTTPServerTransport, which turns every request and answer into web-standard Request,
 * Response and streams: measured at about 300 µs of CPU per forwarded call, more than the forwarding. The
 * checks and the answers to bad requests are that transport's own, word for word. The session table
 * (legacy-sessions.ts) finds the session by its id and checks its owner before anything reaches here. The
 * SDK server is connected only when a request first needs it (`connectServer`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  isInitializeRequest,
  isJsonContentType,
  parseJSONRPCMessage,
  SUPPORTED_PROTOCOL_VERSIONS,
  type JSONRPCMessage,
  type JSONRPCRequest,
  type RequestId,
  type Transport,
  type TransportSendOptions,
} from '@modelcontextprotocol/server';
import { EventStream, isRequest, isResponse, PostAnswer, type EncodedResponse } from './post-answer.js';
import { readJsonBody, type JsonBody } from './read-json-body.js';
import { writeJsonRpcError } from './write-response.js';

/** The SDK transport's bound on a JSON-RPC batch. */
const MAX_BATCH = 100;

/**
 * A request served without the SDK server (direct-call.ts): its response, as a message or as JSON text
 * already. `related` sends a message on its answer; `clientVersion` is the version the request is sent for.
 */
export interface DirectRequest {
  id: RequestId;
  answer(related: (m: JSONRPCMessage) => Promise<void>, clientVersion: string): Promise<JSONRPCMessage | EncodedResponse>;
}

/** The version of a request without the MCP-Protocol-Version header, as the spec has servers assume. */
const VERSION_WITHOUT_HEADER = '2025-03-26';

export interface SessionTransportOptions {
  newSessionId: () => string;
  /** The transport accepted `initialize`: the session exists from now on (runs synchronously). */
  onInitialized: (sessionId: string, initialize: JSONRPCRequest) => void;
  /**
   * Makes the session's SDK server and connects it to this transport, which sets `onmessage`: done when
   * a request first needs it. Until then the transport answers `initialize` itself when
   * `initializeResult` knows the answer, and drops notifications and responses, which nothing waits for
   * before the server exists (it has sent no request, and has no request of the client's to cancel).
   */
  connectServer: () => void;
  /** The result the SDK server gives an `initialize` like this one, when one has been seen. */
  initializeResult?: (initialize: JSONRPCRequest) => unknown;
  /** The SDK server's result for `initialize`, to answer the next like it without a server. */
  onInitializeResult?: (initialize: JSONRPCRequest, result: unknown) => void;
  maxJsonDepth: number;
  /** The request when it is served without the SDK server; null leaves the message to the server. */
  direct?: (message: unknown) => DirectRequest | null;
}

export class SessionTransport implements Transport {
  sessionId?: string;
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private versions: readonly string[] = SUPPORTED_PROTOCOL_VERSIONS;
  /** Each request in flight, by id: the answer of the POST that carried it. */
  private readonly answers = new Map<RequestId, PostAnswer>();
  private stream: EventStream | null = null;
  private closed = false;
  /** The accepted `initialize` until it is answered. */
  private initialize: JSONRPCRequest | null = null;
  /** The `initialize` answered without the SDK server: retold to the server when it is made. */
  private untold: JSONRPCRequest | null = null;
  /** The id of that retelling, whose answer goes nowhere. */
  private retoldId: RequestId | undefined;

  constructor(private readonly o: SessionTransportOptions) {}

  async start(): Promise<void> {}

  setSupportedProtocolVersions(versions: string[]): void {
    this.versions = versions;
  }

  /** `body`: the POST's body when the caller has read it already (a request that opens the session). */
  async handleRequest(req: IncomingMessage, res: ServerResponse, body?: JsonBody): Promise<void> {
    if (this.closed) return writeJsonRpcError(res, 404, -32001, 'Session not found');
    if (req.method === 'POST') return this.post(req, res, body);
    if (req.method === 'GET') return this.get(req, res);
    if (req.method === 'DELETE') return this.delete(req, res);
    res.setHeader('allow', 'GET, POST, DELETE');
    writeJsonRpcError(res, 405, -32000, 'Method not allowed.');
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    const m = message as Record<string, unknown>;
    const response = isResponse(m);
    const id = response ? (m.id as RequestId) : options?.relatedRequestId;
    if (id === undefined) return this.stream?.write(message);
    if (response && this.retoldId !== undefined && id === this.retoldId) {
      this.retoldId = undefined;
      return;
    }
    if (response && this.initialize !== null && id === this.initialize.id) {
      if ('result' in m) this.o.onInitializeResult?.(this.initialize, m.result);
      this.initialize = null;
    }
    const answer = this.answers.get(id);
    if (!answer) throw new Error(`No connection established for request ID: ${String(id)}`);
    if (response) this.answers.delete(id);
    answer.send(message);
  }

  /** Ends the GET stream properly, which tells the client to reconnect (shutdown has begun). */
  closeStandaloneSSEStream(): void {
    this.stream?.end();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const answer of new Set(this.answers.values())) answer.abandon();
    this.answers.clear();
    this.stream?.end();
    this.onclose?.();
  }

  private async post(req: IncomingMessage, res: ServerResponse, read: JsonBody | undefined): Promise<void> {
    const accept = req.headers.accept;
    if (!accept?.includes('application/json') || !accept.includes('text/event-stream')) {
      return writeJsonRpcError(res, 406, -32000, 'Not Acceptable: Client must accept both application/json and text/event-stream');
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      return writeJsonRpcError(res, 415, -32000, 'Unsupported Media Type: Content-Type must be application/json');
    }
    const body = read ?? (await readJsonBody(req, res, this.o.maxJsonDepth));
    if (body === null) return;
    const direct = this.sessionId === undefined ? null : (this.o.direct?.(body.value) ?? null);
    if (direct) {
      if (this.refusesVersion(req, res)) return;
      const version = req.headers['mcp-protocol-version'];
      return this.serveDirectly(direct, new PostAnswer(res, this.sessionId!, 1), typeof version === 'string' ? version : VERSION_WITHOUT_HEADER);
    }
    const messages = this.messagesOf(body.value, res);
    if (messages === null || !this.admits(messages, req, res)) return;
    const ids = messages.flatMap((m) => (isRequest(m) ? [m.id] : []));
    if (ids.length === 0) {
      res.writeHead(202).end();
    } else {
      const answer = new PostAnswer(res, this.sessionId!, ids.length);
      for (const id of ids) this.answers.set(id, answer);
    }
    for (const m of messages) this.deliver(m);
  }

  /** To the SDK server, made if need be; or `initialize` answered here, with the result the server gave one like it. */
  private deliver(m: JSONRPCMessage): void {
    const initialize = this.initialize;
    if (m === initialize) {
      const result = this.o.initializeResult?.(initialize);
      if (result !== undefined) {
        this.untold = initialize;
        this.initialize = null;
        void this.send({ result, jsonrpc: '2.0', id: initialize.id } as JSONRPCMessage);
        return;
      }
    }
    if (!this.onmessage) {
      if (!isRequest(m)) return;
      this.connectServer();
    }
    this.onmessage?.(m);
  }

  /** Makes the SDK server and tells it the `initialize` answered before it existed, as the client sent it. */
  private connectServer(): void {
    this.o.connectServer();
    const initialize = this.untold;
    if (initialize === null) return;
    this.untold = null;
    // An id no request of the client's in flight has (they are all in `answers` by now).
    let id = 'vmcp:initialize';
    while (this.answers.has(id)) id += '+';
    this.retoldId = id;
    this.onmessage?.({ ...initialize, id });
  }

  /** The body's JSON-RPC messages, checked with the SDK's schema; null when refused (answered). */
  private messagesOf(value: unknown, res: ServerResponse): JSONRPCMessage[] | null {
    if (Array.isArray(value) && value.length > MAX_BATCH) {
      writeJsonRpcError(res, 400, -32600, `Invalid Request: Batch must not exceed ${MAX_BATCH} messages`);
      return null;
    }
    try {
      return (Array.isArray(value) ? value : [value]).map((m) => parseJSONRPCMessage(m));
    } catch {
      writeJsonRpcError(res, 400, -32700, 'Parse error: Invalid JSON-RPC message');
      return null;
    }
  }

  /** `initialize` opens the session, once; anything else needs it open and a supported version. */
  private admits(messages: JSONRPCMessage[], req: IncomingMessage, res: ServerResponse): boolean {
    const initialize = messages.find((m) => (m as { method?: unknown }).method === 'initialize' && isInitializeRequest(m)) as JSONRPCRequest | undefined;
    if (!initialize) {
      if (this.sessionId === undefined) {
        writeJsonRpcError(res, 400, -32000, 'Bad Request: Server not initialized');
        return false;
      }
      return !this.refusesVersion(req, res);
    }
    if (this.sessionId !== undefined) {
      writeJsonRpcError(res, 400, -32600, 'Invalid Request: Server already initialized');
      return false;
    }
    if (messages.length > 1) {
      writeJsonRpcError(res, 400, -32600, 'Invalid Request: Only one initialization request is allowed');
      return false;
    }
    this.sessionId = this.o.newSessionId();
    this.initialize = initialize;
    this.o.onInitialized(this.sessionId, initialize);
    return true;
  }

  private async serveDirectly(request: DirectRequest, answer: PostAnswer, clientVersion: string): Promise<void> {
    const { id } = request;
    this.answers.set(id, answer);
    const response = await request.answer((m) => this.send(m, { relatedRequestId: id }), clientVersion);
    if (!Array.isArray(response)) {
      return this.send(response as JSONRPCMessage).catch(() => {
        // The session closed meanwhile: the POST has been answered already.
      });
    }
    // Unless the session closed meanwhile (the POST has been answered already).
    if (this.answers.get(id) !== answer) return;
    this.answers.delete(id);
    answer.respond(response as EncodedResponse);
  }

  private async get(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!req.headers.accept?.includes('text/event-stream')) {
      return writeJsonRpcError(res, 406, -32000, 'Not Acceptable: Client must accept text/event-stream');
    }
    if (this.refusesVersion(req, res)) return;
    if (this.stream) return writeJsonRpcError(res, 409, -32000, 'Conflict: Only one SSE stream is allowed per session');
    const stream = new EventStream(res, this.sessionId!);
    this.stream = stream;
    stream.onClose(() => {
      if (this.stream === stream) this.stream = null;
    });
  }

  private async delete(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.refusesVersion(req, res)) return;
    res.writeHead(200).end();
    await this.close();
  }

  /** The MCP-Protocol-Version header, when sent, must name a version the server speaks. */
  private refusesVersion(req: IncomingMessage, res: ServerResponse): boolean {
    const version = req.headers['mcp-protocol-version'];
    if (version === undefined || this.versions.includes(version as string)) return false;
    writeJsonRpcError(res, 400, -32000, `Bad Request: Unsupported protocol version: ${String(version)} (supported versions: ${this.versions.join(', ')})`);
    return true;
  }
}
