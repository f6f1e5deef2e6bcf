/**
 * Verified tokens, remembered briefly. MCP clients send the same bearer token on every request of a
 * session; verifying its signature each time costs tens of microseconds, a lookup here about one.
 * Keyed by the exact token string, so only the very token that verified is ever accepted from here.
 * An entry lasts until the token expires (plus the clock tolerance) or `maxAgeSec`, whichever is first:
 * the cap bounds how long a key removed from the issuer's JWKS still vouches for its tokens.
 * Bounded (../ttl-cache.ts): expired entries, then the least recently used, leave when it is full.
 */
import { TtlCache } from '../ttl-cache.js';

export interface TokenCacheOptions {
  maxEntries?: number;
  maxAgeSec?: number;
  /** Epoch milliseconds (tests move it). */
  now?: () => number;
}

export interface TokenCache<T> {
  get(token: string): T | undefined;
  /** `untilSec`: when the token stops being valid (epoch seconds). */
  set(token: string, value: T, untilSec: number): void;
}

export function createTokenCache<T extends {}>(o: TokenCacheOptions = {}): TokenCache<T> {
  const now = o.now ?? Date.now;
  const maxAgeMs = (o.maxAgeSec ?? 60) * 1000;
  const entries = new TtlCache<T>(o.maxEntries ?? 4096, now);
  return {
    get: (token) => entries.get(token),
    set: (token, value, untilSec) => entries.set(token, value, Math.min(untilSec * 1000, now() + maxAgeMs)),
  };
}
