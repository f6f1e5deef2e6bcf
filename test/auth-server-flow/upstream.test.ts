/**
 * Upstream clients: discovery at start (retried, then a clear error), the http-only-on-loopback rule,
 * identity from the token response, and ToolHive's synthesized subject for an upstream with no other.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOAuthFlow, createUpstreamClients, FlowError, keySigner } from '../../runtime/auth-server/flow/index.js';
import { upstreamFetch } from '../../runtime/auth-server/flow/upstream/http-client.js';
import { guardedLookup } from '../../runtime/http/guarded-lookup.js';
import { MemoryStorage } from '../../runtime/auth-server/storage/memory.js';
import { listenRefusing } from '../helpers/refusing-server.js';
import { authServerPlan, oauth2UpstreamPlan, oidcUpstreamPlan } from './helpers/plan.js';
import { authorizeRequest, CLIENT_REDIRECT, login, obtainTokens, startWorld, tokenRequest, type ClientSession, type World } from './helpers/world.js';
import { Browser } from './helpers/browser.js';
import { synthesizedSubject } from '../../runtime/auth-server/flow/upstream/synthesized-subject.js';

const noSecret = () => 'unused';
const fast = { attempts: 3, firstDelayMs: 20, timeoutMs: 500 };

describe('OIDC discovery', () => {
  it('retries, then fails with a typed error that names the upstream', async () => {
    const refusing = await listenRefusing();
    const plan = authServerPlan('https://vmcp.example.test', [oidcUpstreamPlan('corp', refusing.url, 'c', 'https://vmcp.example.test/oauth/callback')]);
    const started = Date.now();
    const err = await createUpstreamClients(plan, { secret: noSecret, discovery: fast }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlowError);
    expect(err).toMatchObject({ code: 'AS_UPSTREAM_DISCOVERY' });
    expect((err as Error).message).toContain('corp');
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40);
    expect(refusing.connections()).toBe(3);
    await refusing.close();
  });

  it('refuses plain http to a host that is not loopback, without a request', async () => {
    const plan = authServerPlan('https://vmcp.example.test', [oidcUpstreamPlan('corp', 'http://sso.example.test', 'c', 'https://vmcp.example.test/oauth/callback')]);
    await expect(createUpstreamClients(plan, { secret: noSecret, discovery: fast })).rejects.toMatchObject({ code: 'AS_UPSTREAM_INSECURE_URL' });
  });

  it('refuses plain http endpoints of an oauth2 upstream that is not loopback', async () => {
    const up = oauth2UpstreamPlan('gh', 'http://github.example.test', 'c', 'https://vmcp.example.test/oauth/callback');
    await expect(createUpstreamClients(authServerPlan('https://vmcp.example.test', [up]), { secret: noSecret })).rejects.toMatchObject({ code: 'AS_UPSTREAM_INSECURE_URL' });
  });
});

describe('SSRF guard (allow_private_ips false)', () => {
  it('refuses an upstream at a private address that is not a loopback name', async () => {
    const up = oidcUpstreamPlan('corp', 'http://10.255.255.1:8443', 'c', 'https://vmcp.example.test/oauth/callback', { insecureAllowHttp: true });
    const err = await createUpstreamClients(authServerPlan('https://vmcp.example.test', [up]), { secret: noSecret, discovery: fast }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'AS_UPSTREAM_DISCOVERY' });
    expect((err as Error).message).toContain('allow_private_ips');
  });

  it('checks the addresses a host name resolves to, at connect time', async () => {
    const err = await upstreamFetch('corp', false, false)('http://localhost:2/token').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'AS_UPSTREAM_PRIVATE_ADDRESS', message: expect.stringContaining('upstream corp: refused to connect to') });
  });

  it('reaches loopback only for an upstream configured on loopback, never because its discovery document says so', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
    try {
      await expect(upstreamFetch('corp', false, false)(url)).rejects.toMatchObject({ code: 'AS_UPSTREAM_PRIVATE_ADDRESS' });
      // A host name is checked where it resolves, at connect time.
      await expect(upstreamFetch('corp', false, false)(url.replace('127.0.0.1', 'localhost'))).rejects.toMatchObject({ code: 'AS_UPSTREAM_PRIVATE_ADDRESS' });
      expect(requests).toBe(0);
      expect((await upstreamFetch('corp', false, true)(url)).status).toBe(200);
      expect(requests).toBe(1);
    } finally {
      server.close();
    }
  });

  it('lets a public address through the guard', async () => {
    const refuse = () => new Error('refused');
    const err = await new Promise<unknown>((resolve) => guardedLookup(refuse)('8.8.8.8', {}, (e) => resolve(e)));
    expect(err).toBeNull();
  });
});

describe('createOAuthFlow', () => {
  it('refuses upstream clients that are not the plan\'s', async () => {
    const up = oauth2UpstreamPlan('gh', 'https://github.example.test', 'c', 'https://vmcp.example.test/oauth/callback');
    const plan = authServerPlan('https://vmcp.example.test', [up]);
    const { privateKey } = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const storage = new MemoryStorage();
    expect(() => createOAuthFlow({ plan, storage, signer: keySigner({ privateKey, kid: 'k', alg: 'ES256' }), upstreams: [] })).toThrow(FlowError);
    await storage.close();
  });
});

/**
 * ToolHive pkg/authserver/upstream/oauth2.go:562-565 (neither identity_from_token nor userinfo: synthesize) and
 * :603-606 (synthesizeSubjectFromAccessToken: "tk-" + hex of the first 16 bytes of SHA-256 of the access token);
 * pkg/authserver/server/handlers/callback.go:111-121 uses that subject as the user id, keeping nothing per user.
 */
