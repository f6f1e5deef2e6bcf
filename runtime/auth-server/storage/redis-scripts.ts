import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Lua scripts for the steps that must be atomic on Redis. They build family and token keys from the
 * prefix passed in ARGV, which is fine for standalone and Sentinel (the only topologies the plan has);
 * an ACL key pattern on the prefix still covers every key they touch.
 */

/** Revokes a refresh family: deletes its tokens and rotations, and marks it so in-flight writes to it are refused. */
const REVOKE_FAMILY = `
local function revoke(prefix, fam, markMs)
  local famKey = prefix .. 'fam:' .. fam
  for _, m in ipairs(redis.call('SMEMBERS', famKey)) do redis.call('DEL', prefix .. 'rt:' .. m, prefix .. 'rot:' .. m) end
  redis.call('DEL', famKey)
  redis.call('SET', prefix .. 'famrevoked:' .. fam, '1', 'PX', markMs)
end
`;

/** The server's clock in milliseconds, so every replica measures time alike. */
const NOW_MS = `
local function nowMs()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
`;

/**
 * KEYS[1] a code or refresh-token hash {rec, fam, used}; ARGV[1] prefix, ARGV[2] revoked-mark TTL, ARGV[3]
 * grace ms. First use stores its time in `used` (the key keeps its TTL as a tombstone); a second use
 * within the grace is `recent`, later one revokes the family. `used` is '0' until then.
 */
export const CONSUME = `${REVOKE_FAMILY}${NOW_MS}
local rec = redis.call('HGET', KEYS[1], 'rec')
if not rec then return {'missing'} end
local used = tonumber(redis.call('HGET', KEYS[1], 'used') or '0')
local now = nowMs()
if used > 0 then
  if now - used < tonumber(ARGV[3]) then return {'recent', rec} end
  revoke(ARGV[1], redis.call('HGET', KEYS[1], 'fam'), ARGV[2])
  return {'reused', rec}
end
redis.call('HSET', KEYS[1], 'used', tostring(now))
return {'ok', rec}
`;

/** KEYS[1] family set, ARGV[1] prefix, ARGV[2] family id, ARGV[3] revoked-mark TTL. */
export const REVOKE = `${REVOKE_FAMILY}
revoke(ARGV[1], ARGV[2], ARGV[3])
return 1
`;

/**
 * KEYS[1] token hash, KEYS[2] family set, KEYS[3] family revoked mark; ARGV[1] record, ARGV[2] family,
 * ARGV[3] TTL ms, ARGV[4] token digest. Refuses (0) when the family was revoked.
 */
export const PUT_REFRESH = `
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'rec', ARGV[1], 'fam', ARGV[2], 'used', '0')
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('SADD', KEYS[2], ARGV[4])
if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[2], ARGV[3]) end
return 1
`;

/**
 * KEYS[1] rotation key, KEYS[2] family set, KEYS[3] family revoked mark; ARGV[1] sealed rotation, ARGV[2]
 * TTL ms, ARGV[3] token digest (the family member whose rotation this is). Refuses (0) when revoked.
 */
export const PUT_ROTATION = `
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SADD', KEYS[2], ARGV[3])
if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
return 1
`;

/**
 * KEYS[1] bucket hash {tokens, at}; ARGV[1] burst, ARGV[2] tokens per second. A token bucket on the
 * server's clock; the key lives as long as a refill to full takes, after which it would say nothing.
 * Returns {1, 0} when allowed, {0, ms until the next token} when not.
 */
export const TAKE_TOKEN = `${NOW_MS}
local burst = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2]) / 1000
local now = nowMs()
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * perMs)
local ok = 0
if tokens >= 1 then
  tokens = tokens - 1
  ok = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / perMs) + 1000)
if ok == 1 then return {1, 0} end
return {0, math.ceil((1 - tokens) / perMs)}
`;

/** KEYS[1] session hash; ARGV[1] provider, ARGV[2] record, ARGV[3] TTL ms (lengthened, never shortened). */
export const PUT_UPSTREAM = `
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return 1
`;

/** KEYS[1] any key; ARGV[1] TTL ms. Lengthens an existing key's life, never shortens it (EXPIRE GT needs Redis 7). */
export const EXTEND = `
local t = redis.call('PTTL', KEYS[1])
if t > 0 and t < tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return 1
`;

/** KEYS[1] lock; ARGV[1] owner token. Compare-and-delete: releases only while that owner holds the lock. */
export const UNLOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** EVALSHA with a fallback to EVAL when the server has not cached the script yet (restart, failover). */
export async function runScript(redis: Redis, lua: string, keys: string[], args: (string | number)[]): Promise<unknown> {
  const sha = createHash('sha1').update(lua).digest('hex');
  try {
    return await redis.evalsha(sha, keys.length, ...keys, ...args);
  } catch (e) {
    if (!(e instanceof Error) || !e.message.startsWith('NOSCRIPT')) throw e;
    return await redis.eval(lua, keys.length, ...keys, ...args);
  }
}
