import { randomUUID } from 'node:crypto';
import { TokenBucketLimiter } from '../rate-limit.js';
import { assertTtl, parseRecord } from './keys.js';
import { ephemeralKeyring, type StorageKeyring } from './keyring.js';
import { openRotation, openUpstream, sealRotation, sealUpstream } from './sealed-records.js';
import { TtlMap } from './ttl-map.js';
import {
  REVOKED_FAMILY_MARK_MS,
  type AuthServerStorage,
  type AuthorizationCodeGrant,
  type Consumed,
  type PendingAuthorization,
  type PendingConsent,
  type RefreshRotation,
  type RefreshTokenGrant,
  type RegisteredClient,
  type RememberedConsent,
  type StoredUpstreamTokens,
} from './types.js';
import type { RateLimit, RateLimiter } from '../rate-limit.js';

export interface MemoryStorageOptions {
  /** Upper bound per kind of record (clients, pending, consents, codes, refresh tokens, sessions, locks). */
  maxEntries?: number;
  sweepIntervalMs?: number;
  /** Injected clock (epoch ms) so tests can move time. */
  now?: () => number;
  /** Keys for digests and sealing (keyring.ts); default: an ephemeral one. */
  keyring?: StorageKeyring;
}

/** A single-use record: the JSON of the grant, its family, and when it was consumed (a tombstone). */
interface SingleUse {
  json: string;
  familyId: string;
  usedAt: number | null;
}

/**
 * Storage for one process (development, single replica). Records are kept as JSON strings so callers
 * never share objects with the store and both storages behave alike. Records anyone can create (clients,
 * pending sign-ins and consent pages) make room by evicting the oldest when full; the others refuse.
 */
export class MemoryStorage implements AuthServerStorage {
  private readonly clients: TtlMap<string>;
  private readonly pending: TtlMap<string>;
  private readonly consentRequests: TtlMap<string>;
  private readonly consents: TtlMap<string>;
  private readonly browsers: TtlMap<string>;
  private readonly codes: TtlMap<SingleUse>;
  private readonly refresh: TtlMap<SingleUse>;
  private readonly rotations: TtlMap<string>;
  private readonly families: TtlMap<Set<string>>;
  private readonly revokedFamilies: TtlMap<true>;
  private readonly upstream: TtlMap<Map<string, string>>;
  private readonly locks: TtlMap<string>;
  private readonly all: TtlMap<unknown>[];
  private readonly timer: NodeJS.Timeout;
  private readonly keys: StorageKeyring;
  private readonly now: () => number;

  constructor(opts: MemoryStorageOptions = {}) {
    const max = opts.maxEntries ?? 10_000;
    const now = (this.now = opts.now ?? Date.now);
    this.keys = opts.keyring ?? ephemeralKeyring();
    this.clients = new TtlMap('clients', max, now, 'evict');
    this.pending = new TtlMap('pending authorizations', max, now, 'evict');
    this.consentRequests = new TtlMap('consent requests', max, now, 'evict');
    this.consents = new TtlMap('remembered consents', max, now, 'evict');
    this.browsers = new TtlMap('browser links', max, now, 'evict');
    this.codes = new TtlMap('authorization codes', max, now);
    this.refresh = new TtlMap('refresh tokens', max, now);
    this.rotations = new TtlMap('refresh rotations', max, now);
    this.families = new TtlMap('refresh families', max, now);
    this.revokedFamilies = new TtlMap('revoked refresh families', max, now);
    this.upstream = new TtlMap('upstream sessions', max, now);
    this.locks = new TtlMap('locks', max, now);
    this.all = [
      this.clients,
      this.pending,
      this.consentRequests,
      this.consents,
      this.browsers,
      this.codes,
      this.refresh,
      this.rotations,
      this.families,
      this.revokedFamilies,
      this.upstream,
      this.locks,
    ];
    this.timer = setInterval(() => this.sweep(), opts.sweepIntervalMs ?? 60_000);
    // The sweep must not keep a process alive that has nothing else to do.
    this.timer.unref();
  }

