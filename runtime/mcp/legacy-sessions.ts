/**
 * 2025-era clients (2025-06-18, 2025-11-25) with Mcp-Session-Id: one Streamable HTTP transport
 * (session-transport.ts) per session, and an SDK Server only once a request needs one. A session belongs to
 * the caller who opened it (issuer and subject): presenting its id with another identity gets 404, as if it
 * did not exist, so ids are not a way into someone else's session. Idle sessions are closed, and the number
 * of sessions is capped twice: per caller (a caller at its cap loses its own least recently used session,
 * never anyone else's) and in all (the caller holding the most sessions loses one), so one caller cannot
 * push everyone else's sessions out. The table (session-table.ts) does both in O(log callers).
 *
 * What a session holds while idle is kept small (a few hundred bytes beside its transport): the SDK server,
 * tens of KB with its handlers, is made only for a request that neither the transport nor the direct path
 * (direct-call.ts) answers. `initialize` is answered with the result the first session's SDK server gave an
 * `initialize` of the same protocol version: every session's server is built from the same options, so its
 * answer depends on nothing else; a server made later is told the session's `initialize` first.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  isInitializeRequest,
  SUPPORTED_PROTOCOL_VERSIONS,
  type ClientCapabilities,
  type JSONRPCRequest,
  type Server,
} from '@modelcontextprotocol/server';
import type { Identity } from '../contract.js';
import type { DirectCalls, SessionView } from './direct-call.js';
import { LogLevel } from './log-level.js';
import type { JsonBody } from './read-json-body.js';
import { SessionTable, TableEntry } from './session-table.js';
import { SessionTransport } from './session-transport.js';
import { writeJsonRpcError } from './write-response.js';

export interface LegacySessionOptions {
  /**
   * Builds a session's server; `identity()` returns the identity of the request being served, and
   * `logLevel` is the session's, which the direct path applies too. Every call builds the same server.
   */
  createServer: (identity: () => Identity | null, logLevel: LogLevel) => Server;
  maxSessions: number;
  maxSessionsPerCaller: number;
  /** The key a caller's sessions count under: its subject when authenticated, its address otherwise. */
  callerOf: (req: IncomingMessage, identity: Identity | null) => string;
  /** The nesting limit for POST bodies (json-depth.ts). */
  maxJsonDepth: number;
  idleTimeoutMs: number;
  now?: () => number;
  /** Answers plain requests on a session without the session's SDK server (see direct-call.ts). */
  direct?: DirectCalls;
}

export const ownerOf = (identity: Identity | null): string =>
  identity === null ? '' : `${String(identity.claims.iss ?? '')}\u0000${identity.subject}`;

class Session extends TableEntry implements SessionView {
  server: Server | null = null;
  readonly logLevel = new LogLevel();
  /** The client's capabilities, as its `initialize` declared them. */
  private declared: ClientCapabilities | undefined;
  readonly transport: SessionTransport;

  constructor(
    private readonly sessions: LegacySessions,
    readonly owner: string,
    /** The identity of the request being served (a client may present a refreshed token). */
    public current: Identity | null,
    caller: string,
  ) {
    super();
    this.transport = sessions.transportFor(this, caller);
    this.transport.onclose = () => sessions.forget(this);
  }

  identity(): Identity | null {
    return this.current;
  }

  capabilities(): ClientCapabilities | undefined {
    return this.declared;
  }

  initialized(initialize: JSONRPCRequest): void {
    this.declared = (initialize.params as { capabilities?: ClientCapabilities } | undefined)?.capabilities;
  }

  connectServer(): void {
    const server = this.sessions.options.createServer(() => this.current, this.logLevel);
    this.server = server;
    // connect() attaches to the transport before its first await; nothing after that can fail.
    void server.connect(this.transport);
  }

  /** The SDK server closes its transport; without one the transport closes alone. Either ends in `forget`. */
  close(): Promise<void> {
    return this.server ? this.server.close() : this.transport.close();
  }
}

export class LegacySessions {
  private readonly table: SessionTable<Session>;
  private readonly sweeper: NodeJS.Timeout;
  private readonly now: () => number;
  /** The SDK server's result for `initialize`, per protocol version asked for (supported ones only: a bounded set). */
  private readonly initializeResults = new Map<string, unknown>();
  private draining = false;

  constructor(readonly options: LegacySessionOptions) {
    this.now = options.now ?? Date.now;
    this.table = new SessionTable({ maxSessions: options.maxSessions, maxSessionsPerCaller: options.maxSessionsPerCaller });
    this.sweeper = setInterval(() => this.sweep(), Math.max(1000, Math.min(60_000, options.idleTimeoutMs / 2)));
    this.sweeper.unref();
  }

