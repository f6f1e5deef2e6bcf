/**
 * Verified tokens, remembered briefly. MCP clients send the same bearer token on every request of a
 * session; verifying its signature each time costs tens of microseconds, a lookup here about one.
 * Keyed by the exact token string, so only the very token that verified is ever accepted from here.
 * An entry lasts until the token expires (plus the clock tolerance) or `maxAgeSec`, whichever is first:
 * the cap bounds how long a key removed from the issuer's JWKS still vouches for its tokens.
 * Bounded: the oldest entry leaves when the cache is full.
 */
export interface TokenCacheOptions {
  maxEntries?: number;
  maxAgeSec?: number;
}

export interface TokenCache<T> {
  get(token: string, nowSec: number): T | undefined;
  set(token: string, value: T, expSec: number, nowSec: number): void;
}

export function createTokenCache<T>(o: TokenCacheOptions = {}): TokenCache<T> {
  const maxEntries = o.maxEntries ?? 4096;
  const maxAge = o.maxAgeSec ?? 60;
  const entries = new Map<string, { value: T; until: number }>();
  return {
    get(token, nowSec) {
      const e = entries.get(token);
      if (e === undefined) return undefined;
      if (nowSec < e.until) return e.value;
      entries.delete(token);
      return undefined;
    },
    set(token, value, expSec, nowSec) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(token, { value, until: Math.min(expSec, nowSec + maxAge) });
    },
  };
}
