import { OAuthError } from '../../oauth-errors.js';
import type { RegisteredClient } from '../../storage/types.js';
import { CLIENT_IN_USE_TTL_MS } from '../../register.js';
import { sessionTtlMs, type FlowDeps } from '../deps.js';
import { required } from '../http-io.js';
import { checkTokenResource } from './check-resource.js';
import { issueTokens, type TokenResponse } from './issue.js';
import { pkceMatches } from './pkce.js';

/**
 * grant_type=authorization_code (RFC 6749 section 4.1.3, RFC 7636 section 4.6). The code is consumed
 * before anything else is compared, so a wrong verifier or redirect URI burns it too. A second use revokes
 * what the first issued: storage drops the refresh family, and we drop the session's upstream tokens,
 * which makes the access token already issued useless as well (the middleware needs them).
 */
export async function authorizationCodeGrant(d: FlowDeps, params: URLSearchParams, client: RegisteredClient): Promise<TokenResponse> {
  const code = required(params, 'code');
  const redirectUri = required(params, 'redirect_uri');
  const verifier = required(params, 'code_verifier');
  const consumed = await d.storage.consumeCode(code);
  if (consumed.status === 'missing') throw new OAuthError('invalid_grant', 'unknown or expired authorization code');
  const g = consumed.value;
  if (consumed.status === 'reused') {
    await d.storage.deleteUpstreamTokens(g.tsid);
    d.warn('authorization code reused; its tokens were revoked', { client_id: g.clientId });
    throw new OAuthError('invalid_grant', 'the authorization code was already used; the tokens issued with it are revoked');
  }
  if (g.clientId !== client.clientId) throw new OAuthError('invalid_grant', 'the authorization code was issued to another client');
  if (g.redirectUri !== redirectUri) throw new OAuthError('invalid_grant', 'redirect_uri differs from the one in the authorization request');
  if (!pkceMatches(verifier, g.codeChallenge)) throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge');
  checkTokenResource(params, g.audience);
  await keepSession(d, g.tsid);
  // A client that completed a sign-in is kept as long as it keeps using us; one that never did expires soon.
  await d.storage.renewClient(client.clientId, CLIENT_IN_USE_TTL_MS);
  return issueTokens(
    d,
    { clientId: g.clientId, subject: g.subject, tsid: g.tsid, scopes: g.scopes, refreshScopes: g.scopes, audience: g.audience, familyId: g.familyId, familyCreatedAt: d.now() },
    client,
  );
}

/**
 * The login is complete: the upstream tokens, stored to last only as long as the login could, now get the
 * session's full life. Storage TTLs are per session, so writing one row back lengthens them all.
 */
async function keepSession(d: FlowDeps, tsid: string): Promise<void> {
  const rows = await d.storage.getUpstreamTokens(tsid);
  if (rows.length === 0) throw new OAuthError('invalid_grant', 'the upstream session of this authorization has expired; authorize again');
  await d.storage.putUpstreamTokens(tsid, rows[0]!, sessionTtlMs(d));
}
