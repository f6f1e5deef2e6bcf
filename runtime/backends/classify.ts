/**
 * Sorts what a backend request threw: a JSON-RPC error the backend answered (it is alive; pass it on as-is)
 * versus a failure to get an answer at all (timeout, refused, garbage), which counts against its health.
 * The SDK client's transports and the session POSTs (session-post.ts) build their errors here, so a client
 * sees the same sentence whichever path served the call.
 */
import { ProtocolError, SdkError, SdkErrorCode } from '@modelcontextprotocol/client';
import { BackendError } from './errors.js';

export function isBackendAnswer(e: unknown): e is ProtocolError {
  return e instanceof ProtocolError;
}

export const timeoutError = (backend: string): BackendError =>
  new BackendError('VMCP_BACKEND_TIMEOUT', backend, `backend "${backend}" did not answer in time`);

export const badResponseError = (backend: string): BackendError =>
  new BackendError('VMCP_BACKEND_BAD_RESPONSE', backend, `backend "${backend}" answered something that is not a valid MCP result`);

export function httpStatusError(backend: string, status: number): BackendError {
  if (status === 401 || status === 403) {
    return new BackendError('VMCP_BACKEND_AUTH', backend, `backend "${backend}" refused vmcp's credentials (HTTP ${status})`);
  }
  return unavailableError(backend, `HTTP ${status}`);
}

const unavailableError = (backend: string, detail: string): BackendError =>
  new BackendError('VMCP_BACKEND_UNAVAILABLE', backend, `backend "${backend}" is unavailable (${detail})`);

export function toBackendError(backend: string, e: unknown): BackendError {
  if (e instanceof BackendError) return e;
  if (e instanceof SdkError && e.code === SdkErrorCode.RequestTimeout) return timeoutError(backend);
  // The SDK rejects a response it cannot parse as JSON-RPC with the parser's error (JSON or schema).
  const malformed = e instanceof SyntaxError || (e instanceof Error && e.name === 'ZodError');
  if (malformed || (e instanceof SdkError && (e.code === SdkErrorCode.InvalidResult || e.code === SdkErrorCode.UnsupportedResultType))) {
    return badResponseError(backend);
  }
  const status = (e as { data?: { status?: unknown } }).data?.status;
  if (typeof status === 'number') return httpStatusError(backend, status);
  return unavailableError(backend, shortReason(e));
}

/** The transport's reason without stack or URL query: messages can carry request details. */
function shortReason(e: unknown): string {
  // fetch puts the socket error's code on its cause; undici's request puts it on the error itself
  // (only a system or undici code is taken from there: SDK errors have codes of their own).
  const cause = (e as { cause?: { code?: unknown } }).cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && /^(E[A-Z0-9]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.slice(0, 160);
}
