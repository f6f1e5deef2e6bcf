/**
 * Direct calls: a 2025-era session's hot requests (tools/call, prompts/get, resources/read) answered
 * without the session's SDK server, whose per-request dispatch (schema checks, context, result encoding)
 * costs as much again as the forwarding. They come in and go out through the session's transport like any
 * other request (session-transport.ts), are routed the same way (route-call.ts) and relay backends' log
 * messages the same way (request-relay.ts). Only plain requests are taken: anything the SDK server does
 * more with (progress to relay, params its schema would refuse, task-augmented requests) is left to it,
 * and so is a client that declared sampling or elicitation, which the server can ask things mid-call.
 */
import type { ClientCapabilities, JSONRPCMessage, ProtocolError } from '@modelcontextprotocol/server';
import type { ClientRelay } from '../backends/client-relay.js';
import type { BackendPool } from '../backends/pool.js';
import type { Identity } from '../contract.js';
import type { LogLevel } from './log-level.js';
import { relayForRequest } from './request-relay.js';
import { ROUTED_METHODS, routeCall, type RoutedMethod } from './route-call.js';
import type { DirectRequest } from './session-transport.js';
import { toMcpError } from './to-mcp-error.js';

/** What a session knows of its caller and client when a request comes. */
export interface SessionView {
  identity(): Identity | null;
  logLevel: LogLevel;
  capabilities(): ClientCapabilities | undefined;
}

/** `message` as a request served without the SDK server; null leaves it to the server. */
export type DirectCalls = (message: unknown, session: SessionView) => DirectRequest | null;

export function createDirectCalls(pool: BackendPool): DirectCalls {
  return (message, session) => {
    const capabilities = session.capabilities();
    if (capabilities?.sampling || capabilities?.elicitation) return null;
    const call = directCallOf(message);
    if (!call) return null;
    return {
      id: call.id,
      answer: (related) => {
        const relay = relayForRequest({ notify: (n) => related({ jsonrpc: '2.0', ...n }) }, session.logLevel, undefined);
        return answer(pool, session.identity(), call, relay);
      },
    };
  };
}

interface DirectCall {
  id: string | number;
  method: RoutedMethod;
  params: Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The request when it may be answered directly: a valid JSON-RPC request the server's schemas would take. */
function directCallOf(body: unknown): DirectCall | null {
  if (!isObject(body) || body.jsonrpc !== '2.0' || typeof body.method !== 'string' || !ROUTED_METHODS.has(body.method)) return null;
  const id = body.id;
  if (!(typeof id === 'string' || (typeof id === 'number' && Number.isSafeInteger(id)))) return null;
  const params = body.params;
  if (!isObject(params)) return null;
  const meta = params._meta;
  // Progress is relayed by the SDK path (it owns the token mapping on both hops); task-augmented
  // requests are the SDK server's to refuse or serve.
  if (meta !== undefined && (!isObject(meta) || meta.progressToken !== undefined)) return null;
  if (params.task !== undefined) return null;
  if (body.method === 'resources/read') return typeof params.uri === 'string' ? { id, method: body.method, params } : null;
  if (typeof params.name !== 'string') return null;
  const args = params.arguments;
  if (args !== undefined && !isObject(args)) return null;
  if (body.method === 'prompts/get' && args !== undefined && !Object.values(args).every((v) => typeof v === 'string')) return null;
  return { id, method: body.method as RoutedMethod, params };
}

/** The response the SDK server would send: the result, or the error as it encodes a thrown one. */
async function answer(pool: BackendPool, identity: Identity | null, call: DirectCall, relay: ClientRelay): Promise<JSONRPCMessage> {
  try {
    return { result: await routeCall(pool, identity, call.method, call.params, undefined, relay), jsonrpc: '2.0', id: call.id } as JSONRPCMessage;
  } catch (e) {
    const { code, message, data } = toMcpError(e) as ProtocolError;
    return { jsonrpc: '2.0', id: call.id, error: { code, message, ...(data !== undefined ? { data } : {}) } };
  }
}
