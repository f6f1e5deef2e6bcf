/**
 * 2025-era clients (2025-06-18, 2025-11-25) with Mcp-Session-Id: one SDK Server and Streamable HTTP
 * transport per session. A session belongs to the caller who opened it (issuer and subject): presenting
 * its id with another identity gets 404, as if it did not exist, so ids are not a way into someone else's
 * session. Idle sessions are closed, and the number of sessions is capped.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import { isInitializeRequest, type Server } from '@modelcontextprotocol/server';
import type { Identity } from '../contract.js';
import type { DirectPath } from './direct-call.js';
import { LogLevel } from './log-level.js';
import { writeJsonRpcError } from './write-response.js';

interface Session {
  transport: NodeStreamableHTTPServerTransport;
  server: Server;
  owner: string;
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
  idleTimeoutMs: number;
  now?: () => number;
  /** Answers plain requests on a session without the session's SDK server (see direct-call.ts). */
  direct?: DirectPath;
}

const ownerOf = (identity: Identity | null): string =>
  identity === null ? '' : `${String(identity.claims.iss ?? '')}\u0000${identity.subject}`;

export class LegacySessions {
  private readonly sessions = new Map<string, Session>();
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
    session.lastSeen = this.now();
    if (req.method === 'POST' && this.options.direct) {
      const client = { logLevel: session.logLevel, capabilities: session.server.getClientCapabilities() };
      const outcome = await this.options.direct(req, res, sessionId, identity, client);
      if (outcome.answered) return;
      if ('body' in outcome) return session.transport.handleRequest(req, res, outcome.body);
    }
    await session.transport.handleRequest(req, res);
  }

  /** Requests without a session id: only `initialize` opens one. */
  async handleNew(req: IncomingMessage, res: ServerResponse, body: unknown, identity: Identity | null): Promise<void> {
    if (req.method !== 'POST' || !isInitializeRequest(body)) {
      return writeJsonRpcError(res, 400, -32000, 'Bad Request: Mcp-Session-Id header is required (or send initialize)');
    }
    if (this.sessions.size >= this.options.maxSessions) this.evictOldest();
    const holder: { session?: Session } = {};
    const logLevel = new LogLevel();
    const server = this.options.createServer(() => holder.session?.identity ?? identity, logLevel);
    const transport = new NodeStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        holder.session = { transport, server, owner: ownerOf(identity), identity, lastSeen: this.now(), logLevel };
        this.sessions.set(id, holder.session);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId) this.sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
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
    await Promise.all(all.map((s) => s.server.close().catch(() => {})));
  }

  private sweep(): void {
    const cutoff = this.now() - this.options.idleTimeoutMs;
    for (const [id, s] of this.sessions) {
      if (s.lastSeen < cutoff) {
        this.sessions.delete(id);
        void s.server.close().catch(() => {});
      }
    }
  }

  private evictOldest(): void {
    let oldest: [string, Session] | undefined;
    for (const entry of this.sessions) if (!oldest || entry[1].lastSeen < oldest[1].lastSeen) oldest = entry;
    if (!oldest) return;
    this.sessions.delete(oldest[0]);
    void oldest[1].server.close().catch(() => {});
  }
}
