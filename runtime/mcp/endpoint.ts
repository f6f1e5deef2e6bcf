/**
 * The `mcp` route handler: one Streamable HTTP endpoint for every protocol version the SDK serves.
 * 2026-07-28 requests (stateless, `_meta` envelope) go to the SDK's per-request handler; 2025-era requests
 * to sessions (`LegacySessions`). Requests are guarded against DNS rebinding before anything is parsed.
 * The caller's identity reaches the per-request server through the SDK's pass-through `authInfo`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toWebRequest } from '@modelcontextprotocol/node';
import { createMcpHandler, isLegacyRequest, type AuthInfo } from '@modelcontextprotocol/server';
import type { Identity, RequestContext, RouteHandler } from '../contract.js';
import type { BackendPool } from '../backends/pool.js';
import { RuntimeError } from '../errors.js';
import { callerKey, clientAddressResolver, type ClientAddressOf } from '../http/client-address.js';
import { DEFAULT_MAX_SESSIONS, DEFAULT_MAX_SESSIONS_PER_CALLER } from '../http/front-door.js';
import { createAggregatedServer, DEFAULT_MAX_SUBSCRIPTIONS_PER_SESSION } from './aggregated-server.js';
import { createDirectPath } from './direct-call.js';
import { DEFAULT_MAX_JSON_DEPTH, exceedsJsonDepth, refuseTooDeep } from './json-depth.js';
import { LegacySessions, ownerOf } from './legacy-sessions.js';
import { ResourceSubscriptions } from './resource-subscriptions.js';
import { LOOPBACK_HOSTNAMES, passesRebindingGuard, type RebindingPolicy } from './rebinding-guard.js';
import { writeJsonRpcError, writeResponse } from './write-response.js';

export interface McpEndpointOptions {
  pool: BackendPool;
  /** Default: loopback names only (right for a server bound to loopback, like the quickstart). */
  rebinding?: RebindingPolicy;
  /** The path clients use; other paths under the catch-all answer 404. */
  path?: string;
  pageSize?: number;
  /**
   * 2025-era sessions in all (default DEFAULT_MAX_SESSIONS, http/front-door.ts: 10,000). Each holds an SDK
   * server and transport, tens of KB, so the default stays well within memory.
   */
  maxSessions?: number;
  /**
   * 2025-era sessions per caller: per subject when authenticated, per address otherwise (default
   * DEFAULT_MAX_SESSIONS_PER_CALLER: 100). A client opens one per connection and one user rarely runs more
   * than a few dozen clients at once; at 100, filling the global table takes at least 100 callers.
   */
  maxSessionsPerCaller?: number;
  /** The caller's address, for the per-caller cap of anonymous callers (default: the socket's peer). */
  clientAddress?: ClientAddressOf;
  /** Resource subscriptions per 2025-era session (default DEFAULT_MAX_SUBSCRIPTIONS_PER_SESSION). */
  maxSubscriptionsPerSession?: number;
  /** Nesting limit for request bodies (default DEFAULT_MAX_JSON_DEPTH). */
  maxJsonDepth?: number;
  sessionIdleTimeoutMs?: number;
  serverName?: string;
}

export interface McpEndpoint {
  handler: RouteHandler;
  /** Open 2025-era sessions (for /status and tests). */
  sessionCount(): number;
  /** Shutdown has begun: ends long-lived streams, which would otherwise hold the server's drain. */
  drain(): void;
  close(): Promise<void>;
}

const MAX_BODY = 4 * 1024 * 1024;

function parseOrUndefined(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A limit from the options: a positive integer, or the default when unset. */
function limit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new RuntimeError('VMCP_PLAN_INVALID', `${name} must be a positive integer, got ${value}`);
  return value;
}

