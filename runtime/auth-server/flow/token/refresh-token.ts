import type { RegisteredClient } from '../../storage/types.js';
import { OAuthError } from '../../oauth-errors.js';
import { refreshTtlMs, type FlowDeps } from '../deps.js';
import { one, required } from '../http-io.js';
import { checkTokenResource } from './check-resource.js';
import { issueTokens, type TokenResponse } from './issue.js';

/** Our refresh tokens are randomToken()s; anything else is not one (and cannot name a grace record). */
const REFRESH_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const GRACE = 'grace:';

/**
 * grant_type=refresh_token with rotation (OAuth 2.1 section 4.3.1): each use returns a new refresh token in
 * the same family; storage remembers used tokens, and a replay of one revokes the family, then we delete
 * the session's upstream tokens so the access tokens issued in it stop working as well.
 *
 * Grace window: a client that refreshes twice at once (two tabs, a retry after a lost answer) would revoke
 * its own family. So each rotation also writes a grace record, `grace:<old token>`, in the same family,
 * living `refreshGraceMs`: the old token presented again while it lives yields one more new pair. The
 * window is the record's TTL and its single use is the storage's, so no field outside the storage
 * contract carries security. A second use that arrives before the grace record is written (about one
 * storage round trip) still counts as reuse.
 *
 * A family's lifetime is fixed from the code redemption (`createdAt`), never slid: the session's upstream
 * tokens were stored for exactly that long.
 */
export async function refreshTokenGrant(d: FlowDeps, params: URLSearchParams, client: RegisteredClient): Promise<TokenResponse> {
  const token = required(params, 'refresh_token');
  if (!REFRESH_TOKEN.test(token)) throw new OAuthError('invalid_grant', 'unknown, expired or revoked refresh token');
  const grace = d.refreshGraceMs > 0 ? await d.storage.consumeRefreshToken(GRACE + token) : ({ status: 'missing' } as const);
  const consumed = grace.status === 'missing' ? await d.storage.consumeRefreshToken(token) : grace;
  if (consumed.status === 'missing') throw new OAuthError('invalid_grant', 'unknown, expired or revoked refresh token');
  const g = consumed.value;
  if (consumed.status === 'reused' || g.clientId !== client.clientId) {
    // Storage has revoked the family on reuse; a token shown by another client is treated as stolen too.
    await d.storage.revokeRefreshFamily(g.familyId);
    await d.storage.deleteUpstreamTokens(g.tsid);
    d.warn('refresh token reused or presented by another client; its grant was revoked', { client_id: client.clientId });
    throw new OAuthError('invalid_grant', 'the refresh token was already used or belongs to another client; its grant is revoked');
  }
  const left = g.createdAt + refreshTtlMs(d) - d.now();
  if (left <= 0) throw new OAuthError('invalid_grant', 'the refresh token has expired');
  const scopes = narrowedScopes(params, g.scopes);
  checkTokenResource(params, g.audience);
  if (grace.status === 'missing' && d.refreshGraceMs > 0) await d.storage.putRefreshToken(GRACE + token, g, Math.min(d.refreshGraceMs, left));
  return issueTokens(
    d,
    { clientId: g.clientId, subject: g.subject, tsid: g.tsid, scopes, refreshScopes: g.scopes, audience: g.audience, familyId: g.familyId, familyCreatedAt: g.createdAt },
    client,
  );
}

/** RFC 6749 section 6: a refresh may ask for fewer scopes, never more. */
function narrowedScopes(params: URLSearchParams, granted: string[]): string[] {
  const raw = one(params, 'scope');
  if (raw === undefined) return granted;
  const asked = [...new Set(raw.split(' ').filter((s) => s !== ''))];
  const extra = asked.filter((s) => !granted.includes(s));
  if (extra.length > 0) throw new OAuthError('invalid_scope', `scope beyond the original grant: ${extra.join(' ')}`);
  return asked;
}
