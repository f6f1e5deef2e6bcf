import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { RedisOptions } from 'ioredis';
import type { RedisStoragePlan, RedisTlsPlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import type { SecretValues } from '../../contract.js';
import { parseHostPort } from '../../../common/host-port.js';
import { StorageError } from '../errors.js';

/**
 * ioredis options for a Redis storage plan: standalone (`host:port` or a unix socket path) or Sentinel,
 * ACL user and password from the env vars the plan names (resolved at start), the plan's timeouts and TLS.
 */
export function redisOptions(plan: DeepReadonly<RedisStoragePlan>, secrets: SecretValues): RedisOptions {
  const common: RedisOptions = {
    db: plan.db,
    connectTimeout: plan.dialTimeoutMs,
    // ioredis has one timeout per command; the longer of read and write bounds a round trip.
    commandTimeout: Math.max(plan.readTimeoutMs, plan.writeTimeoutMs),
    // A command waits for at most one reconnect attempt: during an outage callers get a typed error quickly
    // (and answer 503) instead of piling up requests behind a dead connection.
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 100, 2000),
    // The ready check runs INFO, which least-privilege ACL users (-@dangerous) may not run. A server still
    // loading its data answers LOADING, which surfaces as AS_STORAGE_UNAVAILABLE like any short outage.
    enableReadyCheck: false,
    ...(plan.username ? { username: secrets.get(plan.username) } : {}),
    ...(plan.password ? { password: secrets.get(plan.password) } : {}),
    ...(plan.tls ? { tls: tlsOptions(plan.tls) } : {}),
  };
  if (plan.sentinel) {
    return {
      ...common,
      name: plan.sentinel.masterName,
      sentinels: plan.sentinel.addrs.map(hostPort),
      ...(plan.sentinelTls ? { enableTLSForSentinelMode: true, sentinelTLS: tlsOptions(plan.sentinelTls) } : {}),
    };
  }
  if (!plan.addr) throw new StorageError('AS_STORAGE_CONFIG', 'redis storage needs redis_config.addr or redis_config.sentinel_config');
  return plan.addr.startsWith('/') ? { ...common, path: plan.addr } : { ...common, ...hostPort(plan.addr) };
}

/** `host:port`, `[v6]:port` or a bare host (port 6379); the rule `vmcp validate` applies too (common/host-port.ts). */
export function hostPort(addr: string): { host: string; port: number } {
  const parsed = parseHostPort(addr, 6379);
  if (typeof parsed === 'string') throw new StorageError('AS_STORAGE_CONFIG', parsed);
  return parsed;
}

function tlsOptions(t: NonNullable<DeepReadonly<RedisTlsPlan>>): ConnectionOptions {
  let ca: string | undefined;
  if (t.caCertFile !== null) {
    try {
      ca = readFileSync(t.caCertFile, 'utf8');
    } catch (e) {
      throw new StorageError('AS_STORAGE_CONFIG', `cannot read redis CA file ${t.caCertFile}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  return { rejectUnauthorized: !t.insecureSkipVerify, ...(ca !== undefined ? { ca } : {}) };
}
