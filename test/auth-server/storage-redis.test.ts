import { createHash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openRedisStorage } from '../../runtime/auth-server/storage/redis.js';
import { openStorage } from '../../runtime/auth-server/storage/index.js';
import { keyringFrom } from '../../runtime/auth-server/storage/keyring.js';
import { approval, codeGrant, client, consentRequest, pending, refreshGrant, secret, upstreamTokens } from './helpers/records.js';
import { redisPlan } from './helpers/redis-plan.js';
import { startRedis, startSentinel, type RedisProcess } from './helpers/redis-server.js';
import { noSecrets, secretsFor } from './helpers/secrets.js';
import { runStorageSuite } from './storage.suite.js';

/**
 * The storage suite's `advance` for Redis: Redis expires keys on its own clock, so letting a TTL pass means
 * waiting it out; the waiting is the behaviour under test, not a guess at when something happens.
 */
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let server: RedisProcess;
let admin: Redis;
beforeAll(async () => {
  server = await startRedis();
  admin = new Redis({ host: '127.0.0.1', port: server.port });
});
afterAll(async () => {
  admin.disconnect();
  await server.stop();
});

runStorageSuite('redis standalone', async () => ({ storage: openStorage(redisPlan(server.port), { secrets: noSecrets }), advance: sleep }));

/** Every string a key or value holds: hash fields and values, set members, strings. */
async function dump(key: string): Promise<string[]> {
  const type = await admin.type(key);
  if (type === 'string') return [(await admin.get(key)) ?? ''];
  if (type === 'hash') return Object.entries(await admin.hgetall(key)).flat();
  if (type === 'set') return admin.smembers(key);
  throw new Error(`unexpected ${type} at ${key}`);
}

describe('redis storage keys', () => {
  it('puts every key under the prefix, with a TTL; a dump of keys and values holds no code, token, state, id or upstream token', async () => {
    const plan = redisPlan(server.port);
    const s = openRedisStorage(plan, { secrets: noSecrets, keyring: keyringFrom([randomBytes(32)], false) });
    const [state, code, rt, rt2, consentId, browser, lockName] = [secret(), secret(), secret(), secret(), secret(), secret(), secret()];
    const g = codeGrant();
    const up = upstreamTokens({ accessToken: `at-${secret()}`, refreshToken: `rt-${secret()}`, idToken: `id-${secret()}` });
    const successor = { access_token: `ours-${secret()}`, refresh_token: secret(), token_type: 'Bearer', expires_in: 3600 };
    await s.putClient(client(), 60_000);
    await s.putPending(state, pending(), 60_000);
    await s.putConsentRequest(consentId, consentRequest(), 60_000);
    await s.rememberConsent('alice', 'c1', approval(), 60_000);
    await s.linkBrowser(browser, 'alice', 60_000);
    await s.putCode(code, g, 60_000);
    await s.consumeCode(code);
    const live = refreshGrant();
    await s.putRefreshToken(rt, live, 60_000);
    await s.putRotation(rt, live.familyId, { clientId: 'c1', response: successor }, 60_000);
    await s.putRefreshToken(rt2, refreshGrant({ familyId: g.familyId }), 60_000);
    await s.consumeCode(code); // reuse: revokes the family, leaving a revoked mark
    await s.putUpstreamTokens(secret(), up, 60_000);
    const owner = (await s.tryLock(lockName, 60_000))!;
    await s.rateLimiter('authorize', { burst: 5, perSecond: 1 }).take('203.0.113.9');
    const keys = await admin.keys(`${plan.keyPrefix}*`);
    // Every kind of key is here, so the loop below checks each kind's TTL, name and content.
    const kinds = new Set(keys.map((k) => k.slice(plan.keyPrefix.length).split(':')[0]));
    expect([...kinds].sort()).toEqual(['browser', 'client', 'code', 'consent', 'consentreq', 'fam', 'famrevoked', 'lock', 'pending', 'rl', 'rot', 'rt', 'up']);
    expect(await admin.keys('*')).toEqual(expect.arrayContaining(keys));
    const secrets = [state, code, rt, rt2, consentId, browser, lockName, up.accessToken, up.refreshToken!, up.idToken!, successor.access_token, successor.refresh_token, '203.0.113.9'];
    // Keyed digests: not even a plain SHA-256 of a secret, which anyone could compute from a guess.
    const plainDigests = secrets.map((x) => createHash('sha256').update(x).digest('base64url'));
    for (const key of keys) {
      const ttl = await admin.pttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      const text = [key, ...(await dump(key))].join('\n');
      for (const bearer of [...secrets, ...plainDigests]) expect(text, key).not.toContain(bearer);
    }
    expect(owner).toEqual(expect.any(String));
    await s.close();
  });

  it('rotates HMAC secrets by the file list: records written under the old secret are found under [new, old], not under [new] alone', async () => {
    const plan = redisPlan(server.port, { keyPrefix: `rot${secret().slice(0, 6)}:` });
    const [oldSecret, newSecret] = [randomBytes(32), randomBytes(32)];
    const before = openRedisStorage(plan, { secrets: noSecrets, keyring: keyringFrom([oldSecret], false) });
    const after = openRedisStorage(plan, { secrets: noSecrets, keyring: keyringFrom([newSecret, oldSecret], false) });
    const dropped = openRedisStorage(plan, { secrets: noSecrets, keyring: keyringFrom([newSecret], false) });
    try {
      const [rt, state, tsid] = [secret(), secret(), secret()];
      const [g, p, up] = [refreshGrant(), pending(), upstreamTokens({ provider: 'corp' })];
      await before.putRefreshToken(rt, g, 60_000);
      await before.putPending(state, p, 60_000);
      await before.putUpstreamTokens(tsid, up, 60_000);
      expect(await dropped.getUpstreamTokens(tsid).catch((e: { code?: string }) => e.code)).toBe('AS_STORAGE_CORRUPT');
      expect(await dropped.consumeRefreshToken(rt)).toEqual({ status: 'missing' });
      expect(await after.getUpstreamTokens(tsid)).toEqual([up]);
      expect(await after.takePending(state)).toEqual(p);
      expect(await after.consumeRefreshToken(rt)).toEqual({ status: 'ok', value: g });
      // New records are written under the new secret: readable once the old one is dropped.
      const rt2 = secret();
      await after.putRefreshToken(rt2, g, 60_000);
      expect(await dropped.consumeRefreshToken(rt2)).toEqual({ status: 'ok', value: g });
    } finally {
      await Promise.all([before.close(), after.close(), dropped.close()]);
    }
  });
});

