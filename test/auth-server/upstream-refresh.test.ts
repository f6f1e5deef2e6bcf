/**
 * Upstream token refresh (issue 5, item 7) against real upstreams: two oidc-provider IdPs that rotate
 * refresh tokens, one as an `oidc` upstream, one as a plain `oauth2` upstream. vmcp runs as in production
 * (compiled config, startAuthServer, the server core), and its MCP endpoint is a handler that reports
 * digests of the upstream tokens it was given (never the tokens). Expiry is reached by moving a stored
 * row's expiresAt into the past, which is what time would do; the refresh itself is the upstream's real one.
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { decodeJwt } from 'jose';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileSources } from '../../compiler/index.js';
import { startAuthServer, type AuthServerRuntime } from '../../runtime/auth-server/index.js';
import { createUpstreamClients, oauthFlowEndpoints, type UpstreamClient } from '../../runtime/auth-server/flow/index.js';
import { ephemeralKeyring } from '../../runtime/auth-server/storage/keyring.js';
import { openRedisStorage } from '../../runtime/auth-server/storage/redis.js';
import type { AuthServerStorage, StoredUpstreamTokens } from '../../runtime/auth-server/storage/types.js';
import type { RedisStoragePlan } from '../../generated/plan.js';
import { upstreamTokenHook } from '../../runtime/auth-server/upstream-tokens.js';
import { lazyRefreshClients } from '../../runtime/auth-server/upstream-refresh/clients.js';
import { createUpstreamRefresher } from '../../runtime/auth-server/upstream-refresh/refresher.js';
import type { RouteHandler, SecretValues } from '../../runtime/contract.js';
import { resolveSecrets } from '../../runtime/secrets.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { Browser } from '../auth-server-flow/helpers/browser.js';
import { oauth2UpstreamConfig } from '../auth-server-flow/helpers/idp.js';
import { unlimitedFrontDoor } from '../auth-server-flow/helpers/world.js';
import { startRefreshIdp, type RefreshIdp } from '../e2e/helpers/refresh-idp.js';
import { redisPlan } from './helpers/redis-plan.js';
import { bindLoopback } from '../fixtures/listen.js';
import { startRedis, type RedisProcess } from './helpers/redis-server.js';
import { noSecrets } from './helpers/secrets.js';

const digest = (t: string) => createHash('sha256').update(t).digest('base64url').slice(0, 16);

/** Stands in for a backend: which upstream tokens came with the call, as digests. */
const mcp: RouteHandler = (_req, res, ctx) => {
  const tokens = Object.fromEntries(Object.entries(ctx.identity?.upstreamTokens ?? {}).map(([k, v]) => [k, digest(v.accessToken)]));
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(tokens));
};

const insecure = { [oauth.allowInsecureRequests]: true } as const;
const REDIRECT = 'http://127.0.0.1:40123/cb';

let issuer: string;
let corp: RefreshIdp;
let gh: RefreshIdp;
let as: AuthServerRuntime;
let server: RunningServer;
let secrets: SecretValues;
let authServerPlan: Parameters<typeof createUpstreamClients>[0];
/** What the auth server warned about during the current test only (emptied before each). */
const warnings: string[] = [];
beforeEach(() => {
  warnings.length = 0;
});

