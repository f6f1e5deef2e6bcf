import { VmcpError } from '../../common/errors.js';

/** Why a strategy could not produce credentials. Messages name the backend's provider, never a token. */
export type OutgoingAuthErrorCode =
  | 'VMCP_OUTGOING_NO_SUBJECT_TOKEN'
  | 'VMCP_OUTGOING_UPSTREAM_TOKEN_MISSING'
  | 'VMCP_OUTGOING_UPSTREAM_TOKEN_EXPIRED'
  | 'VMCP_OUTGOING_EXCHANGE_FAILED';

export class OutgoingAuthError extends VmcpError<OutgoingAuthErrorCode> {}
