/**
 * The calls a client makes to one backend's item (tools/call, prompts/get, resources/read): found through
 * the aggregation's routing table, renamed to the backend's own name and forwarded. Shared by the SDK
 * server's handlers and direct calls (direct-call.ts), so both answer the same way. Errors are MCP
 * errors (ProtocolError) ready for the client.
 */
import { ProtocolError, ProtocolErrorCode } from '@modelcontextprotocol/server';
import type { CallOptions } from '../backends/connection.js';
import type { BackendPool } from '../backends/pool.js';
import { resourceOwner } from '../aggregation/resource-owner.js';
import type { AggregatedCatalog } from '../aggregation/types.js';
import type { Identity } from '../contract.js';
import { toMcpError } from './to-mcp-error.js';

export type RoutedMethod = 'tools/call' | 'prompts/get' | 'resources/read';
export const ROUTED_METHODS: ReadonlySet<string> = new Set<RoutedMethod>(['tools/call', 'prompts/get', 'resources/read']);

type Params = Record<string, unknown>;
const RESERVED_META = 'io.modelcontextprotocol/';

export async function catalogOf(pool: BackendPool, identity: Identity | null): Promise<AggregatedCatalog> {
  try {
    return await pool.catalogFor(identity);
  } catch (e) {
    throw toMcpError(e);
  }
}

/** `params` must have passed the method's request schema (a string `name`, or `uri` for resources/read). */
export function routeCall(pool: BackendPool, identity: Identity | null, method: RoutedMethod, params: Params, via: CallOptions = {}): Promise<Params> {
  // The catalog is almost always cached: then the call is on its way without waiting on a promise first.
  const cached = pool.cachedCatalogFor(identity);
  if (cached) return routeIn(cached, pool, identity, method, params, via);
  return catalogOf(pool, identity).then((catalog) => routeIn(catalog, pool, identity, method, params, via));
}

function routeIn(catalog: AggregatedCatalog, pool: BackendPool, identity: Identity | null, method: RoutedMethod, params: Params, via: CallOptions): Promise<Params> {
  if (method === 'resources/read') {
    const uri = params.uri as string;
    const owner = resourceOwner(catalog, uri);
    if (!owner) return Promise.reject(new ProtocolError(ProtocolErrorCode.ResourceNotFound, `resource not found: ${uri}`, { uri }));
    return forward(pool, identity, owner, method, params, via);
  }
  const name = params.name as string;
  const route = (method === 'tools/call' ? catalog.toolRoutes : catalog.promptRoutes).get(name);
  if (!route) return Promise.reject(new ProtocolError(ProtocolErrorCode.InvalidParams, `unknown ${method === 'tools/call' ? 'tool' : 'prompt'}: ${name}`));
  return forward(pool, identity, route.backend, method, { ...params, name: route.name }, via);
}

export async function forward(pool: BackendPool, identity: Identity | null, backendName: string, method: string, params: Params, via: CallOptions = {}): Promise<Params> {
  const backend = pool.backend(backendName);
  if (!backend) throw new ProtocolError(ProtocolErrorCode.InternalError, `backend "${backendName}" is not configured`);
  try {
    return stripReservedMeta(await backend.call(identity, method, stripReservedMeta(params), via));
  } catch (e) {
    throw toMcpError(e, backendName);
  }
}

/**
 * Envelope keys (protocol version, client and server info) belong to one hop: the client's must not reach
 * the backend, and the backend's must not reach the client.
 */
function stripReservedMeta(value: Params): Params {
  const meta = value._meta;
  if (typeof meta !== 'object' || meta === null) return value;
  const kept = Object.fromEntries(Object.entries(meta).filter(([k]) => !k.startsWith(RESERVED_META)));
  const { _meta: _drop, ...rest } = value;
  return Object.keys(kept).length > 0 ? { ...rest, _meta: kept } : rest;
}