beforeAll(async () => {
  const bound = await bindLoopback();
  issuer = bound.origin;
  const callback = `${issuer}/oauth/callback`;
  corp = await startRefreshIdp({ clientId: 'vmcp-corp', clientSecret: 'corp-secret-for-tests', redirectUri: callback, authMethod: 'client_secret_basic' });
  gh = await startRefreshIdp({ clientId: 'vmcp-gh', clientSecret: 'gh-secret-for-tests', redirectUri: callback, authMethod: 'client_secret_post' });
  const yaml = `
name: refresh-test
groupRef: g
backends:
  - { name: b, url: "http://127.0.0.1:9/mcp", transport: streamable-http }
incomingAuth:
  type: oidc
  oidc: { issuer: "${issuer}", audience: "${issuer}/mcp", jwksAllowPrivateIp: true }
outgoingAuth:
  source: inline
  default: { type: unauthenticated }
authServer:
  runConfig:
    issuer: "${issuer}"
    upstreams:
      - name: corp
        type: oidc
        oidc_config: { issuer_url: "${corp.issuer}", client_id: vmcp-corp, client_secret_env_var: CORP_SECRET, scopes: [openid] }
      - name: gh
        type: oauth2
        oauth2_config: ${oauth2UpstreamConfig(gh, 'GH_SECRET')}
    allowed_audiences: ["${issuer}/mcp"]
`;
  const r = compileSources({ file: 'vmcp.yaml', bytes: yaml });
  if (!r.ok || !r.plan?.authServer) throw new Error(`test config does not compile: ${JSON.stringify(r.diagnostics)}`);
  authServerPlan = r.plan.authServer;
  secrets = resolveSecrets(r.plan, { env: { CORP_SECRET: corp.clientSecret, GH_SECRET: gh.clientSecret } });
  as = await startAuthServer(r.plan.authServer, { secrets, warn: (m) => warnings.push(m), frontDoor: unlimitedFrontDoor, flow: oauthFlowEndpoints(r.plan.authServer, { secrets }) });
  server = await startServer(r.plan, { listener: bound.listener, secrets, handlers: { ...as.handlers, mcp }, auth: as.incomingAuth });
});
afterAll(async () => {
  await server?.close();
  await as?.close();
  await corp?.stop();
  await gh?.stop();
});

/** A whole login as an MCP client would do it; returns our access token and its tsid. */
let registered: Promise<{ meta: oauth.AuthorizationServer; client: oauth.Client }> | undefined;
/** Discovery and registration once per file: /oauth/register is rate limited per address. */
const register = () =>
  (registered ??= (async () => {
    const meta = await oauth.processDiscoveryResponse(new URL(issuer), await oauth.discoveryRequest(new URL(issuer), insecure));
    const client = await oauth.processDynamicClientRegistrationResponse(
      await oauth.dynamicClientRegistrationRequest(meta, { redirect_uris: ['http://127.0.0.1/cb'], token_endpoint_auth_method: 'none' }, insecure),
    );
    return { meta, client };
  })());

