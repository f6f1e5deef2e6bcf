/**
 * The MCP server clients talk to: a low-level SDK `Server` whose list handlers read the pool's cached
 * aggregated catalog and whose call/get/read handlers forward to the owning backend under its own name.
 * One instance per legacy session or per modern request; building one only registers handlers.
 */
import { ProtocolError, ProtocolErrorCode, Server, type ServerContext } from '@modelcontextprotocol/server';
import type { ProgressListener } from '../backends/connection.js';
import type { Identity } from '../contract.js';
import type { BackendPool } from '../backends/pool.js';
import { resourceOwner } from '../aggregation/resource-owner.js';
import type { LogLevel } from './log-level.js';
import { paginate } from './paginate.js';
import { relayToSdkClient } from './relay-to-client.js';
import type { ResourceSubscriptions } from './resource-subscriptions.js';
import { catalogOf, forward as forwardTo, routeCall } from './route-call.js';
import { toMcpError } from './to-mcp-error.js';

export interface AggregatedServerOptions {
  pool: BackendPool;
  /** Read on every request: a session's caller may present a refreshed token between requests. */
  identity: () => Identity | null;
  pageSize: number;
  name: string;
  /** Sessions (2025 era) get resource subscriptions; stateless requests have nowhere to deliver updates. */
  subscriptions?: ResourceSubscriptions;
  /** A 2025-era session's log level, shared with the direct path; 2026 requests carry theirs. */
  logLevel?: LogLevel;
}

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
  const relay = (ctx: ServerContext) => relayToSdkClient(ctx, o.logLevel, server.getClientCapabilities());
  const forward = (backendName: string, method: string, params: Record<string, unknown>, ctx: ServerContext) =>
    forwardTo(o.pool, o.identity(), backendName, method, params, progressRelay(ctx), relay(ctx));
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
  server.setRequestHandler('tools/call', async (req, ctx) => (await routeCall(o.pool, o.identity(), 'tools/call', req.params, progressRelay(ctx), relay(ctx))) as never);
  server.setRequestHandler('prompts/list', async (req) => {
    const page = paginate((await catalog()).prompts, req.params?.cursor, o.pageSize);
    return { prompts: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  });
  server.setRequestHandler('prompts/get', async (req, ctx) => (await routeCall(o.pool, o.identity(), 'prompts/get', req.params, progressRelay(ctx), relay(ctx))) as never);
  server.setRequestHandler('resources/list', async (req) => {
    const page = paginate((await catalog()).resources, req.params?.cursor, o.pageSize);
    return { resources: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  });
  server.setRequestHandler('resources/templates/list', async (req) => {
    const page = paginate((await catalog()).resourceTemplates, req.params?.cursor, o.pageSize);
    return { resourceTemplates: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  });
  server.setRequestHandler('resources/read', async (req, ctx) => (await routeCall(o.pool, o.identity(), 'resources/read', req.params, progressRelay(ctx), relay(ctx))) as never);
  if (o.subscriptions) addSubscriptions(server, o.subscriptions, o.identity, async (uri) => resourceOwner(await catalog(), uri));
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
  identity: () => Identity | null,
  owner: (uri: string) => Promise<string | undefined>,
): void {
  const deliver = (uri: string) => void server.sendResourceUpdated({ uri }).catch(() => {});
  server.onclose = () => subscriptions.forget(deliver);
  server.setRequestHandler('resources/subscribe', async (req) => {
    const backend = await owner(req.params.uri);
    if (!backend) throw new ProtocolError(ProtocolErrorCode.ResourceNotFound, `resource not found: ${req.params.uri}`, { uri: req.params.uri });
    try {
      await subscriptions.subscribe(req.params.uri, backend, identity(), deliver);
    } catch (e) {
      throw toMcpError(e, backend);
    }
    return {};
  });
  server.setRequestHandler('resources/unsubscribe', (req) => {
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
