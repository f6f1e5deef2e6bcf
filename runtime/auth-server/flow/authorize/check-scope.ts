import { OAuthError } from '../../oauth-errors.js';
import { one } from '../http-io.js';
import type { FlowDeps } from '../deps.js';
import type { AuthorizeRequest } from './request.js';

/**
 * Each requested scope must be one we support and one the client registered. Without `scope` the client's
 * registered scopes are used (RFC 6749 section 3.3 lets the server pick a default).
 */
export function checkScope(r: AuthorizeRequest, d: FlowDeps): void {
  const raw = one(r.params, 'scope');
  const client = r.client!;
  const requested = raw === undefined ? client.scopes.filter((s) => d.plan.scopesSupported.includes(s)) : [...new Set(raw.split(' ').filter((s) => s !== ''))];
  const unknown = requested.filter((s) => !d.plan.scopesSupported.includes(s) || !client.scopes.includes(s));
  if (unknown.length > 0) throw new OAuthError('invalid_scope', `scope not allowed for this client: ${unknown.join(' ')}`);
  r.scopes = requested;
}
