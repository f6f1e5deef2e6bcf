import { OAuthError } from '../../oauth-errors.js';
import { required } from '../http-io.js';
import { matchesAnyRedirectUri } from '../../redirect-uri.js';
import type { AuthorizeRequest } from './request.js';

/**
 * `redirect_uri` is required and must be one the client registered (loopback: any port, RFC 8252 section
 * 7.3; the same matching registration uses). Until it passes,
 * errors are answered here and never redirected: that would be an open redirector.
 */
export function checkRedirectUri(r: AuthorizeRequest): void {
  const uri = required(r.params, 'redirect_uri');
  if (!matchesAnyRedirectUri(r.client!.redirectUris, uri)) {
    throw new OAuthError('invalid_request', 'redirect_uri is not registered for this client');
  }
  r.redirectUri = uri;
}
