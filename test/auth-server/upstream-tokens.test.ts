import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError, UpstreamSessionError } from '../../runtime/auth-server/errors.js';
import { MemoryStorage } from '../../runtime/auth-server/storage/memory.js';
import { openRedisStorage } from '../../runtime/auth-server/storage/redis.js';
import type { AuthServerStorage } from '../../runtime/auth-server/storage/types.js';
import { loadUpstreamTokens, upstreamTokenHook } from '../../runtime/auth-server/upstream-tokens.js';
import { UpstreamTokensError } from '../../runtime/contract.js';
import { secret, upstreamTokens } from './helpers/records.js';
import { redisPlan } from './helpers/redis-plan.js';
import { deadRedisAddr, startRedis, type RedisProcess } from './helpers/redis-server.js';
import { noSecrets } from './helpers/secrets.js';

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

const NOW = 1_800_000_000_000;
const HOUR = 3_600_000;

const storages: [string, () => AuthServerStorage][] = [
  ['memory', () => new MemoryStorage()],
  ['redis', () => openRedisStorage(redisPlan(redis.port), { secrets: noSecrets })],
];

describe.each(storages)('upstream token loader on %s storage', (_name, make) => {
  async function session(rows: Parameters<typeof upstreamTokens>[0][]) {
    const s = make();
    const tsid = secret();
    for (const r of rows) await s.putUpstreamTokens(tsid, upstreamTokens(r), HOUR);
    return { s, tsid };
  }

  it('returns the live tokens by provider for the user they were stored for', async () => {
    const corp = upstreamTokens({ provider: 'corp', expiresAt: NOW + 60_000 });
    const gh = upstreamTokens({ provider: 'github', expiresAt: null, scope: null });
    const { s, tsid } = await session([corp, gh]);
    const tokens = await loadUpstreamTokens(s, { sub: 'user-1', tsid, client_id: 'c1' }, NOW);
    expect(tokens).toEqual({
      corp: { accessToken: corp.accessToken, tokenType: 'Bearer', expiresAt: NOW + 60_000, scope: 'openid' },
      github: { accessToken: gh.accessToken, tokenType: 'Bearer', expiresAt: null, scope: null },
    });
    expect(Object.isFrozen(tokens)).toBe(true);
    expect(JSON.stringify(tokens)).not.toContain(corp.refreshToken!);
    await s.close();
  });

  it('leaves out expired tokens', async () => {
    const { s, tsid } = await session([
      { provider: 'corp', expiresAt: NOW },
      { provider: 'github', expiresAt: NOW + 1 },
    ]);
    expect(Object.keys(await loadUpstreamTokens(s, { sub: 'user-1', tsid }, NOW))).toEqual(['github']);
    await s.close();
  });

  it('refuses a tsid whose tokens belong to another user, loading none of them', async () => {
    const { s, tsid } = await session([{ provider: 'corp', userId: 'victim' }]);
    const err = await loadUpstreamTokens(s, { sub: 'attacker', tsid }, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamSessionError);
    expect(err).toMatchObject({ code: 'AS_UPSTREAM_SESSION_OTHER_USER' });
    expect((err as Error).message).not.toContain(tsid);
    await s.close();
  });

  it('refuses when any row of the session belongs to another user', async () => {
    const { s, tsid } = await session([{ provider: 'corp', userId: 'user-1' }, { provider: 'github', userId: 'someone-else' }]);
    await expect(loadUpstreamTokens(s, { sub: 'user-1', tsid }, NOW)).rejects.toMatchObject({ code: 'AS_UPSTREAM_SESSION_OTHER_USER' });
    await s.close();
  });

  it('refuses tokens stored for another client of the same user', async () => {
    const { s, tsid } = await session([{ provider: 'corp', clientId: 'c1' }]);
    await expect(loadUpstreamTokens(s, { sub: 'user-1', tsid, client_id: 'c2' }, NOW)).rejects.toMatchObject({ code: 'AS_UPSTREAM_SESSION_OTHER_USER' });
    await s.close();
  });

  it('refuses an unknown tsid and a token without tsid as not found', async () => {
    const s = make();
    await expect(loadUpstreamTokens(s, { sub: 'user-1', tsid: secret() }, NOW)).rejects.toMatchObject({ code: 'AS_UPSTREAM_SESSION_NOT_FOUND' });
    await expect(loadUpstreamTokens(s, { sub: 'user-1' }, NOW)).rejects.toMatchObject({ code: 'AS_UPSTREAM_SESSION_NOT_FOUND' });
    await expect(loadUpstreamTokens(s, { sub: 'user-1', tsid: 42 }, NOW)).rejects.toMatchObject({ code: 'AS_UPSTREAM_SESSION_NOT_FOUND' });
    await s.close();
  });
});

describe('upstream token loader when storage is down', () => {
  it('fails with a StorageError (AS_STORAGE_UNAVAILABLE), not a session error', async () => {
    const s = openRedisStorage(redisPlan(0, { addr: deadRedisAddr(), dialTimeoutMs: 200 }), { secrets: noSecrets });
    const err = await loadUpstreamTokens(s, { sub: 'user-1', tsid: secret() }, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ code: 'AS_STORAGE_UNAVAILABLE' });
    await s.close();
  });
});

describe('upstream token hook for the incoming middleware', () => {
  it('loads nothing (null) for a token without tsid, which is not one of our session tokens', async () => {
    expect(await upstreamTokenHook(new MemoryStorage())({ sub: 'user-1' })).toBeNull();
  });

  it('turns a session refusal into "reauthenticate" (401) and a storage outage into "unavailable" (503)', async () => {
    const refused = await upstreamTokenHook(new MemoryStorage())({ sub: 'user-1', tsid: secret() }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UpstreamTokensError);
    expect(refused).toMatchObject({ code: 'reauthenticate' });
    const down = openRedisStorage(redisPlan(0, { addr: deadRedisAddr(), dialTimeoutMs: 200 }), { secrets: noSecrets });
    await expect(upstreamTokenHook(down)({ sub: 'user-1', tsid: secret() })).rejects.toMatchObject({ code: 'unavailable' });
    await down.close();
  });

  it('asks for a new sign-in (not a retry) when the stored session does not parse', async () => {
    const plan = redisPlan(redis.port);
    const s = openRedisStorage(plan, { secrets: noSecrets });
    const tsid = secret();
    const raw = new Redis({ host: '127.0.0.1', port: redis.port });
    await raw.hset(`${plan.keyPrefix}up:${tsid}`, 'corp', '{not json');
    await raw.pexpire(`${plan.keyPrefix}up:${tsid}`, 60_000);
    raw.disconnect();
    await expect(upstreamTokenHook(s)({ sub: 'user-1', tsid })).rejects.toMatchObject({ code: 'reauthenticate' });
    await s.close();
  });
});
