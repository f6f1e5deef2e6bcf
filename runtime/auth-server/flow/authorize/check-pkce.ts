import { OAuthError } from '../../oauth-errors.js';
import { one } from '../http-io.js';
import type { AuthorizeRequest } from './request.js';

/** BASE64URL(SHA-256(verifier)) is always 43 characters of the base64url alphabet. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/**
 * PKCE is required for every client, with S256 only (OAuth 2.1 section 4.1.1; the MCP authorization spec).
 * A missing method means `plain` (RFC 7636 section 4.3), so it is refused like an explicit `plain`.
 */
export function checkPkce(r: AuthorizeRequest): void {
  const challenge = one(r.params, 'code_challenge');
  const method = one(r.params, 'code_challenge_method');
  if (challenge === undefined) throw new OAuthError('invalid_request', 'code_challenge is required (PKCE with S256)');
  if (method !== 'S256') throw new OAuthError('invalid_request', 'code_challenge_method must be S256');
  if (!S256_CHALLENGE.test(challenge)) throw new OAuthError('invalid_request', 'code_challenge is not an S256 challenge');
  r.codeChallenge = challenge;
}
