/**
 * What a backend sends the client while it handles one of that client's requests, on the request's own
 * response stream: log messages, and requests to the client (sampling, elicitation). Backend connections
 * are shared by many clients, so only the call's own stream says whose these are; the caller of a
 * backend call hands in a relay to its client (the MCP side builds it: mcp/request-relay.ts), and
 * messages without one go to the SDK client.
 */
import type { JSONRPCMessage } from '@modelcontextprotocol/client';

type Json = Record<string, unknown>;

export interface ClientRelay {
  /** A `notifications/message` (the client's log level is the relay's to apply). */
  log?(params: Json): void;
  /** Asks the calling client; present only when it declared the capability the method needs. */
  request?(method: RelayedRequest, params: Json): Promise<Json>;
}

export type RelayedRequest = 'sampling/createMessage' | 'elicitation/create';
const RELAYED_REQUESTS: ReadonlySet<string> = new Set<RelayedRequest>(['sampling/createMessage', 'elicitation/create']);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Hands `message` to the relay when it is one of its kind; `answer` sends the client's answer (or error)
 * back to the backend. False: not the relay's, the caller deals with it.
 */
export function relayBackendMessage(message: JSONRPCMessage, relay: ClientRelay, answer: (reply: JSONRPCMessage) => void): boolean {
  const m = message as Json;
  if (m.method === 'notifications/message' && m.id === undefined && relay.log && isObject(m.params)) {
    relay.log(m.params);
    return true;
  }
  const id = m.id;
  if (!relay.request || typeof m.method !== 'string' || !RELAYED_REQUESTS.has(m.method) || (typeof id !== 'string' && typeof id !== 'number')) return false;
  relay.request(m.method as RelayedRequest, isObject(m.params) ? m.params : {}).then(
    (result) => answer({ jsonrpc: '2.0', id, result } as JSONRPCMessage),
    (e: unknown) => answer({ jsonrpc: '2.0', id, error: errorOf(e) } as JSONRPCMessage),
  );
  return true;
}

/** The client's JSON-RPC error as it sent it; anything else (a timeout, a closed session) is internal. */
function errorOf(e: unknown): { code: number; message: string; data?: unknown } {
  const { code, message, data } = (isObject(e) ? e : {}) as { code?: unknown; message?: unknown; data?: unknown };
  if (typeof code === 'number' && Number.isInteger(code) && typeof message === 'string') return { code, message, ...(data !== undefined ? { data } : {}) };
  return { code: -32603, message: 'the client did not answer the request' };
}
