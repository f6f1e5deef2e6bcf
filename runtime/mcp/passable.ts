/**
 * A backend's result must have JSON text to be passed on. Parsing puts no limit on nesting, writing out
 * again does (the stack): a result nested beyond it becomes an error for that one call. The SDK server
 * would otherwise fail inside its transport and leave the client waiting for an answer that never comes.
 */
import { ProtocolError, ProtocolErrorCode } from '@modelcontextprotocol/server';

export const unpassableError = (): ProtocolError =>
  new ProtocolError(ProtocolErrorCode.InternalError, "the backend's answer cannot be passed on: it is nested too deeply", {
    vmcpCode: 'VMCP_BACKEND_BAD_RESPONSE',
  });

/** For results the SDK server sends (the direct path catches its own single serialisation instead). */
export function passable<T>(result: T): T {
  try {
    JSON.stringify(result);
  } catch {
    throw unpassableError();
  }
  return result;
}
