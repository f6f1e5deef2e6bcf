import { OAuthError } from '../../oauth-errors.js';
import { one } from '../http-io.js';
import type { FlowDeps } from '../deps.js';
import type { AuthorizeRequest } from './request.js';

/**
 * RFC 8707: the token will be for exactly one resource, which must be one of `allowed_audiences`
 * (compared exactly: an audience is an identifier, not a URL to normalise). Without `resource`, the only
 * allowed audience is meant when there is just one; with several the client must say which.
 */
export function checkResource(r: AuthorizeRequest, d: FlowDeps): void {
  const resource = one(r.params, 'resource', 'invalid_target');
  const allowed = d.plan.allowedAudiences;
  if (resource === undefined) {
    if (allowed.length !== 1) throw new OAuthError('invalid_target', 'resource is required: this server issues tokens for several resources');
    r.resource = allowed[0]!;
    return;
  }
  if (!allowed.includes(resource)) throw new OAuthError('invalid_target', 'resource is not a resource this server issues tokens for');
  r.resource = resource;
}
