import * as oauth from 'oauth4webapi';
import type { UpstreamPlan } from '../../../../generated/plan.js';
import type { DeepReadonly } from '../../../../common/freeze.js';
import { FlowError } from '../errors.js';
import { buildAuthorizationUrl } from './authorization-url.js';
import { upstreamFailure } from './failures.js';
import { identityValue, readPath } from './json-path.js';
import { readTokenResponse } from './token-response.js';
import { refuseTransientAnswer } from '../../upstream-refresh/transient-answer.js';
import type { LegSecrets, UpstreamClient, UpstreamResult, UpstreamTokenSet } from './types.js';
import { synthesizedSubject } from './synthesized-subject.js';
import { subjectFromUserinfo } from './userinfo.js';
import type { UpstreamFetch } from './http-client.js';
import { checkUpstreamUrl, oauthOptions } from './url-policy.js';

export interface OAuth2Options {
  clientSecret: string | null;
  timeoutMs: number;
  fetch: UpstreamFetch;
}

/**
 * An `oauth2` upstream with configured endpoints (GitHub, Slack, ...). Identity comes from the token
 * response (`identity_from_token`) or the userinfo endpoint, in that order; with neither, the subject is
 * synthesized from the access token as ToolHive does (pkg/authserver/upstream/oauth2.go, "Priority 3:
 * synthesis"), so it changes with every new token. Client authentication is client_secret_post, as
 * ToolHive does, because several such providers accept nothing else.
 */
export function oauth2Upstream(up: DeepReadonly<UpstreamPlan>, opts: OAuth2Options): UpstreamClient {
  const what = (e: string) => `upstream ${up.name} ${e}`;
  if (up.authorizationEndpoint === undefined || up.tokenEndpoint === undefined) {
    throw new FlowError('AS_FLOW_CONFIG', `${what('')}is of type oauth2 but lacks authorization_endpoint or token_endpoint`);
  }
  const authorizationEndpoint = checkUpstreamUrl(up.authorizationEndpoint, what('authorization_endpoint'), up.insecureAllowHttp);
  const tokenEndpoint = checkUpstreamUrl(up.tokenEndpoint, what('token_endpoint'), up.insecureAllowHttp);
  const userinfo = up.userinfo ? { ...up.userinfo, endpoint: checkUpstreamUrl(up.userinfo.endpointUrl, what('userinfo endpoint'), up.insecureAllowHttp) } : null;
  // oauth4webapi wants an issuer; a plain OAuth 2.0 provider has none, so the callback's `iss` is not checked.
  const as: oauth.AuthorizationServer = { issuer: authorizationEndpoint.href, authorization_endpoint: authorizationEndpoint.href, token_endpoint: tokenEndpoint.href };
  const client: oauth.Client = { client_id: up.clientId };
  const auth = opts.clientSecret === null ? oauth.None() : oauth.ClientSecretPost(opts.clientSecret);

  async function complete(callback: URLSearchParams, leg: LegSecrets): Promise<UpstreamResult> {
    try {
      const withoutIss = new URLSearchParams(callback);
      withoutIss.delete('iss');
      const params = oauth.validateAuthResponse(as, client, withoutIss, leg.state);
      const signal = AbortSignal.timeout(opts.timeoutMs);
      const res = await oauth.authorizationCodeGrantRequest(as, client, auth, params, up.redirectUri, leg.pkceVerifier, { ...oauthOptions(tokenEndpoint, opts.fetch), signal });
      const { tokens, body } = await readTokenResponse(up.name, res);
      return { tokens, subject: await subject(body, tokens.accessToken) };
    } catch (e) {
      throw upstreamFailure(up.name, 'authorization', e);
    }
  }

  async function subject(body: Record<string, unknown>, accessToken: string): Promise<string> {
    if (up.identityFromToken) {
      const v = identityValue(readPath(body, up.identityFromToken.subjectPath));
      if (v === null) throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${up.name}: the token response has no subject at ${up.identityFromToken.subjectPath}`);
      return v;
    }
    if (userinfo) return subjectFromUserinfo(up.name, userinfo, accessToken, opts);
    return synthesizedSubject(accessToken);
  }

  /** The token response is read as at login: an ID token from a plain OAuth 2.0 upstream is not kept. */
  async function refresh(refreshToken: string): Promise<UpstreamTokenSet> {
    try {
      const signal = AbortSignal.timeout(opts.timeoutMs);
      const res = await oauth.refreshTokenGrantRequest(as, client, auth, refreshToken, { ...oauthOptions(tokenEndpoint, opts.fetch), signal });
      await refuseTransientAnswer(up.name, res);
      return (await readTokenResponse(up.name, res)).tokens;
    } catch (e) {
      throw upstreamFailure(up.name, 'token refresh', e);
    }
  }

  return {
    name: up.name,
    synthesizesSubject: up.identityFromToken == null && userinfo === null,
    authorizationUrl: (leg: LegSecrets) => buildAuthorizationUrl(authorizationEndpoint, up, leg, false),
    complete,
    refresh,
  };
}