export function createMcpEndpoint(o: McpEndpointOptions): McpEndpoint {
  const path = o.path ?? '/mcp';
  const policy = o.rebinding ?? { allowedHostnames: LOOPBACK_HOSTNAMES };
  const serverOptions = { pool: o.pool, pageSize: o.pageSize ?? 1000, name: o.serverName ?? 'vmcp' };
  const identities = new WeakMap<AuthInfo, Identity | null>();

  const maxJsonDepth = limit('maxJsonDepth', o.maxJsonDepth, DEFAULT_MAX_JSON_DEPTH);
  const maxSubscriptions = limit('maxSubscriptionsPerSession', o.maxSubscriptionsPerSession, DEFAULT_MAX_SUBSCRIPTIONS_PER_SESSION);
  const maxSessions = limit('maxSessions', o.maxSessions, DEFAULT_MAX_SESSIONS);
  const maxSessionsPerCaller = limit('maxSessionsPerCaller', o.maxSessionsPerCaller, DEFAULT_MAX_SESSIONS_PER_CALLER);
  const clientAddress = o.clientAddress ?? clientAddressResolver();

  const subscriptions = new ResourceSubscriptions(o.pool);
  const sessions = new LegacySessions({
    createServer: (identity, logLevel) =>
      createAggregatedServer({ ...serverOptions, identity, subscriptions, maxSubscriptions, logLevel }),
    maxSessions,
    maxSessionsPerCaller,
    // Anonymous and local identities carry no token and one subject for everyone: the address tells callers apart.
    callerOf: (req, identity) => (identity?.token ? `subject:${ownerOf(identity)}` : `address:${callerKey(clientAddress(req))}`),
    maxJsonDepth,
    idleTimeoutMs: o.sessionIdleTimeoutMs ?? 30 * 60_000,
    direct: createDirectPath(o.pool),
  });
  const modern = createMcpHandler(
    (ctx) => {
      const identity = ctx.authInfo ? (identities.get(ctx.authInfo) ?? null) : null;
      return createAggregatedServer({ ...serverOptions, identity: () => identity });
    },
    { legacy: 'reject', maxRequestBodySize: MAX_BODY },
  );
  // A 2026 subscriptions/listen stream ends when its request's signal aborts; drain() aborts them all.
  const draining = new AbortController();
  const unsubscribe = o.pool.onCatalogChange(() => {
    sessions.notifyListChanged();
    modern.notify.toolsChanged();
    modern.notify.promptsChanged();
    modern.notify.resourcesChanged();
  });

  const handle = async (req: IncomingMessage, res: ServerResponse, ctx: RequestContext): Promise<void> => {
    if (ctx.path !== path) return writeJsonRpcError(res, 404, -32000, `Not Found: the MCP endpoint is ${path}`);
    if (!passesRebindingGuard(req, res, policy)) return;
    const sessionId = req.headers['mcp-session-id'];
    if (typeof sessionId === 'string') return sessions.handleExisting(req, res, sessionId, ctx.identity);

    let request: Request;
    let text: string | undefined;
    try {
      // Only listen streams get the drain signal: aborting any other request would cancel work in flight.
      // The SDK checks that the Mcp-Method header matches the body.
      const listen = req.headers['mcp-method'] === 'subscriptions/listen';
      request = await toWebRequest(req, undefined, { maxRequestBodySize: MAX_BODY, ...(listen ? { signal: draining.signal } : {}) });
      if (request.body !== null) {
        text = await request.text();
        request = new Request(request, { body: text });
      }
    } catch (e) {
      const tooLarge = (e as { status?: number }).status === 413;
      return writeJsonRpcError(res, tooLarge ? 413 : 400, -32600, tooLarge ? 'Request body too large' : 'Bad Request');
    }
    if (text !== undefined && exceedsJsonDepth(text, maxJsonDepth)) return refuseTooDeep(res, text, maxJsonDepth);
    // Parsed once here: the SDK classifies and serves from this value instead of parsing the text again.
    const parsed = parseOrUndefined(text);
    const parsedBody = parsed === undefined ? {} : { parsedBody: parsed };
    if (await isLegacyRequest(request, parsed, { maxRequestBodySize: MAX_BODY })) {
      if (req.method === 'POST' && parsed === undefined) return writeJsonRpcError(res, 400, -32700, 'Parse error');
      return sessions.handleNew(req, res, parsed, ctx.identity);
    }
    const authInfo: AuthInfo = { token: ctx.identity?.token ?? '', clientId: ctx.identity?.subject ?? '', scopes: [] };
    identities.set(authInfo, ctx.identity);
    await writeResponse(res, await modern.fetch(request, { authInfo, ...parsedBody }));
  };

  return {
    handler: (req, res, ctx) =>
      handle(req, res, ctx).catch(() => {
        // Handlers answer MCP errors themselves; reaching here is an I/O failure mid-response.
        if (!res.headersSent) writeJsonRpcError(res, 500, -32603, 'Internal error');
        else res.destroy();
      }),
    sessionCount: () => sessions.size,
    drain() {
      sessions.drain();
      draining.abort();
    },
    async close() {
      unsubscribe();
      await Promise.all([sessions.close(), modern.close()]);
      subscriptions.close();
    },
  };
}
