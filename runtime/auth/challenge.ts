/**
 * The 401 answer on authenticated routes, in ToolHive's format (reference: toolhive-vmcp-config.md 5.2)
 * so clients written for it behave the same: `WWW-Authenticate: Bearer` with realm, resource_metadata,
 * scope, error and error_description in that order, and a JSON body. `invalid_request` for a missing or
 * malformed Authorization header, `invalid_token` for a token that does not verify (RFC 6750 section 3.1).
 */
import type { DeepReadonly } from '../../common/freeze.js';
import type { IncomingOidcPlan } from '../../generated/plan.js';
import { protectedResourceMetadataUrl } from './resource.js';

export type ChallengeError = 'invalid_request' | 'invalid_token';

const quote = (v: string): string => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

export function wwwAuthenticate(oidc: DeepReadonly<IncomingOidcPlan>, origin: string, error: ChallengeError, description: string): string {
  const parts = [
    `realm=${quote(oidc.issuer)}`,
    `resource_metadata=${quote(protectedResourceMetadataUrl(oidc, origin))}`,
    ...(oidc.scopes.length > 0 ? [`scope=${quote(oidc.scopes.join(' '))}`] : []),
    `error=${quote(error)}`,
    `error_description=${quote(description)}`,
  ];
  return `Bearer ${parts.join(', ')}`;
}

/** The body's description follows ToolHive: invalid tokens are prefixed `Invalid token: `. */
export function challengeBody(error: ChallengeError, description: string): { error: string; error_description: string } {
  return { error, error_description: error === 'invalid_token' ? `Invalid token: ${description}` : description };
}
