import { randomUUID } from 'node:crypto';
import { assertTtl, parseRecord, secretKey } from './keys.js';
import { TtlMap } from './ttl-map.js';
import {
  REVOKED_FAMILY_MARK_MS,
  type AuthServerStorage,
  type AuthorizationCodeGrant,
  type Consumed,
  type PendingAuthorization,
  type PendingConsent,
  type RefreshTokenGrant,
  type RegisteredClient,
  type RememberedConsent,
  type StoredUpstreamTokens,
} from './types.js';

export interface MemoryStorageOptions {
  /** Upper bound per kind of record (clients, pending, consents, codes, refresh tokens, sessions, locks). */
  maxEntries?: number;
  sweepIntervalMs?: number;
  /** Injected clock (epoch ms) so tests can move time. */
  now?: () => number;
}

/** A single-use record: the JSON of the grant, its family, and whether it was consumed (a tombstone). */
interface SingleUse {
  json: string;
  familyId: string;
  used: boolean;
}

/**
 * Storage for one process (development, single replica). Records are kept as JSON strings so callers
 * never share objects with the store and both storages behave alike.
 */
export class MemoryStorage implements AuthServerStorage {
  private readonly clients: TtlMap<string>;
  private readonly pending: TtlMap<string>;
  private readonly consentRequests: TtlMap<string>;
  private readonly consents: TtlMap<string>;
  private readonly codes: TtlMap<SingleUse>;
  private readonly refresh: TtlMap<SingleUse>;
  private readonly families: TtlMap<Set<string>>;
  private readonly revokedFamilies: TtlMap<true>;
  private readonly upstream: TtlMap<Map<string, string>>;
  private readonly locks: TtlMap<string>;
  private readonly all: TtlMap<unknown>[];
  private readonly timer: NodeJS.Timeout;

  constructor(opts: MemoryStorageOptions = {}) {
    const max = opts.maxEntries ?? 10_000;
    const now = opts.now ?? Date.now;
    this.clients = new TtlMap('clients', max, now);
    this.pending = new TtlMap('pending authorizations', max, now);
    this.consentRequests = new TtlMap('consent requests', max, now);
    this.consents = new TtlMap('remembered consents', max, now);
    this.codes = new TtlMap('authorization codes', max, now);
    this.refresh = new TtlMap('refresh tokens', max, now);
    this.families = new TtlMap('refresh families', max, now);
    this.revokedFamilies = new TtlMap('revoked refresh families', max, now);
    this.upstream = new TtlMap('upstream sessions', max, now);
    this.locks = new TtlMap('locks', max, now);
    this.all = [this.clients, this.pending, this.consentRequests, this.consents, this.codes, this.refresh, this.families, this.revokedFamilies, this.upstream, this.locks];
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
    this.pending.set(secretKey(state), JSON.stringify(pending), ttlMs);
  }

  async takePending(state: string): Promise<PendingAuthorization | null> {
    const key = secretKey(state);
    const json = this.pending.get(key);
    this.pending.delete(key);
    return json === undefined ? null : parseRecord<PendingAuthorization>(json, 'pending authorization');
  }

  async putConsentRequest(consentId: string, request: PendingConsent, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.consentRequests.set(secretKey(consentId), JSON.stringify(request), ttlMs);
  }

  async takeConsentRequest(consentId: string): Promise<PendingConsent | null> {
    const key = secretKey(consentId);
    const json = this.consentRequests.get(key);
    this.consentRequests.delete(key);
    return json === undefined ? null : parseRecord<PendingConsent>(json, 'consent request');
  }

  async rememberConsent(browser: string, clientId: string, consent: RememberedConsent, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.consents.set(`${secretKey(browser)}:${clientId}`, JSON.stringify(consent), ttlMs);
  }

  async getRememberedConsent(browser: string, clientId: string): Promise<RememberedConsent | null> {
    const json = this.consents.get(`${secretKey(browser)}:${clientId}`);
    return json === undefined ? null : parseRecord<RememberedConsent>(json, 'remembered consent');
  }

  async putCode(code: string, grant: AuthorizationCodeGrant, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    this.codes.set(secretKey(code), { json: JSON.stringify(grant), familyId: grant.familyId, used: false }, ttlMs);
  }

  async consumeCode(code: string): Promise<Consumed<AuthorizationCodeGrant>> {
    return this.consume<AuthorizationCodeGrant>(this.codes, secretKey(code), 'authorization code');
  }

  async putRefreshToken(token: string, grant: RefreshTokenGrant, ttlMs: number): Promise<boolean> {
    assertTtl(ttlMs);
    if (this.revokedFamilies.get(grant.familyId) !== undefined) return false;
    const key = secretKey(token);
    // The family first: if either map is full, no token may exist that its family does not list (reuse
    // detection could not revoke it).
    let members = this.families.get(grant.familyId);
    if (members === undefined) this.families.set(grant.familyId, (members = new Set()), ttlMs);
    else this.families.extend(grant.familyId, ttlMs);
    this.refresh.set(key, { json: JSON.stringify(grant), familyId: grant.familyId, used: false }, ttlMs);
    members.add(key);
    return true;
  }

  async consumeRefreshToken(token: string): Promise<Consumed<RefreshTokenGrant>> {
    return this.consume<RefreshTokenGrant>(this.refresh, secretKey(token), 'refresh token');
  }

  async revokeRefreshFamily(familyId: string): Promise<void> {
    for (const key of this.families.get(familyId) ?? []) this.refresh.delete(key);
    this.families.delete(familyId);
    this.revokedFamilies.set(familyId, true, REVOKED_FAMILY_MARK_MS);
  }

  async putUpstreamTokens(tsid: string, tokens: StoredUpstreamTokens, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    const rows = this.upstream.get(tsid);
    if (rows === undefined) {
      this.upstream.set(tsid, new Map([[tokens.provider, JSON.stringify(tokens)]]), ttlMs);
      return;
    }
    rows.set(tokens.provider, JSON.stringify(tokens));
    this.upstream.extend(tsid, ttlMs);
  }

  async getUpstreamTokens(tsid: string): Promise<StoredUpstreamTokens[]> {
    const rows = this.upstream.get(tsid);
    return rows === undefined ? [] : [...rows.values()].map((j) => parseRecord<StoredUpstreamTokens>(j, 'upstream tokens'));
  }

  async deleteUpstreamTokens(tsid: string): Promise<void> {
    this.upstream.delete(tsid);
  }

  /** Checks and sets between awaits, which makes it atomic within the process (the only one memory serves). */
  async tryLock(name: string, ttlMs: number): Promise<string | null> {
    assertTtl(ttlMs);
    const key = secretKey(name);
    if (this.locks.get(key) !== undefined) return null;
    const owner = randomUUID();
    this.locks.set(key, owner, ttlMs);
    return owner;
  }

  async unlock(name: string, owner: string): Promise<boolean> {
    const key = secretKey(name);
    if (this.locks.get(key) !== owner) return false;
    this.locks.delete(key);
    return true;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.timer);
  }

  /** Runs synchronously between awaits, which makes it atomic within the process. */
  private async consume<T>(map: TtlMap<SingleUse>, key: string, what: string): Promise<Consumed<T>> {
    const e = map.get(key);
    if (e === undefined) return { status: 'missing' };
    const value = parseRecord<T>(e.json, what);
    if (e.used) {
      await this.revokeRefreshFamily(e.familyId);
      return { status: 'reused', value };
    }
    e.used = true;
    return { status: 'ok', value };
  }
}
