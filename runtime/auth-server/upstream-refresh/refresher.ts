import { setTimeout as sleep } from 'node:timers/promises';
import { StorageError } from '../errors.js';
import { FlowError } from '../flow/errors.js';
import type { UpstreamClient, UpstreamTokenSet } from '../flow/upstream/types.js';
import type { AuthServerStorage, StoredUpstreamTokens } from '../storage/types.js';
import { UpstreamRefreshError } from './errors.js';
import { SingleFlight } from '../../single-flight.js';

/** The upstream clients by name; may discover upstreams on first use (see clients.ts). */
export type RefreshClients = (provider: string) => Promise<Pick<UpstreamClient, 'refresh'> | null>;

export interface UpstreamRefresherOptions {
  storage: AuthServerStorage;
  clients: RefreshClients;
  /** Epoch milliseconds; tests move it. */
  now?: () => number;
  /** A token this close to expiry is refreshed already, so it does not expire on its way to a backend. */
  skewMs?: number;
  /** How long a request waits for another process's refresh of the same row before answering 503. */
  lockWaitMs?: number;
  /** Refresh failures, for operators; messages name the upstream and the error code, never a token. */
  warn?: (message: string) => void;
}

export interface UpstreamRefresher {
  now(): number;
  /** True when the row expires within the skew (rows without expiry never do). */
  due(row: StoredUpstreamTokens): boolean;
  /**
   * The row for (tsid, row.provider) with a live access token: refreshed at the upstream and stored, or
   * the one another request or process stored meanwhile. Throws UpstreamRefreshError; storage failures
   * propagate as StorageError.
   */
  refresh(tsid: string, row: StoredUpstreamTokens): Promise<StoredUpstreamTokens>;
}

export const DEFAULT_REFRESH_SKEW_MS = 30_000;

/** An upstream refresh normally answers within a second; a caller should not hang much longer than that. */
export const DEFAULT_LOCK_WAIT_MS = 5_000;

/**
 * Longer than the slowest refresh a holder can make (discovery 5 s, token request 10 s, JWKS 10 s; see
 * clients.ts and flow/upstream), so the lock never lapses under a live holder and lets a second refresh
 * through. A holder that dies blocks refreshes of that one row for at most this long.
 */
const LOCK_TTL_MS = 30_000;

/** How often a waiting request looks for the holder's result. */
const LOCK_POLL_MS = 50;

/**
 * putUpstreamTokens only lengthens a session's life, so the smallest TTL keeps the session's lifetime as
 * it is; and a session deleted meanwhile (reuse detected, logout) is not brought back for more than a moment.
 */
const KEEP_SESSION_TTL_MS = 1;

/**
 * Refreshes expired upstream tokens for the incoming middleware (after ToolHive's refresher.go).
 * Concurrent refreshes of one (tsid, provider) are deduplicated in this process by a single flight and
 * across processes by a storage lock: upstreams that detect refresh-token reuse (oidc-provider, many
 * others) revoke the whole grant when a rotated-away refresh token comes back, so only one process may
 * use it. A process that does not get the lock waits for the holder's stored result.
 */
export function createUpstreamRefresher(o: UpstreamRefresherOptions): UpstreamRefresher {
  const now = o.now ?? Date.now;
  const skewMs = o.skewMs ?? DEFAULT_REFRESH_SKEW_MS;
  const due = (row: StoredUpstreamTokens) => row.expiresAt !== null && row.expiresAt <= now() + skewMs;
  const r: Refreshing = { storage: o.storage, clients: o.clients, now, due, lockWaitMs: o.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, warn: o.warn ?? (() => undefined) };
  const flights = new SingleFlight<StoredUpstreamTokens>();
  return {
    now,
    due,
    refresh: (tsid, row) => flights.run(`${tsid}\n${row.provider}`, () => refreshNow(r, tsid, row)),
  };
}

/** What the steps of a refresh share. */
interface Refreshing {
  storage: AuthServerStorage;
  clients: RefreshClients;
  now: () => number;
  due: (row: StoredUpstreamTokens) => boolean;
  lockWaitMs: number;
  warn: (message: string) => void;
}

