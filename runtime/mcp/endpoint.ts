/**
 * The `mcp` route handler: one Streamable HTTP endpoint for every protocol version the SDK serves.
 * 2026-07-28 requests (stateless, `_meta` envelope) go to the SDK's per-request handler
 * (modern-requests.ts); 2025-era requests to sessions (legacy-sessions.ts), each with its own transport
 * (session-transport.ts). Requests are guarded against DNS rebinding before anything is read, and a body
 * is read once (read-json-body.ts), whichever serves it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { classifyInboundRequest } from '@modelcontextprotocol/server';
import type { RequestContext, RouteHandler } from '../contract.js';
import { MCP_ENDPOINT_PATH } from '../auth/resource.js';
import type { BackendPool } from '../backends/pool.js';
import { RuntimeError } from '../errors.js';
import { callerKey, clientAddressResolver, type ClientAddressOf } from '../http/client-address.js';
import { DEFAULT_MAX_SESSIONS, DEFAULT_MAX_SESSIONS_PER_CALLER, DEFAULT_SESSION_IDLE_TIMEOUT_MS } from '../http/front-door.js';
import { createAggregatedServer, DEFAULT_MAX_SUBSCRIPTIONS_PER_SESSION } from './aggregated-server.js';
import { createDirectCalls } from './direct-call.js';
import { DEFAULT_MAX_JSON_DEPTH } from './json-depth.js';
import { LegacySessions, ownerOf } from './legacy-sessions.js';
import { modernRequests, type ModernRequests } from './modern-requests.js';
import { readJsonBody } from './read-json-body.js';
import { ResourceSubscriptions } from './resource-subscriptions.js';
import { LOOPBACK_HOSTNAMES, passesRebindingGuard, type RebindingPolicy } from './rebinding-guard.js';
import { writeJsonRpcError } from './write-response.js';

export interface McpEndpointOptions {
  pool: BackendPool;
  /** Default: loopback names only (right for a server bound to loopback, like the quickstart). */
  rebinding?: RebindingPolicy;
  /** The path clients use; other paths under the catch-all answer 404. */
  path?: string;
  pageSize?: number;
  /**
   * 2025-era sessions in all (default DEFAULT_MAX_SESSIONS, http/front-door.ts: 10,000). An idle one holds
   * a few KB (legacy-sessions.ts), so the default stays well within memory.
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
  /** How long a 2025-era session may stay unused (default DEFAULT_SESSION_IDLE_TIMEOUT_MS: 30 minutes, http.sessionTTL). */
  sessionIdleTimeoutMs?: number;
  serverName?: string;
}

export interface McpEndpoint {
  handler: RouteHandler;
  /** Open 2025-era sessions (tests read it). */
  sessionCount(): number;
  /** Shutdown has begun: ends long-lived streams, which would otherwise hold the server's drain. */
  drain(): void;
  close(): Promise<void>;
}

export function createMcpEndpoint(o: McpEndpointOptions): McpEndpoint {
  const limits = limitsOf(o);
  const subscriptions = new ResourceSubscriptions(o.pool);
  const sessions = legacySessions(o, limits, subscriptions);
  const modern = modernRequests(serverOptions(o));
  const unsubscribe = o.pool.onCatalogChange(() => {
    sessions.notifyListChanged();
    modern.notifyListsChanged();
  });
  const serve = mcpRequests(o, limits.maxJsonDepth, sessions, modern);
  return {
    handler: (req, res, ctx) =>
      serve(req, res, ctx).catch(() => {
        // Handlers answer MCP errors themselves; reaching here is an I/O failure mid-response.
        if (!res.headersSent) writeJsonRpcError(res, 500, -32603, 'Internal error');
        else res.destroy();
      }),
    sessionCount: () => sessions.size,
    drain() {
      sessions.drain();
      modern.drain();
    },
    async close() {
      unsubscribe();
      await Promise.all([sessions.close(), modern.close()]);
      subscriptions.close();
    },
  };
}

interface Limits {
  maxJsonDepth: number;
  maxSubscriptions: number;
  maxSessions: number;
  maxSessionsPerCaller: number;
}

