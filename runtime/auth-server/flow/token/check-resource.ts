import { OAuthError } from '../../oauth-errors.js';
import { one } from '../http-io.js';

/**
 * RFC 8707 section 2.2: a `resource` at the token endpoint may only name what was granted. We grant
 * exactly one resource, so it must be that one.
 */
export function checkTokenResource(params: URLSearchParams, granted: readonly string[]): void {
  const resource = one(params, 'resource', 'invalid_target');
  if (resource !== undefined && !granted.includes(resource)) throw new OAuthError('invalid_target', 'resource was not granted to this authorization');
}