describe('redis with an ACL user', () => {
  // The user may touch only keys under its prefix: the whole contract suite passing under it proves the
  // storage (Lua scripts included) never reaches outside the prefix.
  const user = 'vmcp-as';
  const password = secret();
  const env = { TEST_REDIS_USER: user, TEST_REDIS_PASSWORD: password };
  const prefix = 'vmcp:acl:';
  const aclPlan = () =>
    redisPlan(server.port, { username: { env: 'TEST_REDIS_USER' }, password: { env: 'TEST_REDIS_PASSWORD' }, keyPrefix: `${prefix}${secret()}:` });

  beforeAll(async () => {
    await admin.call('ACL', 'SETUSER', user, 'on', `>${password}`, `~${prefix}*`, '+@all', '-@dangerous');
  });

  runStorageSuite('redis ACL user from env vars', async () => ({ storage: (() => {
    const plan = aclPlan();
    return openStorage(plan, { secrets: secretsFor(plan, env) });
  })(), advance: sleep }));

  it('is refused a key outside its prefix, so the pattern above is real', async () => {
    const r = new Redis({ host: '127.0.0.1', port: server.port, username: user, password });
    await expect(r.set('elsewhere', '1')).rejects.toThrow(/NOPERM/);
    r.disconnect();
  });

  it('fails with AS_STORAGE_UNAVAILABLE on a wrong password, without echoing it', async () => {
    const wrong = secret();
    const plan = aclPlan();
    const s = openStorage(plan, { secrets: secretsFor(plan, { ...env, TEST_REDIS_PASSWORD: wrong }) });
    const err = await s.ping().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'AS_STORAGE_UNAVAILABLE' });
    expect(String((err as Error).message)).not.toContain(wrong);
    await s.close();
  });
});

describe('redis through Sentinel', () => {
  let sentinel: RedisProcess;
  beforeAll(async () => {
    sentinel = await startSentinel('vmcp-master', server.port);
  });
  afterAll(async () => {
    await sentinel.stop();
  });

  runStorageSuite('redis sentinel', async () => ({
    storage: openStorage(redisPlan(server.port, { addr: null, sentinel: { masterName: 'vmcp-master', addrs: [`127.0.0.1:${sentinel.port}`] } }), { secrets: noSecrets }),
    advance: sleep,
  }));

  it('fails with AS_STORAGE_UNAVAILABLE when the sentinel knows no such master', async () => {
    const s = openStorage(redisPlan(server.port, { addr: null, sentinel: { masterName: 'nobody', addrs: [`127.0.0.1:${sentinel.port}`] } }), { secrets: noSecrets });
    await expect(s.ping()).rejects.toMatchObject({ code: 'AS_STORAGE_UNAVAILABLE' });
    await s.close();
  });
});

describe('redis outage', () => {
  it('surfaces as AS_STORAGE_UNAVAILABLE on every operation, quickly and without the token in the message', async () => {
    const doomed = await startRedis();
    const s = openRedisStorage(redisPlan(doomed.port), { secrets: noSecrets });
    const rt = secret();
    await s.putRefreshToken(rt, refreshGrant(), 60_000);
    await doomed.stop();
    const started = Date.now();
    const ops = [s.ping(), s.getClient('x'), s.takePending(secret()), s.consumeRefreshToken(rt), s.putUpstreamTokens(secret(), upstreamTokens(), 1000), s.getUpstreamTokens('t')];
    for (const op of ops) {
      const err = await op.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ code: 'AS_STORAGE_UNAVAILABLE' });
      expect((err as Error).message).not.toContain(rt);
    }
    expect(Date.now() - started).toBeLessThan(10_000);
    await s.close();
  });

  it('works again once the server is back, without reopening the storage', async () => {
    const server1 = await startRedis();
    const s = openRedisStorage(redisPlan(server1.port), { secrets: noSecrets });
    await s.ping();
    await server1.stop();
    await expect(s.ping()).rejects.toMatchObject({ code: 'AS_STORAGE_UNAVAILABLE' });
    const server2 = await startRedis([], server1.port);
    await vi.waitFor(() => s.ping(), { timeout: 5000, interval: 100 });
    const c = client();
    await s.putClient(c, 60_000);
    expect(await s.getClient(c.clientId)).toEqual(c);
    await s.close();
    await server2.stop();
  });
});
