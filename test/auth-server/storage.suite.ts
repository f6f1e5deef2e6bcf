/**
 * One behaviour suite for every AuthServerStorage (the way hono runs one suite against every router):
 * memory and Redis (standalone, ACL user, Sentinel) must agree on all of it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthServerStorage } from '../../runtime/auth-server/storage/types.js';
import { StorageError } from '../../runtime/auth-server/errors.js';
import { approval, client, codeGrant, consentRequest, pending, refreshGrant, secret, upstreamTokens } from './helpers/records.js';

export interface StorageUnderTest {
  storage: AuthServerStorage;
  /** Lets `ms` of storage time pass (a fake clock for memory, a real wait for Redis). */
  advance(ms: number): Promise<void>;
}

const HOUR = 3_600_000;

export function runStorageSuite(label: string, make: () => Promise<StorageUnderTest>): void {
  describe(`storage contract: ${label}`, () => {
    let s: AuthServerStorage;
    let advance: (ms: number) => Promise<void>;
    beforeEach(async () => {
      ({ storage: s, advance } = await make());
    });
    afterEach(async () => {
      await s.close();
    });

    it('answers ping', async () => {
      await expect(s.ping()).resolves.toBeUndefined();
    });

    it('stores and returns registered clients, and copies them', async () => {
      const c = client();
      await s.putClient(c, HOUR);
      const got = await s.getClient(c.clientId);
      expect(got).toEqual(c);
      got!.redirectUris.push('https://evil.example/cb');
      expect(await s.getClient(c.clientId)).toEqual(c);
      expect(await s.getClient('unknown')).toBeNull();
    });

    it('keeps a client in use past its first TTL, and never shortens it', async () => {
      const c = client();
      await s.putClient(c, 100);
      await s.renewClient(c.clientId, HOUR);
      await s.renewClient(c.clientId, 50);
      await advance(150);
      expect(await s.getClient(c.clientId)).toEqual(c);
      await s.renewClient('unknown', HOUR);
      expect(await s.getClient('unknown')).toBeNull();
    });

    it('hands out a pending authorization once', async () => {
      const state = secret();
      const p = pending();
      await s.putPending(state, p, HOUR);
      expect(await s.takePending(state)).toEqual(p);
      expect(await s.takePending(state)).toBeNull();
    });

    it('hands out a pending authorization to exactly one of many concurrent callbacks', async () => {
      const state = secret();
      await s.putPending(state, pending(), HOUR);
      const results = await Promise.all(Array.from({ length: 10 }, () => s.takePending(state)));
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    });

    it('hands out a consent request once, to exactly one of many concurrent answers', async () => {
      const id = secret();
      const r = consentRequest();
      await s.putConsentRequest(id, r, HOUR);
      const results = await Promise.all(Array.from({ length: 10 }, () => s.takeConsentRequest(id)));
      expect(results.filter((x) => x !== null)).toEqual([r]);
      expect(await s.takeConsentRequest(id)).toBeNull();
      expect(await s.takeConsentRequest(secret())).toBeNull();
    });

    it('remembers a consent per (user, client), replacing the previous one', async () => {
      await s.rememberConsent('alice', 'c1', approval(), HOUR);
      expect(await s.getRememberedConsent('alice', 'c1')).toEqual(approval());
      expect(await s.getRememberedConsent('alice', 'c2')).toBeNull();
      expect(await s.getRememberedConsent('bob', 'c1')).toBeNull();
      await s.rememberConsent('alice', 'c1', approval(['openid', 'profile']), HOUR);
      expect(await s.getRememberedConsent('alice', 'c1')).toEqual(approval(['openid', 'profile']));
    });

    it('links a browser to the user who last signed in with it, until unlinked', async () => {
      const [browser, other] = [secret(), secret()];
      await s.linkBrowser(browser, 'alice', HOUR);
      expect(await s.browserUser(browser)).toBe('alice');
      expect(await s.browserUser(other)).toBeNull();
      await s.linkBrowser(browser, 'bob', HOUR);
      expect(await s.browserUser(browser)).toBe('bob');
      await s.unlinkBrowser(browser);
      expect(await s.browserUser(browser)).toBeNull();
    });

    it('forgets consent requests, remembered consents and browser links when their TTL has passed', async () => {
      const [id, browser] = [secret(), secret()];
      await s.putConsentRequest(id, consentRequest(), 40);
      await s.rememberConsent('alice', 'c1', approval(), 40);
      await s.linkBrowser(browser, 'alice', 40);
      await expect(s.rememberConsent('alice', 'c1', approval(), 0)).rejects.toMatchObject({ code: 'AS_STORAGE_CONFIG' });
      await advance(150);
      expect(await s.takeConsentRequest(id)).toBeNull();
      expect(await s.getRememberedConsent('alice', 'c1')).toBeNull();
      expect(await s.browserUser(browser)).toBeNull();
    });

    it('consumes an authorization code once; the second use is reported as reuse', async () => {
      const code = secret();
      const g = codeGrant();
      await s.putCode(code, g, HOUR);
      expect(await s.consumeCode(code)).toEqual({ status: 'ok', value: g });
      expect(await s.consumeCode(code)).toEqual({ status: 'reused', value: g });
      expect(await s.consumeCode(secret())).toEqual({ status: 'missing' });
    });

    it('lets exactly one of many concurrent redemptions of a code succeed', async () => {
      const code = secret();
      await s.putCode(code, codeGrant(), HOUR);
      const results = await Promise.all(Array.from({ length: 10 }, () => s.consumeCode(code)));
      expect(results.filter((r) => r.status === 'ok')).toHaveLength(1);
    });

    it('revokes the refresh family started by a code when the code is used again', async () => {
      const code = secret();
      const g = codeGrant();
      await s.putCode(code, g, HOUR);
      expect((await s.consumeCode(code)).status).toBe('ok');
      const rt = secret();
      expect(await s.putRefreshToken(rt, refreshGrant({ familyId: g.familyId }), HOUR)).toBe(true);
      expect((await s.consumeCode(code)).status).toBe('reused');
      expect(await s.consumeRefreshToken(rt)).toEqual({ status: 'missing' });
      // A token endpoint call that was in flight cannot add to the revoked family afterwards.
      expect(await s.putRefreshToken(secret(), refreshGrant({ familyId: g.familyId }), HOUR)).toBe(false);
    });

    it('rotates refresh tokens and revokes the whole family when an old one is replayed', async () => {
      const g = refreshGrant();
      const [rt1, rt2, rt3] = [secret(), secret(), secret()];
      await s.putRefreshToken(rt1, g, HOUR);
      expect(await s.consumeRefreshToken(rt1)).toEqual({ status: 'ok', value: g });
      await s.putRefreshToken(rt2, g, HOUR);
      expect((await s.consumeRefreshToken(rt2)).status).toBe('ok');
      await s.putRefreshToken(rt3, g, HOUR);
      // rt1 replayed (stolen and used by someone): reuse is detected and rt3, the live one, dies with it.
      expect(await s.consumeRefreshToken(rt1)).toEqual({ status: 'reused', value: g });
      expect(await s.consumeRefreshToken(rt3)).toEqual({ status: 'missing' });
      expect(await s.putRefreshToken(secret(), g, HOUR)).toBe(false);
    });

    it('reports a second use within the grace asked for as recent, revoking nothing; a later one as reuse', async () => {
      const g = refreshGrant();
      const [rt, sibling] = [secret(), secret()];
      await s.putRefreshToken(rt, g, HOUR);
      await s.putRefreshToken(sibling, g, HOUR);
      expect((await s.consumeRefreshToken(rt, 100)).status).toBe('ok');
      expect(await s.consumeRefreshToken(rt, 100)).toEqual({ status: 'recent', value: g });
      expect(await s.putRefreshToken(secret(), g, HOUR)).toBe(true);
      await advance(150);
      expect(await s.consumeRefreshToken(rt, 100)).toEqual({ status: 'reused', value: g });
      expect(await s.consumeRefreshToken(sibling)).toEqual({ status: 'missing' });
    });

    it('keeps a rotation readable any number of times, until its TTL or its family\'s revocation', async () => {
      const g = refreshGrant();
      const [old, other] = [secret(), secret()];
      const rotation = { clientId: 'c1', response: { access_token: 'at', refresh_token: secret(), token_type: 'Bearer', expires_in: 3600 } };
      expect(await s.putRotation(old, g.familyId, rotation, HOUR)).toBe(true);
      expect(await s.getRotation(old)).toEqual(rotation);
      expect(await s.getRotation(old)).toEqual(rotation);
      expect(await s.getRotation(other)).toBeNull();
      await s.revokeRefreshFamily(g.familyId);
      expect(await s.getRotation(old)).toBeNull();
      expect(await s.putRotation(other, g.familyId, rotation, HOUR)).toBe(false);
      const fresh = refreshGrant();
      await s.putRotation(other, fresh.familyId, rotation, 40);
      await advance(150);
      expect(await s.getRotation(other)).toBeNull();
    });

    it('counts requests per caller and per limiter: a burst, then a refusal with Retry-After, then a refill', async () => {
      const limiter = s.rateLimiter(`t${secret().slice(0, 8)}`, { burst: 2, perSecond: 10 });
      const other = s.rateLimiter(`u${secret().slice(0, 8)}`, { burst: 1, perSecond: 10 });
      expect([await limiter.take('203.0.113.7'), await limiter.take('203.0.113.7')]).toEqual([{ ok: true }, { ok: true }]);
      expect(await limiter.take('203.0.113.7')).toEqual({ ok: false, retryAfterSeconds: 1 });
      expect(await limiter.take('203.0.113.8')).toEqual({ ok: true });
      expect(await other.take('203.0.113.7')).toEqual({ ok: true });
      await advance(150);
      expect(await limiter.take('203.0.113.7')).toEqual({ ok: true });
    });

    it('lets exactly one of many concurrent refreshes with the same token succeed', async () => {
      const rt = secret();
      await s.putRefreshToken(rt, refreshGrant(), HOUR);
      const results = await Promise.all(Array.from({ length: 10 }, () => s.consumeRefreshToken(rt)));
      expect(results.filter((r) => r.status === 'ok')).toHaveLength(1);
    });

    it('revokes a family on request without touching other families', async () => {
      const a = refreshGrant();
      const b = refreshGrant();
      const [rtA, rtB] = [secret(), secret()];
      await s.putRefreshToken(rtA, a, HOUR);
      await s.putRefreshToken(rtB, b, HOUR);
      await s.revokeRefreshFamily(a.familyId);
      expect(await s.consumeRefreshToken(rtA)).toEqual({ status: 'missing' });
      expect((await s.consumeRefreshToken(rtB)).status).toBe('ok');
    });

    it('keeps upstream tokens per (tsid, provider)', async () => {
      const tsid = secret();
      const corp = upstreamTokens({ provider: 'corp' });
      const github = upstreamTokens({ provider: 'github' });
      await s.putUpstreamTokens(tsid, corp, HOUR);
      await s.putUpstreamTokens(tsid, github, HOUR);
      const byName = (rows: { provider: string }[]) => [...rows].sort((x, y) => x.provider.localeCompare(y.provider));
      expect(byName(await s.getUpstreamTokens(tsid))).toEqual([corp, github]);
      const corp2 = upstreamTokens({ provider: 'corp', accessToken: secret() });
      await s.putUpstreamTokens(tsid, corp2, HOUR);
      expect(byName(await s.getUpstreamTokens(tsid))).toEqual([corp2, github]);
      expect(await s.getUpstreamTokens(secret())).toEqual([]);
      await s.deleteUpstreamTokens(tsid);
      expect(await s.getUpstreamTokens(tsid)).toEqual([]);
    });

    it('forgets every kind of record when its TTL has passed', async () => {
      const c = client();
      const [state, code, rt, tsid] = [secret(), secret(), secret(), secret()];
      await s.putClient(c, 40);
      await s.putPending(state, pending(), 40);
      await s.putCode(code, codeGrant(), 40);
      await s.putRefreshToken(rt, refreshGrant(), 40);
      await s.putUpstreamTokens(tsid, upstreamTokens(), 40);
      await advance(150);
      expect(await s.getClient(c.clientId)).toBeNull();
      expect(await s.takePending(state)).toBeNull();
      expect(await s.consumeCode(code)).toEqual({ status: 'missing' });
      expect(await s.consumeRefreshToken(rt)).toEqual({ status: 'missing' });
      expect(await s.getUpstreamTokens(tsid)).toEqual([]);
    });

    it('never shortens a session when a later provider row has a shorter TTL', async () => {
      const tsid = secret();
      await s.putUpstreamTokens(tsid, upstreamTokens({ provider: 'corp' }), HOUR);
      await s.putUpstreamTokens(tsid, upstreamTokens({ provider: 'github' }), 40);
      await advance(150);
      expect(await s.getUpstreamTokens(tsid)).toHaveLength(2);
    });

    it('gives a lock to exactly one of many concurrent callers, and locks per name', async () => {
      const name = secret();
      const owners = await Promise.all(Array.from({ length: 10 }, () => s.tryLock(name, HOUR)));
      expect(owners.filter((o) => o !== null)).toHaveLength(1);
      expect(await s.tryLock(name, HOUR)).toBeNull();
      expect(await s.tryLock(secret(), HOUR)).toEqual(expect.any(String));
    });

    it('frees a lock when its TTL has passed, for a new owner', async () => {
      const name = secret();
      const first = await s.tryLock(name, 40);
      expect(first).toEqual(expect.any(String));
      await advance(150);
      const second = await s.tryLock(name, HOUR);
      expect(second).toEqual(expect.any(String));
      expect(second).not.toBe(first);
      // The first holder, late, cannot release what is now the second one's.
      expect(await s.unlock(name, first!)).toBe(false);
      expect(await s.tryLock(name, HOUR)).toBeNull();
    });

    it('releases a lock only for its owner', async () => {
      const name = secret();
      const owner = (await s.tryLock(name, HOUR))!;
      expect(await s.unlock(name, secret())).toBe(false);
      expect(await s.tryLock(name, HOUR)).toBeNull();
      expect(await s.unlock(name, owner)).toBe(true);
      expect(await s.unlock(name, owner)).toBe(false);
      expect(await s.tryLock(name, HOUR)).toEqual(expect.any(String));
      expect(await s.unlock(secret(), owner)).toBe(false);
    });

    it('refuses a record without a positive TTL', async () => {
      for (const ttl of [0, -1, 1.5, Number.NaN]) {
        await expect(s.putClient(client(), ttl)).rejects.toMatchObject({ code: 'AS_STORAGE_CONFIG' });
      }
      await expect(s.putRefreshToken(secret(), refreshGrant(), 0)).rejects.toBeInstanceOf(StorageError);
      await expect(s.tryLock(secret(), 0)).rejects.toMatchObject({ code: 'AS_STORAGE_CONFIG' });
    });
  });
}