  get size(): number {
    return this.table.size;
  }

  /** Requests that carry a session id. */
  async handleExisting(req: IncomingMessage, res: ServerResponse, sessionId: string, identity: Identity | null): Promise<void> {
    const session = this.table.get(sessionId);
    if (!session || session.owner !== ownerOf(identity)) {
      return writeJsonRpcError(res, 404, -32001, 'Session not found');
    }
    if (this.draining && req.method === 'GET') {
      // A client whose stream drain() ended reconnects; it should find another instance, not this one.
      res.setHeader('retry-after', '1');
      return writeJsonRpcError(res, 503, -32000, 'Service Unavailable: the server is shutting down');
    }
    session.current = identity;
    this.table.touch(session, this.now());
    await session.transport.handleRequest(req, res);
  }

  /** Requests without a session id: only `initialize` opens one (the session counts once its transport accepts it). */
  async handleNew(req: IncomingMessage, res: ServerResponse, body: JsonBody | undefined, identity: Identity | null): Promise<void> {
    if (body === undefined || !isInitializeRequest(body.value)) {
      return writeJsonRpcError(res, 400, -32000, 'Bad Request: Mcp-Session-Id header is required (or send initialize)');
    }
    const session = new Session(this, ownerOf(identity), identity, this.options.callerOf(req, identity));
    await session.transport.handleRequest(req, res, body);
  }

  /** A session's transport, wired to the session and this table. */
  transportFor(session: Session, caller: string): SessionTransport {
    const direct = this.options.direct;
    return new SessionTransport({
      newSessionId: randomUUID,
      onInitialized: (id, initialize) => {
        session.id = id;
        session.initialized(initialize);
        this.add(session, caller);
      },
      connectServer: () => session.connectServer(),
      initializeResult: (initialize) => this.initializeResults.get(versionOf(initialize)),
      onInitializeResult: (initialize, result) => {
        const version = versionOf(initialize);
        if (SUPPORTED_PROTOCOL_VERSIONS.includes(version)) this.initializeResults.set(version, result);
      },
      maxJsonDepth: this.options.maxJsonDepth,
      ...(direct ? { direct: (message: unknown) => direct(message, session) } : {}),
    });
  }

  /** Tells every session's client that lists changed (each client re-lists what it uses). */
  notifyListChanged(): void {
    for (const s of this.table.values()) {
      if (s.server) {
        void s.server.sendToolListChanged().catch(() => {});
        void s.server.sendPromptListChanged().catch(() => {});
        void s.server.sendResourceListChanged().catch(() => {});
      } else {
        // What the SDK server would send: on the session's GET stream, if it has one.
        for (const method of LIST_CHANGED) void s.transport.send({ jsonrpc: '2.0', method }).catch(() => {});
      }
    }
  }

  /**
   * Shutdown has begun: ends every session's GET stream (it waits for events, it is not work in flight)
   * with a proper end of stream, which tells the SDK client to reconnect, and refuses new ones. Requests
   * in flight, and their SSE responses, carry on.
   */
  drain(): void {
    this.draining = true;
    for (const s of this.table.values()) s.transport.closeStandaloneSSEStream();
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    const all = [...this.table.values()];
    this.table.clear();
    await Promise.all(all.map((s) => s.close().catch(() => {})));
  }

  /** The session's transport closed (DELETE, eviction, the server's close). */
  forget(session: Session): void {
    this.table.remove(session);
  }

  /**
   * Registers, after making room under both caps. This runs synchronously when the transport accepts
   * `initialize`, so concurrent initializes cannot overshoot either cap.
   */
  private add(session: Session, caller: string): void {
    for (const evicted of this.table.add(session, caller, this.now())) void evicted.close().catch(() => {});
  }

  private evict(session: Session): void {
    this.table.remove(session);
    void session.close().catch(() => {});
  }

  private sweep(): void {
    const cutoff = this.now() - this.options.idleTimeoutMs;
    for (let s = this.table.leastRecentlyUsed(); s !== null && s.lastSeen < cutoff; s = this.table.leastRecentlyUsed()) this.evict(s);
  }
}

const LIST_CHANGED = ['notifications/tools/list_changed', 'notifications/prompts/list_changed', 'notifications/resources/list_changed'] as const;

const versionOf = (initialize: JSONRPCRequest): string => String((initialize.params as { protocolVersion?: unknown }).protocolVersion);
