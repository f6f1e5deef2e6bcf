import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostPort, redisOptions } from '../../runtime/auth-server/storage/redis-options.js';
import { openStorage } from '../../runtime/auth-server/storage/index.js';
import { client, secret } from './helpers/records.js';
import { redisPlan } from './helpers/redis-plan.js';
import { startRedis, startRedisTls, type RedisProcess } from './helpers/redis-server.js';
import { noSecrets, secretsFor } from './helpers/secrets.js';
import { hasOpenssl, makeTlsCerts } from './helpers/tls-certs.js';
import { runStorageSuite } from './storage.suite.js';

/**
 * The storage suite's `advance` for Redis: Redis expires keys on its own clock, so letting a TTL pass means
 * waiting it out; the waiting is the behaviour under test, not a guess at when something happens.
 */
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('redis connection options from the plan', () => {
  it('reads host:port, [v6]:port and a bare host', () => {
    expect(hostPort('redis.example:6380')).toEqual({ host: 'redis.example', port: 6380 });
    expect(hostPort('[::1]:7000')).toEqual({ host: '::1', port: 7000 });
    expect(hostPort('redis')).toEqual({ host: 'redis', port: 6379 });
  });

  it.each(['redis:0', 'redis:70000', 'a:b:c', ''])('refuses the address "%s" with AS_STORAGE_CONFIG', (addr) => {
    expect(() => hostPort(addr)).toThrow(expect.objectContaining({ code: 'AS_STORAGE_CONFIG' }));
  });

  it('maps timeouts, db, Sentinel, ACL credentials and TLS', () => {
    const plan = redisPlan(1, {
      addr: null,
      db: 3,
      sentinel: { masterName: 'm', addrs: ['10.0.0.1:26379', '10.0.0.2'] },
      username: { env: 'U' },
      password: { env: 'P' },
      dialTimeoutMs: 1000,
      readTimeoutMs: 2000,
      writeTimeoutMs: 3000,
      tls: { insecureSkipVerify: true, caCertFile: null },
      sentinelTls: { insecureSkipVerify: false, caCertFile: null },
    });
    const pw = secret();
    expect(redisOptions(plan, secretsFor(plan, { U: 'vmcp', P: pw }))).toMatchObject({
      name: 'm',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 6379 },
      ],
      db: 3,
      username: 'vmcp',
      password: pw,
      connectTimeout: 1000,
      commandTimeout: 3000,
      tls: { rejectUnauthorized: false },
      enableTLSForSentinelMode: true,
      sentinelTLS: { rejectUnauthorized: true },
    });
  });

  it('refuses a plan with neither addr nor Sentinel, and an unreadable CA file, with AS_STORAGE_CONFIG', () => {
    expect(() => redisOptions(redisPlan(1, { addr: null }), noSecrets)).toThrow(expect.objectContaining({ code: 'AS_STORAGE_CONFIG' }));
    expect(() => redisOptions(redisPlan(1, { tls: { insecureSkipVerify: false, caCertFile: '/nonexistent/ca.pem' } }), noSecrets)).toThrow(
      expect.objectContaining({ code: 'AS_STORAGE_CONFIG', message: expect.stringContaining('/nonexistent/ca.pem') }),
    );
  });
});

describe('redis over a unix socket', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vmcp-sock-'));
  const socket = join(dir, 'redis.sock');
  let server: RedisProcess;
  beforeAll(async () => {
    server = await startRedis([`unixsocket ${socket}`, 'unixsocketperm 700']);
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects when addr is a socket path', async () => {
    const s = openStorage(redisPlan(0, { addr: socket }), { secrets: noSecrets });
    const c = client();
    await s.putClient(c, 60_000);
    expect(await s.getClient(c.clientId)).toEqual(c);
    await s.close();
  });
});

describe.skipIf(!hasOpenssl())('redis over TLS (needs the openssl CLI to make certificates)', () => {
  let certs: ReturnType<typeof makeTlsCerts>;
  let server: RedisProcess;
  beforeAll(async () => {
    certs = makeTlsCerts();
    server = await startRedisTls(certs);
  });
  afterAll(async () => {
    await server.stop();
    certs.cleanup();
  });

  runStorageSuite('redis TLS with the plan\'s CA file', async () => ({
    storage: openStorage(redisPlan(server.port, { tls: { insecureSkipVerify: false, caCertFile: certs.ca } }), { secrets: noSecrets }),
    advance: sleep,
  }));

  it('refuses a server certificate it cannot verify (no CA file given)', async () => {
    const s = openStorage(redisPlan(server.port, { tls: { insecureSkipVerify: false, caCertFile: null }, dialTimeoutMs: 500 }), { secrets: noSecrets });
    await expect(s.ping()).rejects.toMatchObject({ code: 'AS_STORAGE_UNAVAILABLE' });
    await s.close();
  });

  it('connects without verification only when insecure_skip_verify says so', async () => {
    const s = openStorage(redisPlan(server.port, { tls: { insecureSkipVerify: true, caCertFile: null } }), { secrets: noSecrets });
    await expect(s.ping()).resolves.toBeUndefined();
    await s.close();
  });
});
