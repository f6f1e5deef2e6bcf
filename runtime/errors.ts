import { VmcpError } from '../common/errors.js';

/** The runtime's typed errors: a stable code for programs, a sentence for people, never a secret value. */
export type RuntimeErrorCode =
  | 'VMCP_PLAN_UNREADABLE'
  | 'VMCP_PLAN_INVALID'
  | 'VMCP_SECRET_UNRESOLVED'
  | 'VMCP_LISTEN_FAILED'
  | 'VMCP_SSRF_REFUSED'
  | 'VMCP_INSECURE_URL'
  | 'VMCP_FETCH_FAILED'
  | 'VMCP_DISCOVERY_FAILED'
  | 'VMCP_WORKLOADS_UNAVAILABLE'
  | 'VMCP_JWKS_INVALID'
  | 'VMCP_BODY_UNREADABLE';

export class RuntimeError extends VmcpError<RuntimeErrorCode> {}
