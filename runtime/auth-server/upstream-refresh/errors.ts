import { VmcpError } from '../../../common/errors.js';

/**
 * Why an upstream token could not be refreshed. The codes decide the answer to the MCP client:
 * `AS_UPSTREAM_REFRESH_IMPOSSIBLE` and `AS_UPSTREAM_REFRESH_REFUSED` need a new sign-in (401),
 * `AS_UPSTREAM_REFRESH_UNAVAILABLE` is an outage worth retrying (503). Messages name the upstream, never
 * a token.
 */
export type UpstreamRefreshErrorCode =
  /** No refresh token, the upstream is no longer configured, or the session is gone. */
  | 'AS_UPSTREAM_REFRESH_IMPOSSIBLE'
  /** The upstream refused the refresh token (invalid_grant, ...) or answered something unusable. */
  | 'AS_UPSTREAM_REFRESH_REFUSED'
  /** The upstream could not be reached, timed out, or answered 5xx or 429. */
  | 'AS_UPSTREAM_REFRESH_UNAVAILABLE';

export class UpstreamRefreshError extends VmcpError<UpstreamRefreshErrorCode> {}