async function login(user: string): Promise<{ token: string; tsid: string }> {
  const { meta, client } = await register();
  const verifier = oauth.generateRandomCodeVerifier();
  const url = new URL(meta.authorization_endpoint!);
  const params = { client_id: client.client_id, redirect_uri: REDIRECT, response_type: 'code', scope: 'openid', code_challenge: await oauth.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', resource: `${issuer}/mcp` };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  corp.loginAs(user);
  gh.loginAs(`${user}-at-gh`);
  const back = await new Browser().follow(url, (u) => u.href.startsWith(REDIRECT));
  const code = oauth.validateAuthResponse(meta, client, back, oauth.expectNoState);
  const res = await oauth.authorizationCodeGrantRequest(meta, client, oauth.None(), code, REDIRECT, verifier, { ...insecure, additionalParameters: { resource: `${issuer}/mcp` } });
  const token = (await oauth.processAuthorizationCodeResponse(meta, client, res)).access_token;
  return { token, tsid: decodeJwt(token).tsid as string };
}

const callMcp = (token: string) => fetch(`${issuer}/mcp`, { headers: { authorization: `Bearer ${token}` } });
const rows = async (tsid: string) => Object.fromEntries((await as.storage.getUpstreamTokens(tsid)).map((r) => [r.provider, r]));

/** Rewrites a stored row, as time (expiry) or an upstream (revocation) would have changed it. */
async function alter(tsid: string, provider: string, change: Partial<StoredUpstreamTokens>): Promise<StoredUpstreamTokens> {
  const row = (await rows(tsid))[provider]!;
  await as.storage.putUpstreamTokens(tsid, { ...row, ...change }, 1);
  return row;
}
const expire = (tsid: string, provider: string) => alter(tsid, provider, { expiresAt: Date.now() - 1000 });

/** Is this access token live at the upstream that issued it? (its userinfo endpoint says) */
const liveAt = async (idp: RefreshIdp, accessToken: string) => (await fetch(`${idp.issuer}/me`, { headers: { authorization: `Bearer ${accessToken}` } })).status === 200;

/** Does the upstream still accept this refresh token? (uses it, so only for tokens meant to be dead) */
async function refreshAccepted(idp: RefreshIdp, refreshToken: string): Promise<boolean> {
  const basic = Buffer.from(`${idp.clientId}:${idp.clientSecret}`).toString('base64');
  const res = await fetch(`${idp.issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  });
  return res.status === 200;
}

function expectReauthenticate(res: Response): void {
  expect(res.status).toBe(401);
  const challenge = res.headers.get('www-authenticate')!;
  expect(challenge).toContain('error="invalid_token"');
  expect(challenge).toContain('error_description="upstream token is no longer valid; re-authentication required"');
  expect(challenge).toContain(`resource_metadata="${issuer}/.well-known/oauth-protected-resource`);
}

describe('upstream token refresh in the incoming middleware', () => {
  it('refreshes expired tokens at the OIDC and the OAuth 2.0 upstream, stores the rotated refresh tokens, and passes the new ones on', async () => {
    const { token, tsid } = await login('alice');
    const before = await rows(tsid);
    expect(await (await callMcp(token)).json()).toEqual({ corp: digest(before.corp!.accessToken), gh: digest(before.gh!.accessToken) });
    const counts = [corp.refreshes(), gh.refreshes()];
    await expire(tsid, 'corp');
    await expire(tsid, 'gh');

    const res = await callMcp(token);
    expect(res.status).toBe(200);
    const after = await rows(tsid);
    expect(await res.json()).toEqual({ corp: digest(after.corp!.accessToken), gh: digest(after.gh!.accessToken) });
    expect([corp.refreshes(), gh.refreshes()]).toEqual([counts[0]! + 1, counts[1]! + 1]);
    for (const [name, idp] of [['corp', corp], ['gh', gh]] as const) {
      const b = before[name]!;
      const a = after[name]!;
      expect(a.accessToken).not.toBe(b.accessToken);
      expect(a.refreshToken).not.toBe(b.refreshToken);
      expect(a.expiresAt).toBeGreaterThan(Date.now() + 500_000);
      expect({ userId: a.userId, clientId: a.clientId }).toEqual({ userId: b.userId, clientId: b.clientId });
      expect(await liveAt(idp, a.accessToken)).toBe(true);
      // The upstream rotated: the refresh token we replaced is dead there, so keeping it would have locked the user out.
      expect(await refreshAccepted(idp, b.refreshToken!)).toBe(false);
    }
    // The OIDC upstream's new ID token names the same user; the OAuth 2.0 upstream keeps none.
    expect(decodeJwt(after.corp!.idToken!).sub).toBe('alice');
    expect(after.gh!.idToken).toBeNull();
    // Only the upstream tokens changed; our JWT is the same and still works.
    expect((await callMcp(token)).status).toBe(200);
    expect([corp.refreshes(), gh.refreshes()]).toEqual([counts[0]! + 1, counts[1]! + 1]);
  });

  it('refreshes a token about to expire (within the skew) and leaves a fresh one alone', async () => {
    const { token, tsid } = await login('bob');
    const gh0 = (await rows(tsid)).gh!;
    const old = await alter(tsid, 'corp', { expiresAt: Date.now() + 5_000 });
    const counts = [corp.refreshes(), gh.refreshes()];
    expect((await callMcp(token)).status).toBe(200);
    const after = await rows(tsid);
    expect(after.corp!.accessToken).not.toBe(old.accessToken);
    expect(after.gh!.accessToken).toBe(gh0.accessToken);
    expect([corp.refreshes(), gh.refreshes()]).toEqual([counts[0]! + 1, counts[1]]);
  });

  it('makes one upstream call for many concurrent requests with the same expired token', async () => {
    const { token, tsid } = await login('carol');
    await expire(tsid, 'corp');
    await expire(tsid, 'gh');
    const counts = [corp.refreshes(), gh.refreshes()];
    const answers = await Promise.all(Array.from({ length: 8 }, () => callMcp(token)));
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    const bodies = await Promise.all(answers.map((r) => r.json()));
    const after = await rows(tsid);
    for (const b of bodies) expect(b).toEqual({ corp: digest(after.corp!.accessToken), gh: digest(after.gh!.accessToken) });
    expect([corp.refreshes(), gh.refreshes()]).toEqual([counts[0]! + 1, counts[1]! + 1]);
  });

  it('asks for a new sign-in (401) when the expired token has no refresh token', async () => {
    const { token, tsid } = await login('dave');
    await alter(tsid, 'gh', { expiresAt: Date.now() - 1000, refreshToken: null });
    expectReauthenticate(await callMcp(token));
  });

  it('asks for a new sign-in (401) when the upstream refuses the refresh token (invalid_grant)', async () => {
    const { token, tsid } = await login('erin');
    const counts = corp.refreshes();
    await alter(tsid, 'corp', { expiresAt: Date.now() - 1000, refreshToken: 'a-refresh-token-the-upstream-never-issued' });
    expectReauthenticate(await callMcp(token));
    expect(corp.refreshes()).toBe(counts);
    expect(warnings.some((w) => w.includes('AS_UPSTREAM_REFUSED') && w.includes('invalid_grant'))).toBe(true);
  });

  it('asks for a new sign-in (401) when the refreshed ID token names another user than the one who signed in', async () => {
    const other = await login('olga');
    const { token, tsid } = await login('paul');
    // The stored ID token (the login's) now names Olga, so Paul's refreshed one must not be accepted.
    await alter(tsid, 'corp', { expiresAt: Date.now() - 1000, idToken: (await rows(other.tsid)).corp!.idToken });
    expectReauthenticate(await callMcp(token));
    expect(warnings.some((w) => w.includes('AS_UPSTREAM_INVALID') && w.includes('does not name the user who signed in'))).toBe(true);
  });

  it('answers 503 while the upstream is down, uses a still-valid token meanwhile, and refreshes once it is back', async () => {
    const { token, tsid } = await login('frank');
    corp.setDown(true);
    try {
      // Within the skew but not expired: the refresh fails, the current token still serves.
      const soon = await alter(tsid, 'corp', { expiresAt: Date.now() + 5_000 });
      const res = await callMcp(token);
      expect(res.status).toBe(200);
      expect(((await res.json()) as Record<string, string>).corp).toBe(digest(soon.accessToken));
      await expire(tsid, 'corp');
      const down = await callMcp(token);
      expect(down.status).toBe(503);
      expect(down.headers.get('www-authenticate')).toBeNull();
      expect(warnings.some((w) => w.includes('AS_UPSTREAM_UNREACHABLE') && w.includes('HTTP 503'))).toBe(true);
    } finally {
      corp.setDown(false);
    }
    const back = await callMcp(token);
    expect(back.status).toBe(200);
    expect(((await back.json()) as Record<string, string>).corp).toBe(digest((await rows(tsid)).corp!.accessToken));
  });

  it('answers 503 when the upstream cannot be reached at all', async () => {
    const { tsid } = await login('gina');
    await alter(tsid, 'gh', { expiresAt: Date.now() - 1000 });
    const idle = await startRefreshIdp({ clientId: 'x', clientSecret: 'y', redirectUri: `${issuer}/oauth/callback`, authMethod: 'client_secret_post' });
    await idle.stop();
    // A closed port on loopback: the same refusal a crashed upstream gives.
    const plan = { ...authServerPlan, upstreams: authServerPlan.upstreams.map((u) => (u.name === 'gh' ? { ...u, tokenEndpoint: `${idle.issuer}/token` } : u)) };
    const [, ghDown] = await createUpstreamClients(plan, { secret: (ref) => secrets.get(ref) });
    const refresher = createUpstreamRefresher({ storage: as.storage, clients: async () => ghDown! });
    const row = (await rows(tsid)).gh!;
    await expect(refresher.refresh(tsid, row)).rejects.toMatchObject({ code: 'AS_UPSTREAM_REFRESH_UNAVAILABLE' });
  });

  it('answers 503 when an OIDC upstream cannot be discovered at refresh time, and 401 for an upstream no longer configured', async () => {
    const { tsid } = await login('iris');
    const row = await expire(tsid, 'corp');
    const idle = await startRefreshIdp({ clientId: 'x', clientSecret: 'y', redirectUri: `${issuer}/oauth/callback`, authMethod: 'client_secret_post' });
    await idle.stop();
    const plan = { ...authServerPlan, upstreams: authServerPlan.upstreams.map((u) => (u.name === 'corp' ? { ...u, issuerUrl: idle.issuer } : u)) };
    const refresher = createUpstreamRefresher({ storage: as.storage, clients: lazyRefreshClients(plan, secrets), warn: (m) => warnings.push(m) });
    await expect(refresher.refresh(tsid, row)).rejects.toMatchObject({ code: 'AS_UPSTREAM_REFRESH_UNAVAILABLE' });
    expect(warnings.some((w) => w.includes('not ready for a token refresh') && w.includes('AS_UPSTREAM_DISCOVERY'))).toBe(true);
    const without = createUpstreamRefresher({ storage: as.storage, clients: lazyRefreshClients({ ...authServerPlan, upstreams: authServerPlan.upstreams.filter((u) => u.name !== 'corp') }, secrets) });
    await expect(without.refresh(tsid, row)).rejects.toMatchObject({ code: 'AS_UPSTREAM_REFRESH_IMPOSSIBLE' });
  });

  it('never refreshes for a caller whose JWT names another user\'s session', async () => {
    const victim = await login('ivy');
    const mallory = await login('mallory');
    await expire(victim.tsid, 'corp');
    const counts = corp.refreshes();
    // Mallory's verified claims with Ivy's tsid, as a forged-but-signed token would carry them.
    const claims = { ...decodeJwt(mallory.token), tsid: victim.tsid };
    await expect(as.incomingAuth.upstreamTokens(claims)).rejects.toMatchObject({ code: 'reauthenticate' });
    expect(corp.refreshes()).toBe(counts);
  });
});

describe('upstream token refresh on Redis storage (what several replicas share)', () => {
  // Replicas share hmac_secret_files, hence one keyring for every storage of this suite.
  const replicasKeyring = ephemeralKeyring();
  let redis: RedisProcess;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  /** A user's session as the replicas share it: every row copied to Redis, the corp row expired. */
  async function sharedSession(user: string, plan: RedisStoragePlan) {
    const { token, tsid } = await login(user);
    const storage = openRedisStorage(plan, { secrets: noSecrets, keyring: replicasKeyring });
    try {
      for (const row of Object.values(await rows(tsid))) {
        await storage.putUpstreamTokens(tsid, row.provider === 'corp' ? { ...row, expiresAt: Date.now() - 1000 } : row, 3_600_000);
      }
    } finally {
      await storage.close();
    }
    return { claims: decodeJwt(token), tsid };
  }

  /**
   * One vmcp replica: its own Redis connection, refresher and middleware hook. Its upstream client is the
   * real one, entered only once `mayRefresh` resolves and counted in `calls`; `onRefusedLock` tells when its
   * storage refused it a lock (another replica holds it).
   */
  async function replica(name: string, plan: RedisStoragePlan, o: { calls: string[]; mayRefresh: Promise<void>; onRefusedLock?: () => void; lockWaitMs?: number }) {
    const real = (await createUpstreamClients(authServerPlan, { secret: (ref) => secrets.get(ref) }))[0]!;
    const opened = openRedisStorage(plan, { secrets: noSecrets, keyring: replicasKeyring });
    const storage: AuthServerStorage = new Proxy(opened, {
      get: (target, prop, receiver) =>
        prop !== 'tryLock'
          ? Reflect.get(target, prop, receiver)
          : async (lock: string, ttlMs: number) => {
              const owner = await target.tryLock(lock, ttlMs);
              if (owner === null) o.onRefusedLock?.();
              return owner;
            },
    });
    const client: Pick<UpstreamClient, 'refresh'> = {
      refresh: async (rt, id) => {
        o.calls.push(name);
        await o.mayRefresh;
        return real.refresh(rt, id);
      },
    };
    const refresher = createUpstreamRefresher({ storage, clients: async () => client, warn: (m) => warnings.push(m), ...(o.lockWaitMs === undefined ? {} : { lockWaitMs: o.lockWaitMs }) });
    return { serve: upstreamTokenHook(storage, { refresher }), close: () => opened.close() };
  }

  it('stores the refreshed row in place and keeps the session\'s lifetime', async () => {
    const plan = redisPlan(redis.port);
    const shared = openRedisStorage(plan, { secrets: noSecrets, keyring: replicasKeyring });
    const raw = new Redis({ host: '127.0.0.1', port: redis.port });
    try {
      // A real session's row (with the upstream's real refresh token), as a replica would have stored it.
      const { tsid } = await login('quinn');
      const row = (await rows(tsid)).corp!;
      await shared.putUpstreamTokens(tsid, { ...row, expiresAt: Date.now() - 1000 }, 3_600_000);
      const real = (await createUpstreamClients(authServerPlan, { secret: (ref) => secrets.get(ref) }))[0]!;
      const refresher = createUpstreamRefresher({ storage: shared, clients: async () => real });
      const fresh = await refresher.refresh(tsid, { ...row, expiresAt: Date.now() - 1000 });
      const [stored] = await shared.getUpstreamTokens(tsid);
      expect(stored).toEqual(fresh);
      expect(fresh.accessToken).not.toBe(row.accessToken);
      expect(await liveAt(corp, fresh.accessToken)).toBe(true);
      expect(await raw.pttl(`${plan.keyPrefix}up:${tsid}`)).toBeGreaterThan(3_500_000);
    } finally {
      raw.disconnect();
      await shared.close();
    }
  });

  it('makes exactly one upstream refresh when two replicas load the same expired token at once, and both serve the fresh token', async () => {
    const plan = redisPlan(redis.port);
    const { claims, tsid } = await sharedSession('hank', plan);
    const before = (await rows(tsid)).corp!;
    const calls: string[] = [];
    // Whichever replica takes the lock calls the upstream only once the other one has been refused it,
    // so the two refreshes really overlap.
    let refused!: () => void;
    const contended = new Promise<void>((resolve) => (refused = resolve));
    const a = await replica('a', plan, { calls, mayRefresh: contended, onRefusedLock: refused });
    const b = await replica('b', plan, { calls, mayRefresh: contended, onRefusedLock: refused });
    try {
      const count = corp.refreshes();
      const served = await Promise.all([a.serve(claims), b.serve(claims)]);
      expect(calls).toHaveLength(1);
      expect(corp.refreshes()).toBe(count + 1);
      const shared = openRedisStorage(plan, { secrets: noSecrets, keyring: replicasKeyring });
      const stored = (await shared.getUpstreamTokens(tsid)).find((r) => r.provider === 'corp')!;
      await shared.close();
      expect(digest(stored.accessToken)).not.toBe(digest(before.accessToken));
      for (const tokens of served) expect(digest(tokens!.corp!.accessToken)).toBe(digest(stored.accessToken));
      // The upstream saw no refresh token twice, so it kept the grant: the fresh token is live there.
      expect(await liveAt(corp, stored.accessToken)).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('answers 503 from a replica that waited in vain for another replica\'s refresh, and serves its result once stored', async () => {
    const plan = redisPlan(redis.port);
    const { claims, tsid } = await sharedSession('judy', plan);
    const calls: string[] = [];
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const slow = await replica('slow', plan, { calls, mayRefresh: held });
    const waiting = await replica('waiting', plan, { calls, mayRefresh: Promise.resolve(), lockWaitMs: 200 });
    try {
      const count = corp.refreshes();
      const first = slow.serve(claims);
      await vi.waitFor(() => expect(calls).toEqual(['slow']));
      await expect(waiting.serve(claims)).rejects.toMatchObject({ code: 'unavailable' });
      expect(warnings.some((w) => w.includes('waited 200 ms for another process'))).toBe(true);
      letGo();
      const fresh = (await first)!.corp!;
      expect(digest((await waiting.serve(claims))!.corp!.accessToken)).toBe(digest(fresh.accessToken));
      expect(calls).toEqual(['slow']);
      expect(corp.refreshes()).toBe(count + 1);
      const shared = openRedisStorage(plan, { secrets: noSecrets, keyring: replicasKeyring });
      expect(digest((await shared.getUpstreamTokens(tsid)).find((r) => r.provider === 'corp')!.accessToken)).toBe(digest(fresh.accessToken));
      await shared.close();
    } finally {
      letGo();
      await slow.close();
      await waiting.close();
    }
  });
});
