import type { AuthServerPlan } from '../../generated/plan.js';
import type { DeepReadonly } from '../../common/freeze.js';
import type { SigningKeySet } from './signing-keys.js';

type Plan = DeepReadonly<AuthServerPlan>;

/** Where our endpoints live. ToolHive's layout, so clients and proxies configured for it keep working. */
export function endpoints(as: Plan) {
  return {
    authorization: `${as.authorizationEndpointBaseUrl}/oauth/authorize`,
    token: `${as.issuer}/oauth/token`,
    registration: `${as.issuer}/oauth/register`,
    jwks: `${as.issuer}/.well-known/jwks.json`,
  };
}

/**
 * RFC 8414 metadata. It advertises only what we do: public clients (auth method "none") with PKCE S256,
 * the code flow, refresh tokens, RFC 9207 `iss` in authorization responses, and https client_ids as
 * client ID metadata documents.
 */
export function authorizationServerMetadata(as: Plan): Record<string, unknown> {
  const e = endpoints(as);
  return {
    issuer: as.issuer,
    authorization_endpoint: e.authorization,
    token_endpoint: e.token,
    registration_endpoint: e.registration,
    jwks_uri: e.jwks,
    scopes_supported: [...as.scopesSupported],
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    token_endpoint_auth_methods_supported: ['none'],
    code_challenge_methods_supported: ['S256'],
    authorization_response_iss_parameter_supported: true,
    client_id_metadata_document_supported: true,
  };
}

/** OIDC Discovery 1.0: the RFC 8414 fields plus what OpenID Connect requires. */
export function openIdConfiguration(as: Plan, keys: SigningKeySet): Record<string, unknown> {
  return {
    ...authorizationServerMetadata(as),
    subject_types_supported: ['public'],
    // The signing key's algorithm first, then those of the verify-only keys (during a rotation).
    id_token_signing_alg_values_supported: [...new Set(keys.verify.map((k) => k.alg))],
  };
}

export const jwksDocument = (keys: SigningKeySet) => ({ keys: keys.verify.map((k) => k.jwk) });
