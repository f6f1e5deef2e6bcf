/**
 * The direct path for a 2025-era session's hot requests (tools/call, prompts/get, resources/read): answered
 * here as one JSON response instead of through the SDK server and its web-standard transport, whose
 * per-request machinery (Request/Response objects, web streams, an SSE stream per POST) costs several
 * times the forwarding itself. Only plain requests take it: anything the SDK server does more with
 * (progress to relay, headers it must refuse, params its schema would refuse) is left to the SDK, which
 * answers exactly as before. Answers are what the SDK server would send: the same routing (route-call.ts),
 * the same error objects, and its 2025 wire rule that -32002 goes out as -32602. A client that declared
 * sampling or elicitation is left to the SDK server, which can ask it things mid-call. Backends' log
 * messages are relayed here: the answer turns into an SSE stream only once one arrives.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SUPPORTED_PROTOCOL_VERSIONS, type ClientCapabilities, type ProtocolError } from '@modelcontextprotocol/server';
import type { ClientRelay } from '../backends/client-relay.js';
import type { BackendPool } from '../backends/pool.js';
import type { Identity } from '../contract.js';
import type { LogLevel } from './log-level.js';
import { unpassableError } from './passable.js';
import { ROUTED_METHODS, routeCall, type RoutedMethod } from './route-call.js';
import { toMcpError } from './to-mcp-error.js';

/**
 * Tries a POST on an existing session, whose body the session has read, depth-checked and parsed
 * (session-body.ts). True: a response was written; false: the SDK transport serves it, with that body.
 */
export type DirectPath = (req: IncomingMessage, res: ServerResponse, sessionId: string, identity: Identity | null, client: SessionClient, body: unknown) => Promise<boolean>;

/** What the session knows of its client. */
export interface SessionClient {
  logLevel: LogLevel;
  capabilities: ClientCapabilities | undefined;
}

export function createDirectPath(pool: BackendPool): DirectPath {
  return async (req, res, sessionId, identity, client, body) => {
    if (!versionAllowsDirect(req) || client.capabilities?.sampling || client.capabilities?.elicitation) return false;
    const call = directCallOf(body);
    if (!call) return false;
    await answerDirectly(res, sessionId, call, pool, identity, client.logLevel);
    return true;
  };
}

interface DirectCall {
  id: string | number;
  method: RoutedMethod;
  params: Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The SDK transport's header check after the body (Accept and Content-Type were checked before it was
 * read); a refusal is left to it to answer.
 */
function versionAllowsDirect(req: IncomingMessage): boolean {
  const version = req.headers['mcp-protocol-version'];
  return version === undefined || SUPPORTED_PROTOCOL_VERSIONS.includes(version as string);
}

/** The request when the direct path may answer it; null leaves it to the SDK server. */
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

async function answerDirectly(res: ServerResponse, sessionId: string, call: DirectCall, pool: BackendPool, identity: Identity | null, logLevel: LogLevel): Promise<void> {
  let streaming = false;
  const relay: ClientRelay = {
    log: (params) => {
      if (!logLevel.passes(params.level) || res.writableEnded) return;
      const event = logEvent(params);
      if (event === null) return;
      if (!streaming) res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'mcp-session-id': sessionId });
      streaming = true;
      res.write(event);
    },
  };
  let message: Json;
  try {
    message = { result: await routeCall(pool, identity, call.method, call.params, undefined, relay), jsonrpc: '2.0', id: call.id };
  } catch (e) {
    const error = toMcpError(e) as ProtocolError;
    const code = error.code === -32002 ? -32602 : error.code;
    message = { jsonrpc: '2.0', id: call.id, error: { code, message: error.message, ...(error.data !== undefined ? { data: error.data } : {}) } };
  }
  const text = encodeAnswer(message, call.id);
  if (streaming) return void res.end(sseEvent(text));
  res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': sessionId });
  res.end(text);
}

const sseEvent = (text: string): string => `event: message\ndata: ${text}\n\n`;

/** The answer as JSON text; a result with none (passable.ts) is an error for that call only. */
function encodeAnswer(message: Json, id: string | number): string {
  try {
    return JSON.stringify(message);
  } catch {
    const { code, message, data } = unpassableError();
    return JSON.stringify({ jsonrpc: '2.0', id, error: { code, message, data } });
  }
}

/** A log message as an SSE event; null when it has no JSON text (a log line is not worth failing the call for). */
function logEvent(params: Json): string | null {
  try {
    return sseEvent(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message', params }));
  } catch {
    return null;
  }
}
