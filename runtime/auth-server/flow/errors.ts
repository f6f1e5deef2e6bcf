import { VmcpError } from '../../../common/errors.js';

/**
 * Our own errors of the OAuth flows, with stable codes, for configuration and upstream failures. Protocol
 * answers to clients are the shared OAuthError (../oauth-errors.ts). Messages never hold a token, code,
 * state or secret.
 */
export type FlowErrorCode =
  /** The plan or the options cannot run (e.g. the identity upstream gives no subject). */
  | 'AS_FLOW_CONFIG'
  /** OIDC discovery of an upstream failed after its retries. */
  | 'AS_UPSTREAM_DISCOVERY'
  /** An upstream URL is plain http on a host that is not loopback. */
  | 'AS_UPSTREAM_INSECURE_URL'
  /** An upstream call would reach a private address and the upstream does not allow it (SSRF guard). */
  | 'AS_UPSTREAM_PRIVATE_ADDRESS'
  /** The upstream refused the authorization or the code (its `error`, or an error from its token endpoint). */
  | 'AS_UPSTREAM_REFUSED'
  /** The upstream's answer failed validation (ID token, nonce, issuer, token response, identity). */
  | 'AS_UPSTREAM_INVALID'
  /** The upstream could not be reached. */
  | 'AS_UPSTREAM_UNREACHABLE';

export class FlowError extends VmcpError<FlowErrorCode> {}