describe('oauth2 upstream with neither userinfo nor identity_from_token', () => {
  it('computes ToolHive\'s subject: "tk-" + first 16 bytes of SHA-256(access token), in hex', () => {
    // SHA-256("abc") is FIPS 180-2's example: ba7816bf8f01cfea414140de5dae2223 b00361a3...
    expect(synthesizedSubject('abc')).toBe('tk-ba7816bf8f01cfea414140de5dae2223');
    expect(synthesizedSubject('atlassian-style-opaque-token')).toHaveLength(35);
  });

  let w: World;
  beforeAll(async () => {
    w = await startWorld({ chain: ['oauth2'], upstream: (u) => ({ ...u, userinfo: null, identityFromToken: null }) });
    w.idps[0]!.loginAs('carol');
  });
  afterAll(async () => {
    await w.stop();
  });

  it('signs the user in with the synthesized subject as user id', async () => {
    const t = await obtainTokens(w);
    const claims = decodeJwt(t.access_token as string);
    const rows = await w.storage.getUpstreamTokens(claims.tsid as string);
    expect(rows).toHaveLength(1);
    const expected = `tk-${createHash('sha256').update(rows[0]!.accessToken).digest('hex').slice(0, 32)}`;
    expect(claims.sub).toBe(expected);
    expect(rows[0]).toMatchObject({ provider: 'oauth2-0', userId: expected });
  });

  it('a new sign-in in the same browser gets a new subject, and is asked for consent again (nothing remembered)', async () => {
    const browser = new Browser();
    const subjectOf = async (session: ClientSession, back: URL) => {
      const code = back.searchParams.get('code');
      expect(code, back.href).not.toBeNull();
      const r = await tokenRequest(w, { grant_type: 'authorization_code', code: code!, redirect_uri: CLIENT_REDIRECT, code_verifier: session.verifier, client_id: w.client.clientId });
      return decodeJwt(r.body.access_token as string).sub;
    };
    const one = await authorizeRequest(w);
    const sub1 = await subjectOf(one, await login(one, browser));
    const two = await authorizeRequest(w);
    expect((await browser.get(two.url)).consent).not.toBeNull();
    const sub2 = await subjectOf(two, await login(two, browser));
    expect(sub1).toMatch(/^tk-[0-9a-f]{32}$/);
    expect(sub2).toMatch(/^tk-[0-9a-f]{32}$/);
    expect(sub2).not.toBe(sub1);
  });
});

describe('oauth2 upstream with identity_from_token', () => {
  let w: World;
  beforeAll(async () => {
    // The subject is read from the ID token in the raw token response, unverified (ToolHive's @upstreamjwt).
    w = await startWorld({ chain: ['oauth2'], upstream: (u) => ({ ...u, userinfo: null, identityFromToken: { subjectPath: 'id_token|@upstreamjwt|sub', namePath: null, emailPath: null } }) });
    w.idps[0]!.loginAs('bob');
  });
  afterAll(async () => {
    await w.stop();
  });

  it('takes the user id from the token response', async () => {
    const t = await obtainTokens(w);
    const claims = decodeJwt(t.access_token as string);
    expect(claims.sub).toBe('bob');
    const rows = await w.storage.getUpstreamTokens(claims.tsid as string);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider: 'oauth2-0', userId: 'bob', idToken: null });
  });
});
