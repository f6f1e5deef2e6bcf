/**
 * 2025-era clients (2025-06-18, 2025-11-25) with Mcp-Session-Id: one SDK Server and Streamable HTTP
 * transport (session-transport.ts) per session. A session belongs to the caller who opened it (issuer and subject): presenting
 * its id with another identity gets 404, as if it did not exist, so ids are not a way into someone else's
 * session. Idle sessions are closed, and the number of sessions is capped twice: per caller (a caller at
 * its cap loses its own least recently used session, never anyone else's) and in all (the caller holding
 * the most sessions loses one), so one caller cannot push everyone else's sessions out.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isInitializeRequest, type Server } from '@modelcontextprotocol/server';
import type { Identity } from '../contract.js';
import type { DirectCalls } from './direct-call.js';
import { LogLevel } from './log-level.js';
import type { JsonBody } from './read-json-body.js';
import { SessionTransport } from './session-transport.js';
import { writeJsonRpcError } from './write-response.js';

interface Session {
  transport: SessionTransport;
  server: Server;
  owner: string;
  /** Whose cap the session counts against (see `callerOf`). */
  caller: string;
  identity: Identity | null;
  lastSeen: number;
  logLevel: LogLevel;
}

export interface LegacySessionOptions {
  /**
   * Builds the session's server; `identity()` returns the identity of the request being served, and
   * `logLevel` is the session's, which the direct path applies too.
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

export class LegacySessions {
  private readonly sessions = new Map<string, Session>();
  /** Each caller's sessions, least recently used first (a request moves its session to the end). */
  private readonly byCaller = new Map<string, Map<string, Session>>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly now: () => number;
  private draining = false;

  constructor(private readonly options: LegacySessionOptions) {
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweep(), Math.max(1000, Math.min(60_000, options.idleTimeoutMs / 2)));
    this.sweeper.unref();
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Requests that carry a session id. */
  async handleExisting(req: IncomingMessage, res: ServerResponse, sessionId: string, identity: Identity | null): Promise<void> {
    const session = this.sessions.get(sessionId);
    if (!session || session.owner !== ownerOf(identity)) {
      return writeJsonRpcError(res, 404, -32001, 'Session not found');
    }
    if (this.draining && req.method === 'GET') {
      // A client whose stream drain() ended reconnects; it should find another instance, not this one.
      res.setHeader('retry-after', '1');
      return writeJsonRpcError(res, 503, -32000, 'Service Unavailable: the server is shutting down');
    }
    session.identity = identity;
    this.touch(sessionId, session);
    await session.transport.handleRequest(req, res);
  }

  /** Requests without a session id: only `initialize` opens one. */
  async handleNew(req: IncomingMessage, res: ServerResponse, body: JsonBody | undefined, identity: Identity | null): Promise<void> {
    if (body === undefined || !isInitializeRequest(body.value)) {
      return writeJsonRpcError(res, 400, -32000, 'Bad Request: Mcp-Session-Id header is required (or send initialize)');
    }
    const transport = await this.open(this.options.callerOf(req, identity), identity);
    await transport.handleRequest(req, res, body);
  }

  /** A session's server and transport; the session counts once the transport accepts `initialize`. */
  private async open(caller: string, identity: Identity | null): Promise<SessionTransport> {
    const holder: { session?: Session } = {};
    const currentIdentity = () => holder.session?.identity ?? identity;
    const logLevel = new LogLevel();
    const server = this.options.createServer(currentIdentity, logLevel);
    const direct = this.options.direct;
    const view = { identity: currentIdentity, logLevel, capabilities: () => server.getClientCapabilities() };
    const transport = new SessionTransport({
      newSessionId: randomUUID,
      onInitialized: (id) => {
        holder.session = { transport, server, owner: ownerOf(identity), caller, identity, lastSeen: this.now(), logLevel };
        this.add(id, holder.session);
      },
      maxJsonDepth: this.options.maxJsonDepth,
      ...(direct ? { direct: (message: unknown) => direct(message, view) } : {}),
    });
    transport.onclose = () => {
      if (transport.sessionId) this.forget(transport.sessionId);
    };
    await server.connect(transport);
    return transport;
  }

  /** Tells every session's client that lists changed (each client re-lists what it uses). */
  notifyListChanged(): void {
    for (const s of this.sessions.values()) {
      void s.server.sendToolListChanged().catch(() => {});
      void s.server.sendPromptListChanged().catch(() => {});
      void s.server.sendResourceListChanged().catch(() => {});
    }
  }

  /**
   * Shutdown has begun: ends every session's GET stream (it waits for events, it is not work in flight)
   * with a proper end of stream, which tells the SDK client to reconnect, and refuses new ones. Requests
   * in flight, and their SSE responses, carry on.
   */
  drain(): void {
    this.draining = true;
    for (const s of this.sessions.values()) s.transport.closeStandaloneSSEStream();
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    const all = [...this.sessions.values()];
    this.sessions.clear();
    this.byCaller.clear();
    await Promise.all(all.map((s) => s.server.close().catch(() => {})));
  }

  /**
   * Makes room, then registers. This runs synchronously when the transport accepts `initialize`, so
   * concurrent initializes cannot overshoot either cap.
   */
  private add(id: string, session: Session): void {
    let own = this.byCaller.get(session.caller);
    while (own !== undefined && own.size >= this.options.maxSessionsPerCaller) this.evict(own.keys().next().value!);
    while (this.sessions.size >= this.options.maxSessions) this.evictFromLargestCaller();
    own = this.byCaller.get(session.caller);
    if (!own) this.byCaller.set(session.caller, (own = new Map()));
    own.set(id, session);
    this.sessions.set(id, session);
  }

  private touch(id: string, session: Session): void {
    session.lastSeen = this.now();
    const own = this.byCaller.get(session.caller);
    if (own?.delete(id)) own.set(id, session);
  }

  /** The least recently used session of the caller holding the most (of those, the longest idle). */
  private evictFromLargestCaller(): void {
    let victim: Map<string, Session> | undefined;
    for (const own of this.byCaller.values()) {
      if (!victim || own.size > victim.size || (own.size === victim.size && first(own).lastSeen < first(victim).lastSeen)) victim = own;
    }
    if (victim) this.evict(victim.keys().next().value!);
  }

  private evict(id: string): void {
    const session = this.sessions.get(id);
    this.forget(id);
    void session?.server.close().catch(() => {});
  }

  private forget(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    const own = this.byCaller.get(session.caller);
    own?.delete(id);
    if (own?.size === 0) this.byCaller.delete(session.caller);
  }

  private sweep(): void {
    const cutoff = this.now() - this.options.idleTimeoutMs;
    for (const [id, s] of this.sessions) if (s.lastSeen < cutoff) this.evict(id);
  }
}

const first = (own: Map<string, Session>): Session => own.values().next().value!;
