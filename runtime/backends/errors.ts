/** Why a backend could not serve a request. Each becomes an MCP error for that request, never a crash. */
export type BackendErrorCode =
  | 'VMCP_BACKEND_UNAVAILABLE'
  | 'VMCP_BACKEND_TIMEOUT'
  | 'VMCP_BACKEND_CIRCUIT_OPEN'
  | 'VMCP_BACKEND_BAD_RESPONSE'
  | 'VMCP_BACKEND_AUTH'
  | 'VMCP_BACKEND_UNKNOWN';

export class BackendError extends Error {
  constructor(
    readonly code: BackendErrorCode,
    readonly backend: string,
    message: string,
  ) {
    super(message);
    this.name = 'BackendError';
  }
}
