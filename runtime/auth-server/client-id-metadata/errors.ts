import { VmcpError } from '../../../common/errors.js';
import { OAuthError } from '../oauth-errors.js';

/**
 * Why a client_id URL could not be used as a client (draft-ietf-oauth-client-id-metadata-document-00).
 * Codes are stable; messages name the rule broken and never quote the document's values.
 */
export type ClientMetadataErrorCode =
  /** The client_id looks like a URL but breaks the draft's section 3 rules. */
  | 'CIMD_URL_INVALID'
  /** http:// client_id while plain http is not allowed. */
  | 'CIMD_INSECURE_URL'
  /** The host is, or resolves to, an address that is not globally reachable (SSRF guard, common/address-policy.ts). */
  | 'CIMD_ADDRESS_REFUSED'
  /** Too many documents are being fetched at once, from this host or in all (fetch-limits.ts); transient. */
  | 'CIMD_FETCH_LIMIT'
  /** DNS, connection or TLS failure, or an HTTP status other than 200. */
  | 'CIMD_FETCH_FAILED'
  /** The server answered with a redirect; the draft's documents live at the client_id itself. */
  | 'CIMD_REDIRECT_REFUSED'
  | 'CIMD_TIMEOUT'
  | 'CIMD_TOO_LARGE'
  /** Not application/json, or not parseable JSON. */
  | 'CIMD_NOT_JSON'
  /** The document's client_id is not exactly the URL it was fetched from. */
  | 'CIMD_CLIENT_ID_MISMATCH'
  /** The document describes a client that authenticates with a secret (or carries one). */
  | 'CIMD_CONFIDENTIAL_CLIENT'
  | 'CIMD_REDIRECT_URI_INVALID'
  | 'CIMD_METADATA_INVALID';

export class ClientMetadataError extends VmcpError<ClientMetadataErrorCode> {}

/** A malformed client_id parameter is the request's fault; anything about the document is the client's. */
const REQUEST_FAULTS: ReadonlySet<ClientMetadataErrorCode> = new Set(['CIMD_URL_INVALID', 'CIMD_INSECURE_URL']);

/**
 * The RFC 6749 answer for a failed lookup. At /authorize it must be shown, never redirected: the redirect
 * URIs are unverified until the document is. At /token `invalid_client` is 401 (section 5.2), as for an
 * unknown registered client. A fetch limit says nothing about the client, so it is a 503 to retry, as
 * storage trouble is (oauth-errors.ts).
 */
export function clientMetadataOAuthError(e: ClientMetadataError, endpoint: 'authorize' | 'token'): OAuthError {
  const description = `client_id metadata document: ${e.message}`;
  if (e.code === 'CIMD_FETCH_LIMIT') return new OAuthError('temporarily_unavailable', description, 503, { 'Retry-After': '1' });
  if (REQUEST_FAULTS.has(e.code)) return new OAuthError('invalid_request', description);
  return new OAuthError('invalid_client', description, endpoint === 'token' ? 401 : 400);
}