  sweep(): void {
    for (const m of this.all) m.sweep();
  }

  /** Records held, expired ones included until swept (for a metrics gauge). */
  get size(): number {
    return this.all.reduce((n, m) => n + m.size, 0);
  }

  async putClient(client: RegisteredClient, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.clients.set(client.clientId, JSON.stringify(client), ttlMs);
  }

  async getClient(clientId: string): Promise<RegisteredClient | null> {
    const json = this.clients.get(clientId);
    return json === undefined ? null : parseRecord<RegisteredClient>(json, 'client');
  }

  async renewClient(clientId: string, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.clients.extend(clientId, ttlMs);
  }

  async putPending(state: string, pending: PendingAuthorization, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.pending.set(this.keys.digest(state), JSON.stringify(pending), ttlMs);
  }

  async takePending(state: string): Promise<PendingAuthorization | null> {
    const json = this.take(this.pending, state);
    return json === undefined ? null : parseRecord<PendingAuthorization>(json, 'pending authorization');
  }

  async putConsentRequest(consentId: string, request: PendingConsent, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.consentRequests.set(this.keys.digest(consentId), JSON.stringify(request), ttlMs);
  }

  async takeConsentRequest(consentId: string): Promise<PendingConsent | null> {
    const json = this.take(this.consentRequests, consentId);
    return json === undefined ? null : parseRecord<PendingConsent>(json, 'consent request');
  }

  async rememberConsent(subject: string, clientId: string, consent: RememberedConsent, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.consents.set(`${this.keys.digest(subject)}:${clientId}`, JSON.stringify(consent), ttlMs);
  }

  async getRememberedConsent(subject: string, clientId: string): Promise<RememberedConsent | null> {
    const json = this.find(this.consents, subject, (d) => `${d}:${clientId}`);
    return json === undefined ? null : parseRecord<RememberedConsent>(json, 'remembered consent');
  }

  async linkBrowser(browser: string, subject: string, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.browsers.set(this.keys.digest(browser), subject, ttlMs);
  }

  async browserUser(browser: string): Promise<string | null> {
    return this.find(this.browsers, browser) ?? null;
  }

  async unlinkBrowser(browser: string): Promise<void> {
    for (const d of this.keys.digests(browser)) this.browsers.delete(d);
  }

  async putCode(code: string, grant: AuthorizationCodeGrant, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.codes.set(this.keys.digest(code), { json: JSON.stringify(grant), familyId: grant.familyId, usedAt: null }, ttlMs);
  }

  async consumeCode(code: string): Promise<Consumed<AuthorizationCodeGrant>> {
    return this.consume<AuthorizationCodeGrant>(this.codes, code, 0, 'authorization code');
  }

  async putRefreshToken(token: string, grant: RefreshTokenGrant, ttlMs: number): Promise<boolean> {
    assertTtl(ttlMs);
    if (this.revokedFamilies.get(grant.familyId) !== undefined) return false;
    const key = this.keys.digest(token);
    // The family first: if either map is full, no token may exist that its family does not list (reuse
    // detection could not revoke it).
    this.addToFamily(grant.familyId, key, ttlMs);
    this.refresh.set(key, { json: JSON.stringify(grant), familyId: grant.familyId, usedAt: null }, ttlMs);
    return true;
  }

  async consumeRefreshToken(token: string, graceMs = 0): Promise<Consumed<RefreshTokenGrant>> {
    return this.consume<RefreshTokenGrant>(this.refresh, token, graceMs, 'refresh token');
  }

  async revokeRefreshFamily(familyId: string): Promise<void> {
    for (const key of this.families.get(familyId) ?? []) {
      this.refresh.delete(key);
      this.rotations.delete(key);
    }
    this.families.delete(familyId);
    this.revokedFamilies.set(familyId, true, REVOKED_FAMILY_MARK_MS);
  }

