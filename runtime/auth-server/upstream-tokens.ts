import { UpstreamTokensError, type Identity, type UpstreamToken, type UpstreamTokenLoader } from '../contract.js';
import { StorageError, UpstreamSessionError } from './errors.js';
import type { AuthServerStorage } from './storage/types.js';

/**
 * Loads the upstream tokens a vmcp JWT's `tsid` names, for the incoming middleware (Mode B). Claims must
 * come from a verified JWT. Refuses when nothing is stored (401: authenticate again) and when the tokens
 * were stored for another user or client: a tsid alone must never unlock someone else's tokens (ToolHive
 * looks up by tsid only). Expired tokens are left out. Storage failures propagate as StorageError (503).
 */
export async function loadUpstreamTokens(
  storage: AuthServerStorage,
  claims: Readonly<Record<string, unknown>>,
  now: number = Date.now(),
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
  const tokens: Record<string, UpstreamToken> = {};
  for (const r of rows) {
    if (r.expiresAt !== null && r.expiresAt <= now) continue;
    tokens[r.provider] = Object.freeze({ accessToken: r.accessToken, tokenType: r.tokenType, expiresAt: r.expiresAt, scope: r.scope });
  }
  return Object.freeze(tokens);
}

/**
 * The incoming middleware's hook (contract.ts): our typed errors become its two outcomes, 401 to
 * re-authenticate and 503 while storage is down. A token without `tsid` (not one of ours) loads nothing.
 */
export function upstreamTokenHook(storage: AuthServerStorage): UpstreamTokenLoader {
  return async (claims) => {
    if (claims.tsid === undefined) return null;
    try {
      return await loadUpstreamTokens(storage, claims);
    } catch (e) {
      if (e instanceof UpstreamSessionError) throw new UpstreamTokensError('reauthenticate', e.message);
      // A record that does not parse will not heal by waiting; signing in again starts a fresh session.
      if (e instanceof StorageError && e.code === 'AS_STORAGE_CORRUPT') throw new UpstreamTokensError('reauthenticate', e.message);
      if (e instanceof StorageError) throw new UpstreamTokensError('unavailable', e.message);
      throw e;
    }
  };
}
