/**
 * The relay (backends/client-relay.ts) to a client served by the SDK server: messages go out related to
 * the client's request, so the SDK puts them on that request's response stream.
 */
import { ProtocolError, ProtocolErrorCode, type ClientCapabilities, type ServerContext } from '@modelcontextprotocol/server';
import type { ClientRelay } from '../backends/client-relay.js';
import type { LogLevel } from './log-level.js';

/**
 * `logLevel`: the 2025-era session's own level; without one (a 2026-07-28 request) the SDK applies the
 * level the request's envelope carries. Requests are relayed only to a client that declared sampling or
 * elicitation; a backend asking anyone else gets the SDK client's refusal, as before.
 */
export function relayToSdkClient(ctx: ServerContext, logLevel: LogLevel | undefined, capabilities: ClientCapabilities | undefined): ClientRelay {
  const log = logLevel
    ? (params: Record<string, unknown>) => {
        if (logLevel.passes(params.level)) void ctx.mcpReq.notify({ method: 'notifications/message', params }).catch(() => {});
      }
    : (params: Record<string, unknown>) => void ctx.mcpReq.log(params.level as never, params.data, params.logger as string | undefined).catch(() => {});
  if (!capabilities?.sampling && !capabilities?.elicitation) return { log };
  return {
    log,
    request: async (method, params) => {
      if (!(method === 'sampling/createMessage' ? capabilities.sampling : elicits(capabilities.elicitation, params.mode))) {
        throw new ProtocolError(ProtocolErrorCode.MethodNotFound, `the client does not support ${method}`);
      }
      return (await ctx.mcpReq.send({ method, params })) as Record<string, unknown>;
    },
  };
}

/** The 2025-11-25 rule: each mode is declared; a bare `elicitation: {}` (from before modes) means form. */
function elicits(declared: ClientCapabilities['elicitation'], mode: unknown): boolean {
  if (!declared) return false;
  if (mode === 'url') return declared.url !== undefined;
  return declared.form !== undefined || declared.url === undefined;
}
