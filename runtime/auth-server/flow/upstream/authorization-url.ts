import { calculatePKCECodeChallenge } from 'oauth4webapi';
import type { UpstreamPlan } from '../../../../generated/plan.js';
import type { DeepReadonly } from '../../../../common/freeze.js';
import type { LegSecrets } from './types.js';

/**
 * The upstream authorization request (RFC 6749 section 4.1.1, PKCE S256 always, the nonce for OIDC).
 * The configured extra parameters go in first so that none of them can replace one of ours.
 */
export async function buildAuthorizationUrl(endpoint: URL, up: DeepReadonly<UpstreamPlan>, leg: LegSecrets, withNonce: boolean): Promise<URL> {
  const url = new URL(endpoint);
  for (const [k, v] of Object.entries(up.additionalAuthorizationParams)) if (v !== undefined) url.searchParams.set(k, v);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', up.clientId);
  url.searchParams.set('redirect_uri', up.redirectUri);
  if (up.scopes.length > 0) url.searchParams.set('scope', up.scopes.join(' '));
  url.searchParams.set('state', leg.state);
  url.searchParams.set('code_challenge', await calculatePKCECodeChallenge(leg.pkceVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  if (withNonce) url.searchParams.set('nonce', leg.nonce);
  else url.searchParams.delete('nonce');
  return url;
}