  async putRotation(oldToken: string, familyId: string, rotation: RefreshRotation, ttlMs: number): Promise<boolean> {
    assertTtl(ttlMs);
    if (this.revokedFamilies.get(familyId) !== undefined) return false;
    const key = this.keys.digest(oldToken);
    this.addToFamily(familyId, key, ttlMs);
    this.rotations.set(key, sealRotation(this.keys, key, rotation), ttlMs);
    return true;
  }

  async getRotation(oldToken: string): Promise<RefreshRotation | null> {
    for (const key of this.keys.digests(oldToken)) {
      const sealed = this.rotations.get(key);
      if (sealed !== undefined) return openRotation(this.keys, key, sealed);
    }
    return null;
  }

  async putUpstreamTokens(tsid: string, tokens: StoredUpstreamTokens, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    const sealed = sealUpstream(this.keys, tsid, tokens);
    const rows = this.upstream.get(tsid);
    if (rows === undefined) {
      this.upstream.set(tsid, new Map([[tokens.provider, sealed]]), ttlMs);
      return;
    }
    rows.set(tokens.provider, sealed);
    this.upstream.extend(tsid, ttlMs);
  }

  async getUpstreamTokens(tsid: string): Promise<StoredUpstreamTokens[]> {
    const rows = this.upstream.get(tsid);
    return rows === undefined ? [] : [...rows].map(([provider, sealed]) => openUpstream(this.keys, tsid, provider, sealed));
  }

  async deleteUpstreamTokens(tsid: string): Promise<void> {
    this.upstream.delete(tsid);
  }

  /** Checks and sets between awaits, which makes it atomic within the process (the only one memory serves). */
  async tryLock(name: string, ttlMs: number): Promise<string | null> {
    assertTtl(ttlMs);
    const key = this.keys.digest(name);
    if (this.locks.get(key) !== undefined) return null;
    const owner = randomUUID();
    this.locks.set(key, owner, ttlMs);
    return owner;
  }

  async unlock(name: string, owner: string): Promise<boolean> {
    const key = this.keys.digest(name);
    if (this.locks.get(key) !== owner) return false;
    this.locks.delete(key);
    return true;
  }

  rateLimiter(_name: string, limit: RateLimit): RateLimiter {
    const buckets = new TokenBucketLimiter({ ...limit, now: this.now });
    return { take: async (callerKey) => buckets.take(this.keys.digest(callerKey)) };
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.timer);
  }

  private addToFamily(familyId: string, key: string, ttlMs: number): void {
    const members = this.families.get(familyId);
    if (members === undefined) this.families.set(familyId, new Set([key]), ttlMs);
    else {
      members.add(key);
      this.families.extend(familyId, ttlMs);
    }
  }

  /** The value under any of the secret's digests (current key first). */
  private find<V>(map: TtlMap<V>, secret: string, keyOf: (digest: string) => string = (d) => d): V | undefined {
    for (const d of this.keys.digests(secret)) {
      const v = map.get(keyOf(d));
      if (v !== undefined) return v;
    }
    return undefined;
  }

  private take(map: TtlMap<string>, secret: string): string | undefined {
    for (const d of this.keys.digests(secret)) {
      const v = map.get(d);
      if (v === undefined) continue;
      map.delete(d);
      return v;
    }
    return undefined;
  }

  /** Runs synchronously between awaits, which makes it atomic within the process. */
  private async consume<T>(map: TtlMap<SingleUse>, secret: string, graceMs: number, what: string): Promise<Consumed<T>> {
    const e = this.find(map, secret);
    if (e === undefined) return { status: 'missing' };
    const value = parseRecord<T>(e.json, what);
    if (e.usedAt !== null) {
      if (this.now() - e.usedAt < graceMs) return { status: 'recent', value };
      await this.revokeRefreshFamily(e.familyId);
      return { status: 'reused', value };
    }
    e.usedAt = this.now();
    return { status: 'ok', value };
  }
}
