/**
 * Several vmcp processes behind one load balancer: authorize on one, callback on another, token on a
 * third. Three flow instances (each with its own HTTP server) share only the storage: one memory storage
 * object, then a real redis-server.
 */
import { noSecrets } from '../auth-server/helpers/secrets.js';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedisStorage } from '../../runtime/auth-server/storage/redis.js';
import type { AuthServerStorage } from '../../runtime/auth-server/storage/types.js';
import { redisPlan } from '../auth-server/helpers/redis-plan.js';
import { startRedis, type RedisProcess } from '../auth-server/helpers/redis-server.js';
import { Browser } from './helpers/browser.js';
import { startFlowServer, type FlowServer } from './helpers/vmcp.js';
import { authorizeRequest, CLIENT_REDIRECT, isCallback, isClientRedirect, startWorld, tokenRequest, type World } from './helpers/world.js';

function suite(label: string, storage: () => AuthServerStorage | undefined) {
  describe(`three processes sharing ${label}`, () => {
    let w: World;
    let b: FlowServer;
    let c: FlowServer;
    beforeAll(async () => {
      // A short grace window: Redis expires the grace record in real time, not on the test's clock.
      w = await startWorld({ chain: ['oidc', 'oauth2'], storage: storage(), flowOptions: { refreshGraceMs: 200 } });
      b = await startFlowServer();
      c = await startFlowServer();
      b.mount(w.flow());
      c.mount(w.flow());
    });
    afterAll(async () => {
      await b.stop();
      await c.stop();
      await w.stop();
    });

    /** The load balancer's part: the same request, sent to another process. */
    const via = (u: URL, server: FlowServer) => new URL(`${server.origin}${u.pathname}${u.search}`);
    /** A browser to which the three processes are one site, as they would be behind the load balancer. */
    const siteBrowser = () => {
      const browser = new Browser();
      for (const p of [b, c]) browser.treatAsSameSite(p.origin, w.issuer);
      return browser;
    };

    it('completes a two-upstream login and token exchange across the three', async () => {
      const browser = siteBrowser();
      const s = await authorizeRequest(w);
      const firstCallback = await browser.follow(s.url, isCallback(w));
      const secondCallback = await browser.follow(via(firstCallback, b), isCallback(w));
      const back = await browser.follow(via(secondCallback, c), isClientRedirect);
      const code = back.searchParams.get('code')!;
      expect(back.searchParams.get('state')).toBe(s.state);

      const r = await tokenRequest(w, { grant_type: 'authorization_code', code, redirect_uri: CLIENT_REDIRECT, code_verifier: s.verifier, client_id: w.client.clientId }, b.origin);
      expect(r.status).toBe(200);
      const claims = decodeJwt(r.body.access_token as string);
      expect(claims.iss).toBe(w.issuer);
      expect(claims.sub).toBe('alice');
      const rows = await w.storage.getUpstreamTokens(claims.tsid as string);
      expect(rows.map((x) => x.provider).sort()).toEqual(['oauth2-1', 'oidc-0']);

      // The code is single use across processes, and so is a refresh token after the grace window.
      const again = await tokenRequest(w, { grant_type: 'authorization_code', code, redirect_uri: CLIENT_REDIRECT, code_verifier: s.verifier, client_id: w.client.clientId }, c.origin);
      expect(again.body.error).toBe('invalid_grant');
    });

    it('rotates refresh tokens across processes and detects a replay on another one', async () => {
      const browser = new Browser();
      const s = await authorizeRequest(w);
      const back = await browser.follow(s.url, isClientRedirect);
      const code = back.searchParams.get('code')!;
      const t = await tokenRequest(w, { grant_type: 'authorization_code', code, redirect_uri: CLIENT_REDIRECT, code_verifier: s.verifier, client_id: w.client.clientId }, c.origin);
      const r1 = await tokenRequest(w, { grant_type: 'refresh_token', refresh_token: t.body.refresh_token as string, client_id: w.client.clientId }, b.origin);
      expect(r1.status).toBe(200);
      w.clock.now += 30_000;
      // Past the 200 ms grace window: the memory storage reads the test's clock, but Redis keeps the grace
      // record on its own clock, so the window is waited out (the passing of time is what is tested).
      await new Promise((r) => setTimeout(r, 300));
      const replay = await tokenRequest(w, { grant_type: 'refresh_token', refresh_token: t.body.refresh_token as string, client_id: w.client.clientId }, c.origin);
      expect(replay.body.error).toBe('invalid_grant');
      const live = await tokenRequest(w, { grant_type: 'refresh_token', refresh_token: r1.body.refresh_token as string, client_id: w.client.clientId });
      expect(live.body.error).toBe('invalid_grant');
      w.clock.now = Date.now();
    });

    it('accepts a callback state only once, whichever process sees it first', async () => {
      const browser = siteBrowser();
      const s = await authorizeRequest(w);
      const cb = await browser.follow(s.url, isCallback(w));
      const [x, y] = await Promise.all([browser.get(via(cb, b)), browser.get(via(cb, c))]);
      expect([x.status, y.status].sort()).toEqual([302, 400]);
    });
  });
}

suite('one memory storage', () => undefined);

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});
// The plan has no Redis credentials, so no secret is ever asked for.
suite('a redis-server', () => openRedisStorage(redisPlan(redis.port), { secrets: noSecrets }));

describe('a storage outage', () => {
  let down: RedisProcess;
  let w: World;
  beforeAll(async () => {
    down = await startRedis();
    w = await startWorld({ chain: ['oidc'], storage: openRedisStorage(redisPlan(down.port), { secrets: noSecrets }) });
  });
  afterAll(async () => {
    await w.stop();
    await down.stop();
  });

  it('is answered 503 temporarily_unavailable, and the operator is told', async () => {
    const browser = new Browser();
    const s = await authorizeRequest(w);
    const cb = await browser.follow(s.url, isCallback(w));
    await down.stop();
    const callback = await browser.get(cb);
    expect(callback.status).toBe(503);
    expect(JSON.parse(callback.body)).toMatchObject({ error: 'temporarily_unavailable' });
    const token = await tokenRequest(w, { grant_type: 'refresh_token', refresh_token: 'r'.repeat(43), client_id: w.client.clientId });
    expect(token.status).toBe(503);
    expect(token.headers.get('cache-control')).toBe('no-store');
    expect(w.warnings.map((x) => x.fields.code)).toContain('AS_STORAGE_UNAVAILABLE');
  });
});
