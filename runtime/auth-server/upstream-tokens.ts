import { UpstreamTokensError, type Identity, type UpstreamToken, type UpstreamTokenLoader } from '../contract.js';
import { StorageError, UpstreamSessionError } from './errors.js';
import type { AuthServerStorage, StoredUpstreamTokens } from './storage/types.js';
import { UpstreamRefreshError } from './upstream-refresh/errors.js';
import type { UpstreamRefresher } from './upstream-refresh/refresher.js';

/**
 * Loads the upstream tokens a vmcp JWT's `tsid` names, for the incoming middleware (Mode B). Claims must
 * come from a verified JWT. Refuses when nothing is stored (401: authenticate again) and when the tokens
 * were stored for another user or client: a tsid alone must never unlock someone else's tokens (ToolHive
 * looks up by tsid only). With a refresher, a token that has expired (or is about to) is refreshed, and
 * one that cannot be throws UpstreamRefreshError for the whole request, as ToolHive does; without one,
 * expired tokens are left out. Storage failures propagate as StorageError (503).
 */
export async function loadUpstreamTokens(
  storage: AuthServerStorage,
  claims: Readonly<Record<string, unknown>>,
  now: number = Date.now(),
  refresher?: UpstreamRefresher,
): Promise<NonNullable<Identity['upstreamTokens']>> {
  const { tsid, sub, client_id: clientId } = claims;
  if (typeof tsid !== 'string' || tsid === '' || typeof sub !== 'string') {
    throw new UpstreamSessionError('AS_UPSTREAM_SESSION_NOT_FOUND', 'the token names no upstream session (tsid and sub are required)');
  }
  const rows = await storage.getUpstreamTokens(tsid);
  if (rows.length === 0) throw new UpstreamSessionError('AS_UPSTREAM_SESSION_NOT_FOUND', 'no upstream tokens are stored for this session');
  if (rows.some((r) => r.userId !== sub || (typeof clientId === 'string' && r.clientId !== clientId))) {
    throw new UpstreamSessionError('AS_UPSTREAM_SESSION_OTHER_USER', 'the upstream session belongs to another user or client');
  }
  const live = await Promise.all(rows.map((r) => (refresher?.due(r) ? renewed(refresher, tsid, r, now) : r)));
  const tokens: Record<string, UpstreamToken> = {};
  for (const r of live) {
    if (r.expiresAt !== null && r.expiresAt <= now) continue;
    tokens[r.provider] = Object.freeze({ accessToken: r.accessToken, tokenType: r.tokenType, expiresAt: r.expiresAt, scope: r.scope });
  }
  return Object.freeze(tokens);
}

/** A token refreshed within the skew, before it expires, is still good when the refresh fails: use it. */
async function renewed(refresher: UpstreamRefresher, tsid: string, row: StoredUpstreamTokens, now: number): Promise<StoredUpstreamTokens> {
  try {
    return await refresher.refresh(tsid, row);
  } catch (e) {
    if (e instanceof UpstreamRefreshError && row.expiresAt !== null && row.expiresAt > now) return row;
    throw e;
  }
}

export interface UpstreamTokenHookOptions {
  /** Refreshes expired tokens; without it they are left out (the backend then refuses the call). */
  refresher?: UpstreamRefresher;
}

/**
 * The incoming middleware's hook (contract.ts): our typed errors become its two outcomes, 401 to
 * re-authenticate and 503 while storage or an upstream is down. A token without `tsid` (not one of
 * ours) loads nothing.
 */
export function upstreamTokenHook(storage: AuthServerStorage, o: UpstreamTokenHookOptions = {}): UpstreamTokenLoader {
  return async (claims) => {
    if (claims.tsid === undefined) return null;
    try {
      return await loadUpstreamTokens(storage, claims, o.refresher?.now() ?? Date.now(), o.refresher);
    } catch (e) {
      if (e instanceof UpstreamSessionError) throw new UpstreamTokensError('reauthenticate', e.message);
      if (e instanceof UpstreamRefreshError) throw new UpstreamTokensError(e.code === 'AS_UPSTREAM_REFRESH_UNAVAILABLE' ? 'unavailable' : 'reauthenticate', e.message);
      // A record that does not parse will not heal by waiting; signing in again starts a fresh session.
      if (e instanceof StorageError && e.code === 'AS_STORAGE_CORRUPT') throw new UpstreamTokensError('reauthenticate', e.message);
      if (e instanceof StorageError) throw new UpstreamTokensError('unavailable', e.message);
      throw e;
    }
  };
}
