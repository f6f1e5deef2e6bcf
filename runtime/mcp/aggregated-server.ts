/**
 * The MCP server clients talk to: a low-level SDK `Server` whose list handlers read the pool's cached
 * aggregated catalog and whose call/get/read handlers forward to the owning backend under its own name.
 * One instance per legacy session or per modern request; building one only registers handlers.
 */
import { ProtocolError, ProtocolErrorCode, Server, type ServerContext } from '@modelcontextprotocol/server';
import type { CallOptions, ProgressListener } from '../backends/connection.js';
import type { Identity } from '../contract.js';
import type { BackendPool } from '../backends/pool.js';
import { resourceOwner } from '../aggregation/resource-owner.js';
import type { LogLevel } from './log-level.js';
import { paginate } from './paginate.js';
import type { ResourceSubscriptions } from './resource-subscriptions.js';
import { passable } from './passable.js';
import { relayForRequest } from './request-relay.js';
import { catalogOf, forward as forwardTo, routeCall, type RoutedMethod } from './route-call.js';
import { toMcpError } from './to-mcp-error.js';

export interface AggregatedServerOptions {
  pool: BackendPool;
  /** Read on every request: a session's caller may present a refreshed token between requests. */
  identity: () => Identity | null;
  pageSize: number;
  name: string;
  /** Sessions (2025 era) get resource subscriptions; stateless requests have nowhere to deliver updates. */
  subscriptions?: ResourceSubscriptions;
  /** Distinct URIs one session may subscribe to (default DEFAULT_MAX_SUBSCRIPTIONS_PER_SESSION). */
  maxSubscriptions?: number;
  /** A 2025-era session's log level, shared with its direct calls; 2026 requests carry theirs. */
  logLevel?: LogLevel;
}

/**
 * Resource templates let a client name endless URIs, and each subscription holds an entry here and one at
 * the backend for as long as the session lives: without a bound one session could pile up both. Clients
 * subscribe to what they show; 100 covers that, and with the session caps bounds what one caller holds.
 */
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_SESSION = 100;

export function createAggregatedServer(o: AggregatedServerOptions): Server {
  const server = new Server(
    { name: o.name, version: '0.1.0' },
    {
      capabilities: {
        tools: { listChanged: true },
        prompts: { listChanged: true },
        resources: { listChanged: true, ...(o.subscriptions ? { subscribe: true } : {}) },
        completions: {},
        logging: {},
      },
    },
  );
  const catalog = () => catalogOf(o.pool, o.identity());
  // The version this server's client speaks (2026-07-28 for a per-request server): it picks the backend session.
  const via = (ctx: ServerContext): CallOptions => ({
    onProgress: progressRelay(ctx),
    relay: relayForRequest(ctx.mcpReq, o.logLevel, server.getClientCapabilities()),
    clientVersion: server.getNegotiatedProtocolVersion(),
  });
  const forward = async (backendName: string, method: string, params: Record<string, unknown>, ctx: ServerContext) =>
    passable(await forwardTo(o.pool, o.identity(), backendName, method, params, via(ctx)));
  const route = async (method: RoutedMethod, params: Record<string, unknown>, ctx: ServerContext) =>
    passable(await routeCall(o.pool, o.identity(), method, params, via(ctx))) as never;
  const logLevel = o.logLevel;
  if (logLevel) {
    server.setRequestHandler('logging/setLevel', (req) => {
      logLevel.set(req.params.level);
      return {};
    });
  }

  server.setRequestHandler('tools/list', async (req) => {
    const page = paginate((await catalog()).tools, req.params?.cursor, o.pageSize);
    return { tools: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  });
  server.setRequestHandler('tools/call', (req, ctx) => route('tools/call', req.params, ctx));
  server.setRequestHandler('prompts/list', async (req) => {
    const page = paginate((await catalog()).prompts, req.params?.cursor, o.pageSize);
    return { prompts: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  });
  server.setRequestHandler('prompts/get', (req, ctx) => route('prompts/get', req.params, ctx));
  server.setRequestHandler('resources/list', async (req) => {
    const page = paginate((await catalog()).resources, req.params?.cursor, o.pageSize);
    return { resources: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  });
  server.setRequestHandler('resources/templates/list', async (req) => {
    const page = paginate((await catalog()).resourceTemplates, req.params?.cursor, o.pageSize);
    return { resourceTemplates: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  });
  server.setRequestHandler('resources/read', (req, ctx) => route('resources/read', req.params, ctx));
  if (o.subscriptions) {
    const max = o.maxSubscriptions ?? DEFAULT_MAX_SUBSCRIPTIONS_PER_SESSION;
    addSubscriptions(server, o.subscriptions, max, o.identity, async (uri) => resourceOwner(await catalog(), uri));
  }
  server.setRequestHandler('completion/complete', async (req, ctx) => {
    const c = await catalog();
    const ref = req.params.ref;
    if (ref.type === 'ref/prompt') {
      const route = c.promptRoutes.get(ref.name);
      if (!route) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `unknown prompt: ${ref.name}`);
      return (await forward(route.backend, 'completion/complete', { ...req.params, ref: { ...ref, name: route.name } }, ctx)) as never;
    }
    const owner = c.templateOwners.find((t) => t.template === ref.uri)?.backend ?? c.resourceRoutes.get(ref.uri)?.backend;
    if (!owner) return { completion: { values: [] } };
    return (await forward(owner, 'completion/complete', { ...req.params }, ctx)) as never;
  });
  return server;
}

function addSubscriptions(
  server: Server,
  subscriptions: ResourceSubscriptions,
  max: number,
  identity: () => Identity | null,
  owner: (uri: string) => Promise<string | undefined>,
): void {
  const deliver = (uri: string) => void server.sendResourceUpdated({ uri }).catch(() => {});
  const mine = new Set<string>();
  server.onclose = () => subscriptions.forget(deliver);
  server.setRequestHandler('resources/subscribe', async (req) => {
    const uri = req.params.uri;
    const fresh = !mine.has(uri);
    if (fresh && mine.size >= max) {
      throw new ProtocolError(ProtocolErrorCode.InvalidRequest, `too many resource subscriptions on this session (at most ${max}); unsubscribe from some first`, {
        vmcpCode: 'VMCP_TOO_MANY_SUBSCRIPTIONS',
        max,
      });
    }
    // Counted from the start, so concurrent subscribes cannot overshoot; given back if this one fails.
    if (fresh) mine.add(uri);
    try {
      const backend = await owner(uri);
      if (!backend) throw new ProtocolError(ProtocolErrorCode.ResourceNotFound, `resource not found: ${uri}`, { uri });
      try {
        await subscriptions.subscribe(uri, backend, identity(), deliver);
      } catch (e) {
        throw toMcpError(e, backend);
      }
    } catch (e) {
      if (fresh) mine.delete(uri);
      throw e;
    }
    return {};
  });
  server.setRequestHandler('resources/unsubscribe', (req) => {
    mine.delete(req.params.uri);
    subscriptions.unsubscribe(req.params.uri, deliver);
    return {};
  });
}

/** Relays a backend's progress to the client under the client's own token, when the client asked for progress. */
function progressRelay(ctx: ServerContext): ProgressListener | undefined {
  const token = ctx.mcpReq._meta?.progressToken;
  if (token === undefined) return undefined;
  return (p) => void ctx.mcpReq.notify({ method: 'notifications/progress', params: { progressToken: token, ...p } }).catch(() => {});
}