/** Under the storage lock, or waiting for the process that holds it to store its result. */
async function refreshNow(r: Refreshing, tsid: string, seen: StoredUpstreamTokens): Promise<StoredUpstreamTokens> {
  const lock = `upstream-refresh\n${tsid}\n${seen.provider}`;
  // Real time, not `now`: this bounds how long the caller waits, whatever clock the tokens are judged by.
  const deadline = performance.now() + r.lockWaitMs;
  for (;;) {
    const owner = await r.storage.tryLock(lock, LOCK_TTL_MS);
    try {
      // Read after trying the lock: a holder that stored its result and let go just before is seen here.
      const current = await reread(r, tsid, seen);
      if (!r.due(current)) return current;
      if (current.refreshToken === null) {
        throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_IMPOSSIBLE', `upstream ${seen.provider} gave no refresh token, so its expired token cannot be renewed`);
      }
      if (owner !== null) return await refreshAtUpstream(r, tsid, current, current.refreshToken);
    } finally {
      if (owner !== null) await release(r, lock, owner, seen.provider);
    }
    if (performance.now() >= deadline) {
      r.warn(`upstream token refresh for ${seen.provider} waited ${r.lockWaitMs} ms for another process's refresh of the same session in vain`);
      throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_UNAVAILABLE', `another process is refreshing the token of upstream ${seen.provider}; try again`);
    }
    await sleep(LOCK_POLL_MS);
  }
}

/** The stored row, still the same user's: another request may have refreshed it, or ended the session. */
async function reread(r: Refreshing, tsid: string, seen: StoredUpstreamTokens): Promise<StoredUpstreamTokens> {
  const current = (await r.storage.getUpstreamTokens(tsid)).find((row) => row.provider === seen.provider);
  if (current === undefined) throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_IMPOSSIBLE', `the upstream session for ${seen.provider} has ended`);
  if (current.userId !== seen.userId || current.clientId !== seen.clientId) {
    throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_IMPOSSIBLE', `the upstream session for ${seen.provider} changed hands`);
  }
  return current;
}

/** Only under the lock: the refresh token is used here and by no other process. */
async function refreshAtUpstream(r: Refreshing, tsid: string, current: StoredUpstreamTokens, refreshToken: string): Promise<StoredUpstreamTokens> {
  const client = await clientFor(r, current.provider);
  const startedAt = r.now();
  let set: UpstreamTokenSet;
  try {
    set = await client.refresh(refreshToken, current.idToken);
  } catch (e) {
    const code = e instanceof FlowError ? e.code : 'unknown';
    r.warn(`upstream token refresh failed (${code}): ${e instanceof FlowError ? e.message : `upstream ${current.provider}`}`);
    if (code === 'AS_UPSTREAM_UNREACHABLE') throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_UNAVAILABLE', `upstream ${current.provider} is unavailable for a token refresh`);
    throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_REFUSED', `upstream ${current.provider} refused to refresh the token`);
  }
  const next = refreshedRow(current, set, refreshToken, startedAt);
  await r.storage.putUpstreamTokens(tsid, next, KEEP_SESSION_TTL_MS);
  return next;
}

/** The row after a refresh: what the upstream gave, and the rest kept from before. */
function refreshedRow(current: StoredUpstreamTokens, set: UpstreamTokenSet, refreshToken: string, startedAt: number): StoredUpstreamTokens {
  return {
    ...current,
    accessToken: set.accessToken,
    // Rotation: a new refresh token replaces the old one, which the upstream may no longer accept.
    refreshToken: set.refreshToken ?? refreshToken,
    idToken: set.idToken ?? current.idToken,
    tokenType: set.tokenType,
    scope: set.scope ?? current.scope,
    // From when the request left, so a slow answer cannot make the token look younger than it is.
    expiresAt: set.expiresIn === null ? null : startedAt + set.expiresIn * 1000,
  };
}

/**
 * A failed release is only reported: the lock lapses by itself, and the stored result already serves the
 * waiters. A lock found gone means the refresh outlasted LOCK_TTL_MS, so another process may have refreshed too.
 */
async function release(r: Refreshing, lock: string, owner: string, provider: string): Promise<void> {
  try {
    if (!(await r.storage.unlock(lock, owner))) r.warn(`upstream token refresh for ${provider} outlasted its lock (${LOCK_TTL_MS} ms)`);
  } catch (e) {
    r.warn(`could not release the upstream token refresh lock for ${provider} (${e instanceof StorageError ? e.code : 'unknown error'})`);
  }
}

async function clientFor(r: Refreshing, provider: string): Promise<Pick<UpstreamClient, 'refresh'>> {
  let client;
  try {
    client = await r.clients(provider);
  } catch (e) {
    r.warn(`upstream ${provider} not ready for a token refresh (${e instanceof FlowError ? `${e.code}: ${e.message}` : 'unknown error'})`);
    throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_UNAVAILABLE', `upstream ${provider} is unavailable for a token refresh`);
  }
  if (client === null) throw new UpstreamRefreshError('AS_UPSTREAM_REFRESH_IMPOSSIBLE', `upstream ${provider} is no longer configured`);
  return client;
}
