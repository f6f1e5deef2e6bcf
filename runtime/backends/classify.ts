/**
 * Sorts what a backend request threw: a JSON-RPC error the backend answered (it is alive; pass it on as-is)
 * versus a failure to get an answer at all (timeout, refused, garbage), which counts against its health.
 */
import { ProtocolError, SdkError, SdkErrorCode } from '@modelcontextprotocol/client';
import { BackendError } from './errors.js';

export function isBackendAnswer(e: unknown): e is ProtocolError {
  return e instanceof ProtocolError;
}

export function toBackendError(backend: string, e: unknown): BackendError {
  if (e instanceof BackendError) return e;
  if (e instanceof SdkError && e.code === SdkErrorCode.RequestTimeout) {
    return new BackendError('VMCP_BACKEND_TIMEOUT', backend, `backend "${backend}" did not answer in time`);
  }
  // The SDK rejects a response it cannot parse as JSON-RPC with the parser's error (JSON or schema).
  const malformed = e instanceof SyntaxError || (e instanceof Error && e.name === 'ZodError');
  if (malformed || (e instanceof SdkError && (e.code === SdkErrorCode.InvalidResult || e.code === SdkErrorCode.UnsupportedResultType))) {
    return new BackendError('VMCP_BACKEND_BAD_RESPONSE', backend, `backend "${backend}" answered something that is not a valid MCP result`);
  }
  const status = (e as { data?: { status?: unknown } }).data?.status;
  if (status === 401 || status === 403) {
    return new BackendError('VMCP_BACKEND_AUTH', backend, `backend "${backend}" refused vmcp's credentials (HTTP ${status})`);
  }
  const detail = typeof status === 'number' ? `HTTP ${status}` : shortReason(e);
  return new BackendError('VMCP_BACKEND_UNAVAILABLE', backend, `backend "${backend}" is unavailable (${detail})`);
}

/** The transport's reason without stack or URL query: messages can carry request details. */
function shortReason(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown } }).cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.slice(0, 160);
}
