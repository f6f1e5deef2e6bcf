/**
 * What a client sees when a backend or outgoing auth fails: a JSON-RPC error for that one request, with a
 * sentence naming the backend and a stable vmcp code in `data`. JSON-RPC errors a backend itself answered
 * pass through unchanged.
 */
import { ProtocolError, ProtocolErrorCode } from '@modelcontextprotocol/server';
import { BackendError, LocalRequestError } from '../backends/errors.js';
import { OutgoingAuthError } from '../outgoing/errors.js';

export function toMcpError(e: unknown, backend?: string): Error {
  if (e instanceof ProtocolError) return e;
  if (e instanceof BackendError) return new ProtocolError(ProtocolErrorCode.InternalError, e.message, { vmcpCode: e.code, backend: e.backend });
  if (e instanceof LocalRequestError) {
    // Params with no JSON form are the caller's to fix; the rest is vmcp's.
    const code = e.code === 'VMCP_REQUEST_UNSERIALIZABLE' ? ProtocolErrorCode.InvalidParams : ProtocolErrorCode.InternalError;
    return new ProtocolError(code, e.message, { vmcpCode: e.code, backend: e.backend });
  }
  if (e instanceof OutgoingAuthError) {
    const where = backend === undefined ? '' : `backend "${backend}": `;
    return new ProtocolError(ProtocolErrorCode.InternalError, `${where}${e.message}`, { vmcpCode: e.code, ...(backend === undefined ? {} : { backend }) });
  }
  // An SDK client error object that is not a ProtocolError here would be a vmcp bug; say so without details.
  return new ProtocolError(ProtocolErrorCode.InternalError, 'vmcp could not complete the request', { vmcpCode: 'VMCP_INTERNAL' });
}
