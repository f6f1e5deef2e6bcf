/**
 * The relay (backends/client-relay.ts) of one client request: what a backend sends while it serves the
 * call goes out related to that request, so it travels on the request's own answer. Built the same way
 * whichever serves the request: the SDK server (its request context) or a direct call (direct-call.ts).
 */
import { ProtocolError, ProtocolErrorCode, type ClientCapabilities, type ServerContext } from '@modelcontextprotocol/server';
import type { ClientRelay } from '../backends/client-relay.js';
import type { LogLevel } from './log-level.js';

type McpRequest = ServerContext['mcpReq'];

/** Where the relay sends: a message related to the request, and, for a 2026 request or a client that can be asked, more. */
export interface RequestChannel {
  notify(notification: { method: 'notifications/message'; params: Record<string, unknown> }): Promise<void>;
  /** A 2026-07-28 request's log, at the level its envelope asks for (the SDK applies it). */
  log?: McpRequest['log'];
  /** Asks the client (sampling, elicitation). */
  send?: McpRequest['send'];
}

/**
 * `logLevel`: the 2025-era session's own level; without one (a 2026-07-28 request) the channel's `log`
 * applies the level the request's envelope carries. Requests are relayed only to a client that declared
 * sampling or elicitation; a backend asking anyone else gets the SDK client's refusal, as before.
 */
export function relayForRequest(channel: RequestChannel, logLevel: LogLevel | undefined, capabilities: ClientCapabilities | undefined): ClientRelay {
  const log = logLevel
    ? (params: Record<string, unknown>) => {
        if (logLevel.passes(params.level)) void channel.notify({ method: 'notifications/message', params }).catch(() => {});
      }
    : (params: Record<string, unknown>) => void channel.log?.(params.level as never, params.data, params.logger as string | undefined).catch(() => {});
  const send = channel.send;
  if (!send || (!capabilities?.sampling && !capabilities?.elicitation)) return { log };
  return {
    log,
    request: async (method, params) => {
      if (!(method === 'sampling/createMessage' ? capabilities.sampling : elicits(capabilities.elicitation, params.mode))) {
        throw new ProtocolError(ProtocolErrorCode.MethodNotFound, `the client does not support ${method}`);
      }
      return (await send({ method, params } as never)) as Record<string, unknown>;
    },
  };
}

/** The 2025-11-25 rule: each mode is declared; a bare `elicitation: {}` (from before modes) means form. */
function elicits(declared: ClientCapabilities['elicitation'], mode: unknown): boolean {
  if (!declared) return false;
  if (mode === 'url') return declared.url !== undefined;
  return declared.form !== undefined || declared.url === undefined;
}
