import { VmcpError } from '../../common/errors.js';

/** Why a backend could not serve a request. Each becomes an MCP error for that request, never a crash. */
export type BackendErrorCode =
  | 'VMCP_BACKEND_UNAVAILABLE'
  | 'VMCP_BACKEND_SESSION_EXPIRED'
  | 'VMCP_BACKEND_TIMEOUT'
  | 'VMCP_BACKEND_CIRCUIT_OPEN'
  | 'VMCP_BACKEND_BAD_RESPONSE'
  | 'VMCP_BACKEND_AUTH'
  | 'VMCP_BACKEND_UNKNOWN';

export class BackendError extends VmcpError<BackendErrorCode> {
  constructor(
    code: BackendErrorCode,
    readonly backend: string,
    message: string,
  ) {
    super(code, message);
  }
}

/**
 * Why vmcp did not complete a request for reasons of its own or of the caller's, not the backend's: the
 * request had no JSON form, the outgoing credentials were not a valid header, or vmcp closed the
 * connection under it. These never count against the backend's health or circuit breaker, which all
 * callers share.
 */
export type LocalRequestErrorCode = 'VMCP_REQUEST_UNSERIALIZABLE' | 'VMCP_REQUEST_HEADER_INVALID' | 'VMCP_CONNECTION_CLOSED';

export class LocalRequestError extends VmcpError<LocalRequestErrorCode> {
  constructor(
    code: LocalRequestErrorCode,
    readonly backend: string,
    message: string,
  ) {
    super(code, message);
  }
}
