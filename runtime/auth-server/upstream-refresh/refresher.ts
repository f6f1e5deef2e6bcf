import { FlowError } from '../flow/errors.js';
import type { UpstreamClient } from '../flow/upstream/types.js';
import type { AuthServerStorage, StoredUpstreamTokens } from '../storage/types.js';
import { UpstreamRefreshError } from './errors.js';
import { SingleFlight } from './single-flight.js';

/** The upstream clients by name; may discover upstreams on first use (see clients.ts). */
export type RefreshClients = (provider: string) => Promise<Pick<UpstreamClient, 'refresh'> | null>;

export interface UpstreamRefresherOptions {
  storage: AuthServerStorage;
  clients: RefreshClients;
  /** Epoch milliseconds; tests move it. */
  now?: () => number;
  /** A token this close to expiry is refreshed already, so it does not expire on its way to a backend. */
  skewMs?: number;
  /** Refresh failures, for operators; messages name the upstream and the error code, never a token. */
  warn?: (message: string) => void;
}

export interface UpstreamRefresher {
  now(): number;
  /** True when the row expires within the skew (rows without expiry never do). */
  due(row: StoredUpstreamTokens): boolean;
  /**
   * The row for (tsid, row.provider) with a live access token: refreshed at the upstream and stored, or
   * the one another request stored meanwhile. Throws UpstreamRefreshError; storage failures propagate
   * as StorageError.
   */
  refresh(tsid: string, row: StoredUpstreamTokens): Promise<StoredUpstreamTokens>;
}

export const DEFAULT_REFRESH_SKEW_MS = 30_000;

/**
 * putUpstreamTokens only lengthens a session's life, so the smallest TTL keeps the session's lifetime as
 * it is; and a session deleted meanwhile (reuse detected, logout) is not brought back for more than a moment.
 */
const KEEP_SESSION_TTL_MS = 1;

/**
 * Refreshes expired upstream tokens for the incoming middleware (after ToolHive's refresher.go).
 * Concurrent refreshes of one (tsid, provider) are deduplicated in this process. Across processes the
 * storage interface has no lock (its puts overwrite, nothing is set-if-absent), so two replicas may both
 * refresh; when the upstream then refuses the loser's rotated-away refresh token, the winner's stored
 * result is used instead of sending the user to sign in again.
 */
export function createUpstreamRefresher(o: UpstreamRefresherOptions): UpstreamRefresher {
  const now = o.now ?? Date.now;
  const skewMs = o.skewMs ?? DEFAULT_REFRESH_SKEW_MS;
  const warn = o.warn ?? (() => undefined);
  const flights = new SingleFlight<StoredUpstreamTokens>();
  const due = (row: StoredUpstreamTokens) => row.expiresAt !== null && row.expiresAt <= now() + skewMs;
  const reread = async (tsid: string, provider: string) => (await o.storage.getUpstreamTokens(tsid)).find((r) => r.provider === provider) ?? null;

  async function refreshNow(tsid: string, seen: StoredUpstreamTokens): Promise<StoredUpstreamTokens> {
    // Another request may have refreshed since this one read the row; its result is authoritative.
    const current = await reread(tsid, seen.provider);
    if (current === null) throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_IMPOSSIBLE', `the upstream session for ${seen.provider} has ended`);
    if (current.userId !== seen.userId || current.clientId !== seen.clientId) {
      throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_IMPOSSIBLE', `the upstream session for ${seen.provider} changed hands`);
    }
    if (!due(current)) return current;
    if (current.refreshToken === null) {
      throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_IMPOSSIBLE', `upstream ${seen.provider} gave no refresh token, so its expired token cannot be renewed`);
    }
    const client = await clientFor(seen.provider);
    const startedAt = now();
    let set;
    try {
      set = await client.refresh(current.refreshToken, current.idToken);
    } catch (e) {
      const code = e instanceof FlowError ? e.code : 'unknown';
      warn(`upstream token refresh failed (${code}): ${e instanceof FlowError ? e.message : `upstream ${seen.provider}`}`);
      if (code === 'AS_UPSTREAM_UNREACHABLE') throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_UNAVAILABLE', `upstream ${seen.provider} is unavailable for a token refresh`);
      const after = await reread(tsid, seen.provider);
      if (after !== null && after.refreshToken !== current.refreshToken && !due(after)) return after;
      throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_REFUSED', `upstream ${seen.provider} refused to refresh the token`);
    }
    const next: StoredUpstreamTokens = {
      ...current,
      accessToken: set.accessToken,
      // Rotation: a new refresh token replaces the old one, which the upstream may no longer accept.
      refreshToken: set.refreshToken ?? current.refreshToken,
      idToken: set.idToken ?? current.idToken,
      tokenType: set.tokenType,
      scope: set.scope ?? current.scope,
      // From when the request left, so a slow answer cannot make the token look younger than it is.
      expiresAt: set.expiresIn === null ? null : startedAt + set.expiresIn * 1000,
    };
    await o.storage.putUpstreamTokens(tsid, next, KEEP_SESSION_TTL_MS);
    return next;
  }

  async function clientFor(provider: string) {
    let client;
    try {
      client = await o.clients(provider);
    } catch (e) {
      warn(`upstream ${provider} not ready for a token refresh (${e instanceof FlowError ? `${e.code}: ${e.message}` : 'unknown error'})`);
      throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_UNAVAILABLE', `upstream ${provider} is unavailable for a token refresh`);
    }
    if (client === null) throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_IMPOSSIBLE', `upstream ${provider} is no longer configured`);
    return client;
  }

  return {
    now,
    due,
    refresh: (tsid, row) => flights.run(`${tsid}\n${row.provider}`, () => refreshNow(tsid, row)),
  };
}
