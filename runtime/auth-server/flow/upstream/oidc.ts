import { createRemoteJWKSet, customFetch, decodeJwt, jwtVerify, type FetchImplementation } from 'jose';
import * as oauth from 'oauth4webapi';
import type { UpstreamPlan } from '../../../../generated/plan.js';
import type { DeepReadonly } from '../../../../common/freeze.js';
import { FlowError } from '../errors.js';
import { buildAuthorizationUrl } from './authorization-url.js';
import { upstreamFailure } from './failures.js';
import { refuseTransientAnswer } from '../../upstream-refresh/transient-answer.js';
import type { LegSecrets, UpstreamClient, UpstreamResult, UpstreamTokenSet } from './types.js';
import type { UpstreamFetch } from './http-client.js';
import { checkUpstreamUrl, oauthOptions } from './url-policy.js';

export interface OidcOptions {
  clientSecret: string | null;
  timeoutMs: number;
  fetch: UpstreamFetch;
}

/**
 * An `oidc` upstream from its discovered metadata (see discovery.ts). oauth4webapi validates the
 * authorization response (state, RFC 9207 `iss`) and the ID token's claims (iss, aud, azp, exp, iat,
 * nonce); it leaves the signature to TLS (OIDC Core 3.1.3.7), which plain-http loopback upstreams lack,
 * so the signature is checked here too against the upstream's JWKS.
 */
export function oidcUpstream(up: DeepReadonly<UpstreamPlan>, as: oauth.AuthorizationServer, opts: OidcOptions): UpstreamClient {
  const what = (e: string) => `upstream ${up.name} ${e}`;
  const authorizationEndpoint = checkUpstreamUrl(String(as.authorization_endpoint), what('authorization_endpoint'), up.insecureAllowHttp);
  const tokenEndpoint = checkUpstreamUrl(String(as.token_endpoint), what('token_endpoint'), up.insecureAllowHttp);
  if (as.jwks_uri === undefined) throw new FlowError('AS_UPSTREAM_DISCOVERY', `${what('discovery document')} has no jwks_uri`);
  const jwks = createRemoteJWKSet(checkUpstreamUrl(as.jwks_uri, what('jwks_uri'), up.insecureAllowHttp), {
    [customFetch]: opts.fetch as unknown as FetchImplementation,
    timeoutDuration: opts.timeoutMs,
  });
  const client: oauth.Client = { client_id: up.clientId };
  const auth = clientAuth(as, opts.clientSecret);
  const subjectClaim = up.subjectClaim ?? 'sub';

  async function complete(callback: URLSearchParams, leg: LegSecrets): Promise<UpstreamResult> {
    try {
      const params = oauth.validateAuthResponse(as, client, callback, leg.state);
      const signal = AbortSignal.timeout(opts.timeoutMs);
      const res = await oauth.authorizationCodeGrantRequest(as, client, auth, params, up.redirectUri, leg.pkceVerifier, { ...oauthOptions(tokenEndpoint, opts.fetch), signal });
      const tr = await oauth.processAuthorizationCodeResponse(as, client, res, { expectedNonce: leg.nonce, requireIdToken: true });
      const idToken = tr.id_token!;
      // The same 30 s clock tolerance oauth4webapi allowed for the claims it checked.
      const { payload } = await jwtVerify(idToken, jwks, { issuer: as.issuer, audience: up.clientId, clockTolerance: 30 });
      const subject = payload[subjectClaim];
      if (typeof subject !== 'string' || subject === '') {
        throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${up.name}: the ID token has no string claim "${subjectClaim}"`);
      }
      return {
        subject,
        tokens: {
          accessToken: tr.access_token,
          refreshToken: tr.refresh_token ?? null,
          idToken,
          tokenType: 'Bearer',
          scope: tr.scope ?? null,
          expiresIn: tr.expires_in ?? null,
        },
      };
    } catch (e) {
      throw upstreamFailure(up.name, 'authorization', e);
    }
  }

  async function refresh(refreshToken: string, previousIdToken: string | null): Promise<UpstreamTokenSet> {
    try {
      const signal = AbortSignal.timeout(opts.timeoutMs);
      const res = await oauth.refreshTokenGrantRequest(as, client, auth, refreshToken, { ...oauthOptions(tokenEndpoint, opts.fetch), signal });
      await refuseTransientAnswer(up.name, res);
      const tr = await oauth.processRefreshTokenResponse(as, client, res);
      let idToken: string | null = null;
      if (tr.id_token !== undefined) {
        const { payload } = await jwtVerify(tr.id_token, jwks, { issuer: as.issuer, audience: up.clientId, clockTolerance: 30 });
        // OIDC Core 12.2: a refreshed ID token names the same user as the one from login (the stored one, verified then).
        const before = previousIdToken === null ? undefined : decodeJwt(previousIdToken)[subjectClaim];
        if (typeof before !== 'string' || payload[subjectClaim] !== before) {
          throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${up.name}: the refreshed ID token does not name the user who signed in`);
        }
        idToken = tr.id_token;
      }
      return { accessToken: tr.access_token, refreshToken: tr.refresh_token ?? null, idToken, tokenType: 'Bearer', scope: tr.scope ?? null, expiresIn: tr.expires_in ?? null };
    } catch (e) {
      throw upstreamFailure(up.name, 'token refresh', e);
    }
  }

  return {
    name: up.name,
    synthesizesSubject: false,
    authorizationUrl: (leg) => buildAuthorizationUrl(authorizationEndpoint, up, leg, true),
    complete,
    refresh,
  };
}

/**
 * A confidential client uses client_secret_basic when the upstream supports it (the OIDC default when the
 * list is absent), else client_secret_post; without a secret it is a public client relying on PKCE.
 */
function clientAuth(as: oauth.AuthorizationServer, secret: string | null): oauth.ClientAuth {
  if (secret === null) return oauth.None();
  const methods = as.token_endpoint_auth_methods_supported;
  if (methods === undefined || methods.includes('client_secret_basic')) return oauth.ClientSecretBasic(secret);
  return oauth.ClientSecretPost(secret);
}
