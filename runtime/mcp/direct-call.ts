/**
 * Direct requests: a 2025-era session's hot requests answered without the session's SDK server, whose
 * per-request dispatch (schema checks, context, result encoding) costs as much again as the work itself:
 * calls (tools/call, prompts/get, resources/read), routed the same way (route-call.ts) and relaying
 * backends' log messages the same way (request-relay.ts), and lists, answered with their page encoded once
 * per catalog (list-pages.ts). They come in and go out through the session's transport like any other
 * request (session-transport.ts). Only plain requests are taken: anything the SDK server does more with
 * (progress to relay, params its schema would refuse, task-augmented requests) is left to it, and so are
 * the calls of a client that declared sampling or elicitation, which the server can ask things mid-call.
 */
import type { ClientCapabilities, JSONRPCMessage, ProtocolError, RequestId } from '@modelcontextprotocol/server';
import type { ClientRelay } from '../backends/client-relay.js';
import type { BackendPool } from '../backends/pool.js';
import type { Identity } from '../contract.js';
import { LIST_METHODS, listResponse, type ListKind } from './list-pages.js';
import type { LogLevel } from './log-level.js';
import type { EncodedResponse } from './post-answer.js';
import { relayForRequest } from './request-relay.js';
import { catalogOf, ROUTED_METHODS, routeCall, type RoutedMethod } from './route-call.js';
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

/** `pageSize`: the SDK server's (aggregated-server.ts), so both give the same pages. */
export function createDirectCalls(pool: BackendPool, pageSize: number): DirectCalls {
  return (message, session) => {
    const request = plainRequestOf(message);
    if (!request) return null;
    const { id, params } = request;
    const list = LIST_METHODS.get(request.method);
    if (list !== undefined) {
      if (params.cursor !== undefined && typeof params.cursor !== 'string') return null;
      return { id, answer: () => listPage(pool, session.identity(), id, list, params.cursor as string | undefined, pageSize) };
    }
    const capabilities = session.capabilities();
    if (capabilities?.sampling || capabilities?.elicitation) return null;
    const call = directCallOf(request);
    if (!call) return null;
    return {
      id,
      answer: (related, clientVersion) => {
        const relay = relayForRequest({ notify: (n) => related({ jsonrpc: '2.0', ...n }) }, session.logLevel, undefined);
        return answer(pool, session.identity(), call, relay, clientVersion);
      },
    };
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface PlainRequest {
  id: RequestId;
  method: string;
  /** `{}` when the request had none. */
  params: Json;
}

/**
 * A valid JSON-RPC request of a method served here whose params need nothing of the SDK server: progress is
 * relayed by the SDK path (it owns the token mapping on both hops), task-augmented requests are the SDK
 * server's to refuse or serve.
 */
function plainRequestOf(body: unknown): PlainRequest | null {
  if (!isObject(body) || body.jsonrpc !== '2.0' || typeof body.method !== 'string') return null;
  const method = body.method;
  if (!ROUTED_METHODS.has(method) && !LIST_METHODS.has(method)) return null;
  const id = body.id;
  if (!(typeof id === 'string' || (typeof id === 'number' && Number.isSafeInteger(id)))) return null;
  const params = body.params === undefined && LIST_METHODS.has(method) ? {} : body.params;
  if (!isObject(params)) return null;
  const meta = params._meta;
  if (meta !== undefined && (!isObject(meta) || meta.progressToken !== undefined)) return null;
  if (params.task !== undefined) return null;
  return { id, method, params };
}

interface DirectCall {
  id: RequestId;
  method: RoutedMethod;
  params: Json;
}

/** The call when it may be answered directly: params the server's schemas would take. */
function directCallOf({ id, method, params }: PlainRequest): DirectCall | null {
  if (method === 'resources/read') return typeof params.uri === 'string' ? { id, method, params } : null;
  if (typeof params.name !== 'string') return null;
  const args = params.arguments;
  if (args !== undefined && !isObject(args)) return null;
  if (method === 'prompts/get' && args !== undefined && !Object.values(args).every((v) => typeof v === 'string')) return null;
  return { id, method: method as RoutedMethod, params };
}

/** The response the SDK server would send: the result, or the error as it encodes a thrown one. */
async function answer(pool: BackendPool, identity: Identity | null, call: DirectCall, relay: ClientRelay, clientVersion: string): Promise<JSONRPCMessage> {
  try {
    return { result: await routeCall(pool, identity, call.method, call.params, { relay, clientVersion }), jsonrpc: '2.0', id: call.id } as JSONRPCMessage;
  } catch (e) {
    return errorResponse(call.id, e);
  }
}

/** A list page as the SDK server would send it, from its bytes encoded once (list-pages.ts). */
async function listPage(pool: BackendPool, identity: Identity | null, id: RequestId, kind: ListKind, cursor: string | undefined, pageSize: number): Promise<JSONRPCMessage | EncodedResponse> {
  try {
    return listResponse(await catalogOf(pool, identity), kind, cursor, pageSize, id);
  } catch (e) {
    return errorResponse(id, e);
  }
}

function errorResponse(id: RequestId, e: unknown): JSONRPCMessage {
  const { code, message, data } = toMcpError(e) as ProtocolError;
  return { jsonrpc: '2.0', id, error: { code, message, ...(data !== undefined ? { data } : {}) } };
}
