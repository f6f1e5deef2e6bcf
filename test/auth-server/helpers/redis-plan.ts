import type { RedisStoragePlan } from '../../../generated/plan.js';

let n = 0;

/** A standalone plan with a prefix unique to this test, so tests sharing a server never see each other's keys. */
export function redisPlan(port: number, over: Partial<RedisStoragePlan> = {}): RedisStoragePlan {
  n += 1;
  return {
    type: 'redis',
    addr: `127.0.0.1:${port}`,
    sentinel: null,
    db: 0,
    username: null,
    password: null,
    keyPrefix: `vmcp:test${process.pid}-${n}:`,
    dialTimeoutMs: 2000,
    readTimeoutMs: 2000,
    writeTimeoutMs: 2000,
    tls: null,
    sentinelTls: null,
    ...over,
  };
}
