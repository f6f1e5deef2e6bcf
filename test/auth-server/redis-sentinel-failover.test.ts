/**
 * A real Sentinel failover: master, replica and one sentinel. After the sentinel promotes the replica,
 * the same storage object keeps working against the new master and finds what it wrote before.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../../runtime/auth-server/storage/index.js';
import { client } from './helpers/records.js';
import { redisPlan } from './helpers/redis-plan.js';
import { startRedis, startSentinel, type RedisProcess } from './helpers/redis-server.js';
import { noSecrets } from './helpers/secrets.js';

const MASTER = 'vmcp-failover';
let master: RedisProcess;
let replica: RedisProcess;
let sentinel: RedisProcess;
let admin: Redis;

beforeAll(async () => {
  master = await startRedis();
  replica = await startRedis([`replicaof 127.0.0.1 ${master.port}`]);
  sentinel = await startSentinel(MASTER, master.port);
  admin = new Redis({ host: '127.0.0.1', port: sentinel.port });
  // The sentinel learns about the replica from the master's INFO; failover needs it known and in sync.
  await vi.waitFor(
    async () => {
      const replicas = (await admin.call('SENTINEL', 'REPLICAS', MASTER)) as string[][];
      const flags = replicas[0] ?? [];
      expect(flags[flags.indexOf('master-link-status') + 1]).toBe('ok');
    },
    { timeout: 15_000, interval: 200 },
  );
});
afterAll(async () => {
  admin.disconnect();
  await sentinel.stop();
  await replica.stop();
  await master.stop();
});

describe('redis storage through a Sentinel failover', () => {
  it('follows the promoted replica', { timeout: 30_000 }, async () => {
    const plan = redisPlan(master.port, { addr: null, sentinel: { masterName: MASTER, addrs: [`127.0.0.1:${sentinel.port}`] } });
    const s = openStorage(plan, { secrets: noSecrets });
    const before = client();
    await s.putClient(before, 60_000);
    // Replication is asynchronous: fail over only once the replica has the record.
    const onReplica = new Redis({ host: '127.0.0.1', port: replica.port });
    await vi.waitFor(async () => expect(await onReplica.exists(`${plan.keyPrefix}client:${before.clientId}`)).toBe(1), { timeout: 5000, interval: 50 });
    onReplica.disconnect();
    await admin.call('SENTINEL', 'FAILOVER', MASTER);
    await vi.waitFor(
      async () => {
        const [, port] = (await admin.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', MASTER)) as [string, string];
        expect(Number(port)).toBe(replica.port);
      },
      { timeout: 20_000, interval: 200 },
    );
    const after = client();
    await vi.waitFor(() => s.putClient(after, 60_000), { timeout: 15_000, interval: 200 });
    expect(await s.getClient(after.clientId)).toEqual(after);
    expect(await s.getClient(before.clientId)).toEqual(before);
    await s.close();
  });
});
