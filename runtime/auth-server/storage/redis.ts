import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RedisStoragePlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import { AuthServerError, StorageError } from '../errors.js';
import type { SecretValues } from '../../contract.js';
import { assertTtl, parseRecord } from './keys.js';
import { ephemeralKeyring, type StorageKeyring } from './keyring.js';
import { redisOptions } from './redis-options.js';
import { CONSUME, EXTEND, PUT_REFRESH, PUT_ROTATION, PUT_UPSTREAM, REVOKE, TAKE_TOKEN, UNLOCK, runScript } from './redis-scripts.js';
import { openRotation, openUpstream, sealRotation, sealUpstream } from './sealed-records.js';
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

/**
 * Storage shared by replicas. Every key starts with the plan's prefix and is written with a TTL. `<d(x)>`
 * is x's keyed digest (keyring.ts), so a dump or key listing holds no usable code, token, state or id.
 * Layout: `client:<id>`, `pending:<d(state)>` and `consentreq:<d(consent id)>` (strings),
 * `consent:<d(subject)>:<client id>` and `browser:<d(browser id)>` (strings), `code:<d>` and `rt:<d>`
 * (hash: rec, fam, used = ms of first use or 0), `rot:<d(old refresh token)>` (sealed string),
 * `fam:<family>` (set of digests: rt and rot members), `famrevoked:<family>`, `up:<tsid>` (hash provider ->
 * sealed JSON), `lock:<d(name)>` (the owner token), `rl:<limiter>:<d(caller)>` (hash: tokens, at).
 * Needs Redis 6.2 or later (GETDEL).
 */
