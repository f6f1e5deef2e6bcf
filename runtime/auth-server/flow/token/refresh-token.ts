import type { RegisteredClient } from '../../storage/types.js';
import { OAuthError } from '../../oauth-errors.js';
import { refreshTtlMs, type FlowDeps } from '../deps.js';
import { one, required } from '../http-io.js';
import { checkTokenResource } from './check-resource.js';
import { issueTokens, type TokenResponse } from './issue.js';
import { awaitRotation } from './rotation.js';

/** Our refresh tokens are randomToken()s; anything else is not one. */
const REFRESH_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * grant_type=refresh_token with rotation (OAuth 2.1 section 4.3.1): each use returns a new refresh token in
 * the same family; storage remembers used tokens, and a replay of one revokes the family, then we delete
 * the session's upstream tokens so the access tokens issued in it stop working as well.
 *
 * Grace window (`refreshGraceMs`): a client whose answer got lost retries with the old token. Within the
 * window it gets the very pair the rotation returned (stored sealed, in the family), not a new one, so a
 * stolen old token never forks the grant into two live branches; after the window any use is reuse. A
 * retry that races the rotation still in flight waits for its answer (rotation.ts).
 *
 * A family's lifetime is fixed from the code redemption (`createdAt`), never slid: the session's upstream
 * tokens were stored for exactly that long.
 */
export async function refreshTokenGrant(d: FlowDeps, params: URLSearchParams, client: RegisteredClient): Promise<TokenResponse> {
  const token = required(params, 'refresh_token');
  if (!REFRESH_TOKEN.test(token)) throw new OAuthError('invalid_grant', 'unknown, expired or revoked refresh token');
  if (d.refreshGraceMs > 0) {
    const earlier = await d.storage.getRotation(token);
    if (earlier !== null) return sameAnswer(d, earlier.clientId, earlier.response, client, token);
  }
  const consumed = await d.storage.consumeRefreshToken(token, d.refreshGraceMs);
  if (consumed.status === 'missing') throw new OAuthError('invalid_grant', 'unknown, expired or revoked refresh token');
  const g = consumed.value;
  if (consumed.status === 'recent') {
    const rotation = await awaitRotation(d, token);
    if (rotation !== null) return sameAnswer(d, rotation.clientId, rotation.response, client, token);
  }
  if (consumed.status !== 'ok' || g.clientId !== client.clientId) {
    // Reuse (the storage has revoked the family), a rotation that never finished, or a token shown by
    // another client: all treated as theft.
    await revoke(d, g.familyId, g.tsid, client.clientId);
  }
  const left = g.createdAt + refreshTtlMs(d) - d.now();
  if (left <= 0) throw new OAuthError('invalid_grant', 'the refresh token has expired');
  const scopes = narrowedScopes(params, g.scopes);
  checkTokenResource(params, g.audience);
  const response = await issueTokens(
    d,
    { clientId: g.clientId, subject: g.subject, tsid: g.tsid, scopes, refreshScopes: g.scopes, audience: g.audience, familyId: g.familyId, familyCreatedAt: g.createdAt },
    client,
  );
  if (d.refreshGraceMs > 0) {
    const kept = await d.storage.putRotation(token, g.familyId, { clientId: g.clientId, response: { ...response } }, Math.min(d.refreshGraceMs, left));
    if (!kept) throw new OAuthError('invalid_grant', 'the grant has been revoked');
  }
  return response;
}

/** A retry within the grace window: the earlier answer again, to the same client only. */
async function sameAnswer(d: FlowDeps, ownerId: string, response: Record<string, unknown>, client: RegisteredClient, token: string): Promise<TokenResponse> {
  if (ownerId !== client.clientId) {
    const consumed = await d.storage.consumeRefreshToken(token);
    if (consumed.status !== 'missing') await revoke(d, consumed.value.familyId, consumed.value.tsid, client.clientId);
    throw new OAuthError('invalid_grant', 'the refresh token belongs to another client; its grant is revoked');
  }
  return response as unknown as TokenResponse;
}

async function revoke(d: FlowDeps, familyId: string, tsid: string, clientId: string): Promise<never> {
  await d.storage.revokeRefreshFamily(familyId);
  await d.storage.deleteUpstreamTokens(tsid);
  d.warn('refresh token reused or presented by another client; its grant was revoked', { client_id: clientId });
  throw new OAuthError('invalid_grant', 'the refresh token was already used or belongs to another client; its grant is revoked');
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
