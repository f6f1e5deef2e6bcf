import { describe, expect, it } from 'vitest';
import { createJwtVerifier } from '../../runtime/auth/jwt-verifier.js';
import { createRemoteKeyResolver } from '../../runtime/auth/remote-keys.js';
import { createGuardedFetcher } from '../../runtime/http/guarded-fetch.js';
import { createTokenCache } from '../../runtime/auth/token-cache.js';
import type { TokenKeyResolver } from '../../runtime/contract.js';
import { startTestIssuer } from './helpers/test-issuer.js';

describe('verified-token cache', () => {
  it('keeps an entry until the token expires or the age cap, whichever is first', () => {
    const c = createTokenCache<string>({ maxAgeSec: 60 });
    c.set('short', 'a', 1010, 1000);
    c.set('long', 'b', 5000, 1000);
    expect(c.get('short', 1009)).toBe('a');
    expect(c.get('short', 1010)).toBeUndefined();
    expect(c.get('long', 1059)).toBe('b');
    expect(c.get('long', 1060)).toBeUndefined();
    expect(c.get('other', 1000)).toBeUndefined();
  });

  it('is bounded: the oldest entry leaves first', () => {
    const c = createTokenCache<number>({ maxEntries: 2 });
    c.set('a', 1, 2000, 1000);
    c.set('b', 2, 2000, 1000);
    c.set('c', 3, 2000, 1000);
    expect([c.get('a', 1000), c.get('b', 1000), c.get('c', 1000)]).toEqual([undefined, 2, 3]);
  });

  it('verifies a token once, serves it from the cache, and refuses it once expired', async () => {
    const issuer = await startTestIssuer({ alg: 'ES256' });
    try {
      let lookups = 0;
      const fetcher = createGuardedFetcher({ allowPrivateIp: true, insecureAllowHttp: true });
      const remote = createRemoteKeyResolver({ issuer: issuer.issuer, jwksUrl: issuer.jwksUrl, fetchJson: fetcher.fetchJson });
      const keys: TokenKeyResolver = (h) => (lookups++, remote(h));
      const verify = createJwtVerifier({ issuer: issuer.issuer, audience: 'vmcp', keys, clockToleranceSec: 0 });
      const token = await issuer.sign({}, { expiresIn: Math.floor(Date.now() / 1000) + 2 });
      const first = await verify(token);
      const second = await verify(token);
      expect(first.ok && second.ok).toBe(true);
      expect(lookups).toBe(1);
      expect(first.ok && Object.isFrozen(first.claims)).toBe(true);
      await new Promise((r) => setTimeout(r, 2100));
      expect(await verify(token)).toEqual({ ok: false, kind: 'invalid_token', description: 'the token has expired' });
      await fetcher.close();
    } finally {
      await issuer.close();
    }
  });
});