export class RedisStorage implements AuthServerStorage {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly keys: StorageKeyring = ephemeralKeyring(),
  ) {}

  async putClient(client: RegisteredClient, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    await this.run('putClient', () => this.redis.set(this.k('client:', client.clientId), JSON.stringify(client), 'PX', ttlMs));
  }

  async getClient(clientId: string): Promise<RegisteredClient | null> {
    const json = await this.run('getClient', () => this.redis.get(this.k('client:', clientId)));
    return json === null ? null : parseRecord<RegisteredClient>(json, 'client');
  }

  async renewClient(clientId: string, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    await this.run('renewClient', () => runScript(this.redis, EXTEND, [this.k('client:', clientId)], [ttlMs]));
  }

  async putPending(state: string, pending: PendingAuthorization, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    await this.run('putPending', () => this.redis.set(this.k('pending:', this.keys.digest(state)), JSON.stringify(pending), 'PX', ttlMs));
  }

  async takePending(state: string): Promise<PendingAuthorization | null> {
    const json = await this.firstOf(state, (d) => this.run('takePending', () => this.redis.getdel(this.k('pending:', d))));
    return json === null ? null : parseRecord<PendingAuthorization>(json, 'pending authorization');
  }

  async putConsentRequest(consentId: string, request: PendingConsent, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    await this.run('putConsentRequest', () => this.redis.set(this.k('consentreq:', this.keys.digest(consentId)), JSON.stringify(request), 'PX', ttlMs));
  }

  async takeConsentRequest(consentId: string): Promise<PendingConsent | null> {
    const json = await this.firstOf(consentId, (d) => this.run('takeConsentRequest', () => this.redis.getdel(this.k('consentreq:', d))));
    return json === null ? null : parseRecord<PendingConsent>(json, 'consent request');
  }

  async rememberConsent(subject: string, clientId: string, consent: RememberedConsent, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    await this.run('rememberConsent', () => this.redis.set(this.k('consent:', `${this.keys.digest(subject)}:${clientId}`), JSON.stringify(consent), 'PX', ttlMs));
  }

  async getRememberedConsent(subject: string, clientId: string): Promise<RememberedConsent | null> {
    const json = await this.firstOf(subject, (d) => this.run('getRememberedConsent', () => this.redis.get(this.k('consent:', `${d}:${clientId}`))));
    return json === null ? null : parseRecord<RememberedConsent>(json, 'remembered consent');
  }

  async linkBrowser(browser: string, subject: string, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    await this.run('linkBrowser', () => this.redis.set(this.k('browser:', this.keys.digest(browser)), subject, 'PX', ttlMs));
  }

  browserUser(browser: string): Promise<string | null> {
    return this.firstOf(browser, (d) => this.run('browserUser', () => this.redis.get(this.k('browser:', d))));
  }

  async unlinkBrowser(browser: string): Promise<void> {
    const keys = this.keys.digests(browser).map((d) => this.k('browser:', d));
    await this.run('unlinkBrowser', () => this.redis.del(...keys));
  }

  async putCode(code: string, grant: AuthorizationCodeGrant, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    const key = this.k('code:', this.keys.digest(code));
    await this.run('putCode', () =>
      this.redis.multi().hset(key, { rec: JSON.stringify(grant), fam: grant.familyId, used: '0' }).pexpire(key, ttlMs).exec(),
    );
  }

  consumeCode(code: string): Promise<Consumed<AuthorizationCodeGrant>> {
    return this.consume<AuthorizationCodeGrant>('consumeCode', 'code:', code, 0, 'authorization code');
  }

  async putRefreshToken(token: string, grant: RefreshTokenGrant, ttlMs: number): Promise<boolean> {
    assertTtl(ttlMs);
    const digest = this.keys.digest(token);
    const keys = [this.k('rt:', digest), this.k('fam:', grant.familyId), this.k('famrevoked:', grant.familyId)];
    const stored = await this.run('putRefreshToken', () => runScript(this.redis, PUT_REFRESH, keys, [JSON.stringify(grant), grant.familyId, ttlMs, digest]));
    return stored === 1;
  }

  consumeRefreshToken(token: string, graceMs = 0): Promise<Consumed<RefreshTokenGrant>> {
    return this.consume<RefreshTokenGrant>('consumeRefreshToken', 'rt:', token, graceMs, 'refresh token');
  }

  async revokeRefreshFamily(familyId: string): Promise<void> {
    await this.run('revokeRefreshFamily', () => runScript(this.redis, REVOKE, [this.k('fam:', familyId)], [this.prefix, familyId, REVOKED_FAMILY_MARK_MS]));
  }

  async putRotation(oldToken: string, familyId: string, rotation: RefreshRotation, ttlMs: number): Promise<boolean> {
    assertTtl(ttlMs);
    const digest = this.keys.digest(oldToken);
    const keys = [this.k('rot:', digest), this.k('fam:', familyId), this.k('famrevoked:', familyId)];
    const stored = await this.run('putRotation', () => runScript(this.redis, PUT_ROTATION, keys, [sealRotation(this.keys, digest, rotation), ttlMs, digest]));
    return stored === 1;
  }

  async getRotation(oldToken: string): Promise<RefreshRotation | null> {
    for (const digest of this.keys.digests(oldToken)) {
      const sealed = await this.run('getRotation', () => this.redis.get(this.k('rot:', digest)));
      if (sealed !== null) return openRotation(this.keys, digest, sealed);
    }
    return null;
  }

  async putUpstreamTokens(tsid: string, tokens: StoredUpstreamTokens, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    const sealed = sealUpstream(this.keys, tsid, tokens);
    await this.run('putUpstreamTokens', () => runScript(this.redis, PUT_UPSTREAM, [this.k('up:', tsid)], [tokens.provider, sealed, ttlMs]));
  }

  async getUpstreamTokens(tsid: string): Promise<StoredUpstreamTokens[]> {
    const rows = await this.run('getUpstreamTokens', () => this.redis.hgetall(this.k('up:', tsid)));
    return Object.entries(rows).map(([provider, sealed]) => openUpstream(this.keys, tsid, provider, sealed));
  }

  async deleteUpstreamTokens(tsid: string): Promise<void> {
    await this.run('deleteUpstreamTokens', () => this.redis.del(this.k('up:', tsid)));
  }

  async tryLock(name: string, ttlMs: number): Promise<string | null> {
    assertTtl(ttlMs);
    const owner = randomUUID();
    const set = await this.run('tryLock', () => this.redis.set(this.k('lock:', this.keys.digest(name)), owner, 'PX', ttlMs, 'NX'));
    return set === 'OK' ? owner : null;
  }

  async unlock(name: string, owner: string): Promise<boolean> {
    const released = await this.run('unlock', () => runScript(this.redis, UNLOCK, [this.k('lock:', this.keys.digest(name))], [owner]));
    return released === 1;
  }

  rateLimiter(name: string, limit: RateLimit): RateLimiter {
    return {
      take: async (callerKey) => {
        const key = this.k(`rl:${name}:`, this.keys.digest(callerKey));
        const [ok, waitMs] = (await this.run('rateLimit', () => runScript(this.redis, TAKE_TOKEN, [key], [limit.burst, limit.perSecond]))) as [number, number];
        return ok === 1 ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      },
    };
  }

  async ping(): Promise<void> {
    await this.run('ping', () => this.redis.ping());
  }

  async close(): Promise<void> {
    // quit() waits for pending replies; when the server is gone it would wait for reconnects, so disconnect.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  private async consume<T>(op: string, kind: string, secret: string, graceMs: number, what: string): Promise<Consumed<T>> {
    for (const digest of this.keys.digests(secret)) {
      const [status, json] = (await this.run(op, () => runScript(this.redis, CONSUME, [this.k(kind, digest)], [this.prefix, REVOKED_FAMILY_MARK_MS, graceMs]))) as [string, string?];
      if (status === 'missing' || json === undefined) continue;
      const value = parseRecord<T>(json, what);
      return status === 'reused' || status === 'recent' ? { status, value } : { status: 'ok', value };
    }
    return { status: 'missing' };
  }

  /** The first non-null answer of `read` over the secret's digests (current key first). */
  private async firstOf(secret: string, read: (digest: string) => Promise<string | null>): Promise<string | null> {
    for (const digest of this.keys.digests(secret)) {
      const v = await read(digest);
      if (v !== null) return v;
    }
    return null;
  }

  private k(kind: string, id: string): string {
    return `${this.prefix}${kind}${id}`;
  }

  /**
   * Every Redis failure becomes AS_STORAGE_UNAVAILABLE. Only the error's name and message are kept: ioredis
   * attaches the command and its arguments (tokens) to its errors, and those must not reach a log.
   */
  private async run<T>(op: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof AuthServerError) throw e;
      const detail = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : 'unknown error';
      throw new StorageError('AS_STORAGE_UNAVAILABLE', `redis ${op} failed (${detail})`);
    }
  }
}

export interface OpenRedisOptions {
  /** The plan's secrets, resolved at start (runtime/secrets.ts). */
  secrets: SecretValues;
  /** Keys for digests and sealing (keyring.ts); default: an ephemeral one. */
  keyring?: StorageKeyring;
  /** Connection errors are reported here (the client reconnects by itself); without it they are dropped. */
  onError?: (err: StorageError) => void;
}

/** Connects to the plan's Redis. Does not wait for the connection: `ping()` tells readiness. */
export function openRedisStorage(plan: DeepReadonly<RedisStoragePlan>, opts: OpenRedisOptions): RedisStorage {
  const redis = new Redis(redisOptions(plan, opts.secrets));
  // Without a listener ioredis prints every reconnect error to the console.
  redis.on('error', (e: Error) => opts.onError?.(new StorageError('AS_STORAGE_UNAVAILABLE', `redis connection: ${e.message.split('\n')[0]}`)));
  return new RedisStorage(redis, plan.keyPrefix, opts.keyring);
}
