import { describe, expect, it, vi } from 'vitest';
import { createJwtVerifier } from '../../runtime/auth/jwt-verifier.js';
import { createRemoteKeyResolver } from '../../runtime/auth/remote-keys.js';
import { createKeyFetcher } from '../../runtime/auth/key-fetch.js';
import { createTokenCache } from '../../runtime/auth/token-cache.js';
import type { TokenKeyResolver } from '../../runtime/contract.js';
import { startTestIssuer } from './helpers/test-issuer.js';

describe('verified-token cache', () => {
  it('keeps an entry until the token expires or the age cap, whichever is first', () => {
    let nowSec = 1000;
    const at = (sec: number) => ((nowSec = sec), c);
    const c = createTokenCache<string>({ maxAgeSec: 60, now: () => nowSec * 1000 });
    c.set('short', 'a', 1010);
    c.set('long', 'b', 5000);
    expect(at(1009).get('short')).toBe('a');
    expect(at(1010).get('short')).toBeUndefined();
    expect(at(1059).get('long')).toBe('b');
    expect(at(1060).get('long')).toBeUndefined();
    expect(at(1000).get('other')).toBeUndefined();
  });

  it('is bounded: expired entries leave first, then the least recently used', () => {
    let nowSec = 1000;
    const c = createTokenCache<number>({ maxEntries: 2, now: () => nowSec * 1000 });
    c.set('a', 1, 2000);
    c.set('b', 2, 2000);
    c.set('c', 3, 2000);
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([undefined, 2, 3]);
    c.get('b');
    c.set('d', 4, 2000);
    expect([c.get('b'), c.get('c'), c.get('d')]).toEqual([2, undefined, 4]);
    const d = createTokenCache<number>({ maxEntries: 2, now: () => nowSec * 1000 });
    d.set('later', 1, 2000);
    d.set('soon', 2, 1001);
    expect(d.get('soon')).toBe(2); // 'later' is now the least recently used
    nowSec = 1001;
    d.set('new', 3, 2000);
    expect([d.get('later'), d.get('soon'), d.get('new')]).toEqual([1, undefined, 3]);
  });

  it('verifies a token once, serves it from the cache, and refuses it once expired', async () => {
    const issuer = await startTestIssuer({ alg: 'ES256' });
    try {
      let lookups = 0;
      const fetcher = createKeyFetcher({ allowPrivateIp: true, insecureAllowHttp: true });
      const remote = createRemoteKeyResolver({ issuer: issuer.issuer, jwksUrl: issuer.jwksUrl, fetch: fetcher.fetch });
      const keys: TokenKeyResolver = (h) => (lookups++, remote(h));
      // The cache reads the clock on each use, so it follows the moved clock below, as jose's expiry check does.
      const verify = createJwtVerifier({ issuer: issuer.issuer, audience: 'vmcp', keys, clockToleranceSec: 0, cache: { now: () => Date.now() } });
      const issuedAt = Date.now();
      const token = await issuer.sign({}, { expiresIn: Math.floor(issuedAt / 1000) + 2 });
      const first = await verify(token);
      const second = await verify(token);
      expect(first.ok && second.ok).toBe(true);
      expect(lookups).toBe(1);
      expect(first.ok && Object.isFrozen(first.claims)).toBe(true);
      // Past its exp: the clock is moved (only Date; timers and I/O run as ever), not waited for.
      vi.useFakeTimers({ toFake: ['Date'], now: issuedAt + 3000 });
      try {
        expect(await verify(token)).toEqual({ ok: false, kind: 'invalid_token', description: 'the token has expired' });
      } finally {
        vi.useRealTimers();
      }
      await fetcher.close();
    } finally {
      await issuer.close();
    }
  });
});
