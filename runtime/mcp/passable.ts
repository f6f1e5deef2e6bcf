/**
 * A backend's result must have JSON text to be passed on. Parsing puts no limit on nesting, writing out
 * again does (the stack): a result nested beyond it becomes an error for that one call. The SDK's
 * per-request transport (2026-07-28) would otherwise fail inside and leave the client waiting for an
 * answer that never comes; a 2025 session's transport makes the same error from its own single
 * serialisation (post-answer.ts).
 */
import { ProtocolError, ProtocolErrorCode } from '@modelcontextprotocol/server';

export const unpassableError = (): ProtocolError =>
  new ProtocolError(ProtocolErrorCode.InternalError, "the backend's answer cannot be passed on: it is nested too deeply", {
    vmcpCode: 'VMCP_BACKEND_BAD_RESPONSE',
  });

/** For results the SDK server sends, whichever transport then writes them. */
export function passable<T>(result: T): T {
  try {
    JSON.stringify(result);
  } catch {
    throw unpassableError();
  }
  return result;
}