function limitsOf(o: McpEndpointOptions): Limits {
  return {
    maxJsonDepth: limit('maxJsonDepth', o.maxJsonDepth, DEFAULT_MAX_JSON_DEPTH),
    maxSubscriptions: limit('maxSubscriptionsPerSession', o.maxSubscriptionsPerSession, DEFAULT_MAX_SUBSCRIPTIONS_PER_SESSION),
    maxSessions: limit('maxSessions', o.maxSessions, DEFAULT_MAX_SESSIONS),
    maxSessionsPerCaller: limit('maxSessionsPerCaller', o.maxSessionsPerCaller, DEFAULT_MAX_SESSIONS_PER_CALLER),
  };
}

/** A limit from the options: a positive integer, or the default when unset. */
function limit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new RuntimeError('VMCP_PLAN_INVALID', `${name} must be a positive integer, got ${value}`);
  return value;
}

const serverOptions = (o: McpEndpointOptions) => ({ pool: o.pool, pageSize: o.pageSize ?? 1000, name: o.serverName ?? 'vmcp' });

function legacySessions(o: McpEndpointOptions, limits: Limits, subscriptions: ResourceSubscriptions): LegacySessions {
  const clientAddress = o.clientAddress ?? clientAddressResolver();
  return new LegacySessions({
    createServer: (identity, logLevel) =>
      createAggregatedServer({ ...serverOptions(o), identity, subscriptions, maxSubscriptions: limits.maxSubscriptions, logLevel }),
    maxSessions: limits.maxSessions,
    maxSessionsPerCaller: limits.maxSessionsPerCaller,
    // Anonymous and local identities carry no token and one subject for everyone: the address tells callers apart.
    callerOf: (req, identity) => (identity?.token ? `subject:${ownerOf(identity)}` : `address:${callerKey(clientAddress(req))}`),
    maxJsonDepth: limits.maxJsonDepth,
    idleTimeoutMs: o.sessionIdleTimeoutMs ?? DEFAULT_SESSION_IDLE_TIMEOUT_MS,
    direct: createDirectCalls(o.pool, serverOptions(o).pageSize),
  });
}

/** Path and rebinding checks, then a request for a session, or one that opens a session or needs none. */
function mcpRequests(o: McpEndpointOptions, maxJsonDepth: number, sessions: LegacySessions, modern: ModernRequests) {
  const path = o.path ?? MCP_ENDPOINT_PATH;
  const policy = o.rebinding ?? { allowedHostnames: LOOPBACK_HOSTNAMES };
  return async (req: IncomingMessage, res: ServerResponse, ctx: RequestContext): Promise<void> => {
    if (ctx.path !== path) return writeJsonRpcError(res, 404, -32000, `Not Found: the MCP endpoint is ${path}`);
    if (!passesRebindingGuard(req, res, policy)) return;
    const sessionId = req.headers['mcp-session-id'];
    if (typeof sessionId === 'string') return sessions.handleExisting(req, res, sessionId, ctx.identity);
    const body = req.method === 'POST' ? await readJsonBody(req, res, maxJsonDepth) : undefined;
    if (body === null) return;
    if (body === undefined || eraOf(req, body.value) === 'legacy') return sessions.handleNew(req, res, body, ctx.identity);
    await modern.serve(req, res, body, ctx.identity);
  };
}

/** A POST's era, as the SDK's `isLegacyRequest` classifies it, without building a web Request for that. */
function eraOf(req: IncomingMessage, body: unknown): 'legacy' | 'modern' {
  const outcome = classifyInboundRequest({
    httpMethod: 'POST',
    ...header('protocolVersionHeader', req.headers['mcp-protocol-version']),
    ...header('mcpMethodHeader', req.headers['mcp-method']),
    ...header('mcpNameHeader', req.headers['mcp-name']),
    body,
  });
  return outcome.kind === 'legacy' ? 'legacy' : 'modern';
}

const header = <K extends string>(key: K, value: string | string[] | undefined): Partial<Record<K, string>> =>
  typeof value === 'string' ? ({ [key]: value } as Record<K, string>) : {};
