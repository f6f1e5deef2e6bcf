import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RedisStoragePlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import { AuthServerError, StorageError } from '../errors.js';
import type { SecretValues } from '../../contract.js';
import { assertTtl, parseRecord, secretKey } from './keys.js';
import { redisOptions } from './redis-options.js';
import { CONSUME, EXTEND, PUT_REFRESH, PUT_UPSTREAM, REVOKE, UNLOCK, runScript } from './redis-scripts.js';
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

/**
 * Storage shared by replicas. Every key starts with the plan's prefix and is written with a TTL. Layout:
 * `client:<id>`, `pending:<sha256(state)>` and `consentreq:<sha256(consent id)>` (strings),
 * `consent:<sha256(browser id)>:<client id>` (string), `code:<sha256>` and `rt:<sha256>` (hash: rec, fam,
 * used), `fam:<family>` (set of rt digests), `famrevoked:<family>`, `up:<tsid>` (hash provider -> JSON),
 * `lock:<sha256(name)>` (string: the owner token; the name's digest, as names carry session ids).
 * Needs Redis 6.2 or later (GETDEL).
 */
export class RedisStorage implements AuthServerStorage {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
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
    await this.run('putPending', () => this.redis.set(this.k('pending:', secretKey(state)), JSON.stringify(pending), 'PX', ttlMs));
  }

  async takePending(state: string): Promise<PendingAuthorization | null> {
    const json = await this.run('takePending', () => this.redis.getdel(this.k('pending:', secretKey(state))));
    return json === null ? null : parseRecord<PendingAuthorization>(json, 'pending authorization');
  }

  async putConsentRequest(consentId: string, request: PendingConsent, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    await this.run('putConsentRequest', () => this.redis.set(this.k('consentreq:', secretKey(consentId)), JSON.stringify(request), 'PX', ttlMs));
  }

  async takeConsentRequest(consentId: string): Promise<PendingConsent | null> {
    const json = await this.run('takeConsentRequest', () => this.redis.getdel(this.k('consentreq:', secretKey(consentId))));
    return json === null ? null : parseRecord<PendingConsent>(json, 'consent request');
  }

  async rememberConsent(browser: string, clientId: string, consent: RememberedConsent, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    await this.run('rememberConsent', () => this.redis.set(this.k('consent:', `${secretKey(browser)}:${clientId}`), JSON.stringify(consent), 'PX', ttlMs));
  }

  async getRememberedConsent(browser: string, clientId: string): Promise<RememberedConsent | null> {
    const json = await this.run('getRememberedConsent', () => this.redis.get(this.k('consent:', `${secretKey(browser)}:${clientId}`)));
    return json === null ? null : parseRecord<RememberedConsent>(json, 'remembered consent');
  }

  async putCode(code: string, grant: AuthorizationCodeGrant, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    const key = this.k('code:', secretKey(code));
    await this.run('putCode', () =>
      this.redis.multi().hset(key, { rec: JSON.stringify(grant), fam: grant.familyId, used: '0' }).pexpire(key, ttlMs).exec(),
    );
  }

  consumeCode(code: string): Promise<Consumed<AuthorizationCodeGrant>> {
    return this.consume<AuthorizationCodeGrant>('consumeCode', this.k('code:', secretKey(code)), 'authorization code');
  }

  async putRefreshToken(token: string, grant: RefreshTokenGrant, ttlMs: number): Promise<boolean> {
    assertTtl(ttlMs);
    const digest = secretKey(token);
    const keys = [this.k('rt:', digest), this.k('fam:', grant.familyId), this.k('famrevoked:', grant.familyId)];
    const stored = await this.run('putRefreshToken', () => runScript(this.redis, PUT_REFRESH, keys, [JSON.stringify(grant), grant.familyId, ttlMs, digest]));
    return stored === 1;
  }

  consumeRefreshToken(token: string): Promise<Consumed<RefreshTokenGrant>> {
    return this.consume<RefreshTokenGrant>('consumeRefreshToken', this.k('rt:', secretKey(token)), 'refresh token');
  }

  async revokeRefreshFamily(familyId: string): Promise<void> {
    await this.run('revokeRefreshFamily', () => runScript(this.redis, REVOKE, [this.k('fam:', familyId)], [this.prefix, familyId, REVOKED_FAMILY_MARK_MS]));
  }

  async putUpstreamTokens(tsid: string, tokens: StoredUpstreamTokens, ttlMs: number): Promise<void> {
    assertTtl(ttlMs);
    await this.run('putUpstreamTokens', () => runScript(this.redis, PUT_UPSTREAM, [this.k('up:', tsid)], [tokens.provider, JSON.stringify(tokens), ttlMs]));
  }

  async getUpstreamTokens(tsid: string): Promise<StoredUpstreamTokens[]> {
    const rows = await this.run('getUpstreamTokens', () => this.redis.hgetall(this.k('up:', tsid)));
    return Object.values(rows).map((j) => parseRecord<StoredUpstreamTokens>(j, 'upstream tokens'));
  }

  async deleteUpstreamTokens(tsid: string): Promise<void> {
    await this.run('deleteUpstreamTokens', () => this.redis.del(this.k('up:', tsid)));
  }

  async tryLock(name: string, ttlMs: number): Promise<string | null> {
    assertTtl(ttlMs);
    const owner = randomUUID();
    const set = await this.run('tryLock', () => this.redis.set(this.k('lock:', secretKey(name)), owner, 'PX', ttlMs, 'NX'));
    return set === 'OK' ? owner : null;
  }

  async unlock(name: string, owner: string): Promise<boolean> {
    const released = await this.run('unlock', () => runScript(this.redis, UNLOCK, [this.k('lock:', secretKey(name))], [owner]));
    return released === 1;
  }

  async ping(): Promise<void> {
    await this.run('ping', () => this.redis.ping());
  }

  async close(): Promise<void> {
    // quit() waits for pending replies; when the server is gone it would wait for reconnects, so disconnect.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  private async consume<T>(op: string, key: string, what: string): Promise<Consumed<T>> {
    const reply = (await this.run(op, () => runScript(this.redis, CONSUME, [key], [this.prefix, REVOKED_FAMILY_MARK_MS]))) as [string, string?];
    const [status, json] = reply;
    if (status === 'missing' || json === undefined) return { status: 'missing' };
    return { status: status === 'reused' ? 'reused' : 'ok', value: parseRecord<T>(json, what) };
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
  /** Connection errors are reported here (the client reconnects by itself); without it they are dropped. */
  onError?: (err: StorageError) => void;
}

/** Connects to the plan's Redis. Does not wait for the connection: `ping()` tells readiness. */
export function openRedisStorage(plan: DeepReadonly<RedisStoragePlan>, opts: OpenRedisOptions): RedisStorage {
  const redis = new Redis(redisOptions(plan, opts.secrets));
  // Without a listener ioredis prints every reconnect error to the console.
  redis.on('error', (e: Error) => opts.onError?.(new StorageError('AS_STORAGE_UNAVAILABLE', `redis connection: ${e.message.split('\n')[0]}`)));
  return new RedisStorage(redis, plan.keyPrefix);
}
