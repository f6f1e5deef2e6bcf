/**
 * /oauth/token: PKCE, redirect URI and single-use checks on codes, refresh rotation with reuse detection
 * and its grace window, RFC 6749 JSON errors with no-store, and body limits (issue 5, items 5 and 10).
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { decodeJwt } from 'jose';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredClient } from '../../runtime/auth-server/storage/types.js';
import { authorizeRequest, CLIENT_REDIRECT, login, obtainTokens, REGISTERED_REDIRECT, startWorld, tokenRequest, type World } from './helpers/world.js';

let w: World;
beforeAll(async () => {
  w = await startWorld({ chain: ['oidc'] });
});
afterAll(async () => {
  await w.stop();
});

/** A fresh code and the verifier that goes with it. */
async function freshCode() {
  const s = await authorizeRequest(w);
  const back = await login(s);
  return { code: back.searchParams.get('code')!, verifier: s.verifier };
}

const redeem = (code: string, verifier: string | null, over: Record<string, string> = {}) => {
  const form: Record<string, string> = { grant_type: 'authorization_code', code, redirect_uri: CLIENT_REDIRECT, client_id: w.client.clientId, ...over };
  if (verifier !== null) form.code_verifier = verifier;
  return tokenRequest(w, form);
};

const refresh = (token: string, over: Record<string, string> = {}) =>
  tokenRequest(w, { grant_type: 'refresh_token', refresh_token: token, client_id: w.client.clientId, ...over });

function expectError(r: { status: number; headers: Headers; body: Record<string, unknown> }, error: string, status = 400) {
  expect(r.status).toBe(status);
  expect(r.body.error).toBe(error);
  expect(typeof r.body.error_description).toBe('string');
  expect(r.headers.get('cache-control')).toBe('no-store');
  expect(r.headers.get('pragma')).toBe('no-cache');
  expect(r.body.access_token).toBeUndefined();
}

describe('authorization_code', () => {
  it('answers with no-store and the token fields', async () => {
    const { code, verifier } = await freshCode();
    const r = await redeem(code, verifier);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(r.body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'scope', 'token_type']);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a missing code_verifier without burning the code', async () => {
    const { code, verifier } = await freshCode();
    expectError(await redeem(code, null), 'invalid_request');
    expect((await redeem(code, verifier)).status).toBe(200);
  });

  it('refuses a wrong code_verifier, and the code is spent', async () => {
    const { code, verifier } = await freshCode();
    expectError(await redeem(code, `${verifier.slice(0, -1)}${verifier.endsWith('A') ? 'B' : 'A'}`), 'invalid_grant');
    expectError(await redeem(code, verifier), 'invalid_grant');
  });

  it('refuses a plain verifier (the challenge itself)', async () => {
    const s = await authorizeRequest(w);
    const back = await login(s);
    expectError(await redeem(back.searchParams.get('code')!, s.url.searchParams.get('code_challenge')!), 'invalid_grant');
  });

  it('refuses a redirect_uri other than the one authorized, even another port of the same loopback URI', async () => {
    for (const uri of ['http://127.0.0.1:49153/cb', REGISTERED_REDIRECT]) {
      const { code, verifier } = await freshCode();
      expectError(await redeem(code, verifier, { redirect_uri: uri }), 'invalid_grant');
    }
  });

  it('refuses a code issued to another client', async () => {
    const other: RegisteredClient = { ...w.client, clientId: randomUUID() };
    await w.storage.putClient(other, 60_000);
    const { code, verifier } = await freshCode();
    expectError(await redeem(code, verifier, { client_id: other.clientId }), 'invalid_grant');
  });

  it('refuses a resource that was not granted', async () => {
    const { code, verifier } = await freshCode();
    expectError(await redeem(code, verifier, { resource: 'https://evil.example/mcp' }), 'invalid_target');
  });

  it('keeps the upstream session for the refresh lifetime once the code is redeemed', async () => {
    const t = await obtainTokens(w);
    const tsid = decodeJwt(t.access_token as string).tsid as string;
    w.clock.now += 24 * 3_600_000;
    try {
      expect(await w.storage.getUpstreamTokens(tsid)).toHaveLength(1);
      expect((await refresh(t.refresh_token as string)).status).toBe(200);
    } finally {
      w.clock.now = Date.now();
    }
  });

  it('refuses a reused code and revokes what the first redemption issued', async () => {
    const { code, verifier } = await freshCode();
    const first = await redeem(code, verifier);
    expect(first.status).toBe(200);
    const tsid = decodeJwt(first.body.access_token as string).tsid as string;
    expect(await w.storage.getUpstreamTokens(tsid)).toHaveLength(1);
    expectError(await redeem(code, verifier), 'invalid_grant');
    expectError(await refresh(first.body.refresh_token as string), 'invalid_grant');
    // The access token is useless too: the upstream tokens its tsid names are gone.
    expect(await w.storage.getUpstreamTokens(tsid)).toEqual([]);
  });

  it('refuses a code after its lifetime', async () => {
    const { code, verifier } = await freshCode();
    w.clock.now += w.plan.tokenLifespans.authCodeSeconds * 1000 + 1;
    try {
      expectError(await redeem(code, verifier), 'invalid_grant');
    } finally {
      w.clock.now = Date.now();
    }
  });

  it('refuses an unknown code', async () => {
    expectError(await redeem('not-a-code', 'x'.repeat(43)), 'invalid_grant');
  });
});

describe('refresh_token', () => {
  it('rotates: the new token works, the session stays', async () => {
    const t = await obtainTokens(w);
    const r = await refresh(t.refresh_token as string);
    expect(r.status).toBe(200);
    expect(r.body.refresh_token).not.toBe(t.refresh_token);
    expect(decodeJwt(r.body.access_token as string).tsid).toBe(decodeJwt(t.access_token as string).tsid);
    expect((await refresh(r.body.refresh_token as string)).status).toBe(200);
  });

  it('answers a retry inside the grace window with the very pair the rotation returned, not a second one', async () => {
    const t = await obtainTokens(w);
    const a = await refresh(t.refresh_token as string);
    w.clock.now += 2_000;
    const b = await refresh(t.refresh_token as string);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect((await refresh(a.body.refresh_token as string)).status).toBe(200);
  });

  it('gives two refreshes sent at once the same pair', async () => {
    const t = await obtainTokens(w);
    const [a, b] = await Promise.all([refresh(t.refresh_token as string), refresh(t.refresh_token as string)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body).toEqual(a.body);
    expect((await refresh(a.body.refresh_token as string)).status).toBe(200);
  });

  it('never forks the grant: retries cannot make a second live branch, and a use after the window revokes it all', async () => {
    const t = await obtainTokens(w);
    const tsid = decodeJwt(t.access_token as string).tsid as string;
    const answers = [await refresh(t.refresh_token as string), await refresh(t.refresh_token as string), await refresh(t.refresh_token as string)];
    expect(new Set(answers.map((r) => r.body.refresh_token)).size).toBe(1);
    w.clock.now += 11_000;
    try {
      expectError(await refresh(t.refresh_token as string), 'invalid_grant');
      expectError(await refresh(answers[0]!.body.refresh_token as string), 'invalid_grant');
      expect(await w.storage.getUpstreamTokens(tsid)).toEqual([]);
    } finally {
      w.clock.now = Date.now();
    }
  });

  it('refuses a refresh token that is not one of ours', async () => {
    const t = await obtainTokens(w);
    expect((await refresh(t.refresh_token as string)).status).toBe(200);
    expectError(await refresh(`grace:${t.refresh_token as string}`), 'invalid_grant');
    expectError(await refresh(`${t.refresh_token as string}x`), 'invalid_grant');
  });

  it('treats a replay after the grace window as theft: the whole family and the session are revoked', async () => {
    const t = await obtainTokens(w);
    const tsid = decodeJwt(t.access_token as string).tsid as string;
    const a = await refresh(t.refresh_token as string);
    const b = await refresh(a.body.refresh_token as string);
    w.clock.now += 11_000;
    expectError(await refresh(t.refresh_token as string), 'invalid_grant');
    expectError(await refresh(b.body.refresh_token as string), 'invalid_grant');
    expect(await w.storage.getUpstreamTokens(tsid)).toEqual([]);
  });

  it('detects reuse with the grace window off', async () => {
    const strict = w.flow({ refreshGraceMs: 0 });
    w.vmcp.mount(strict);
    try {
      const t = await obtainTokens(w);
      const a = await refresh(t.refresh_token as string);
      expect(a.status).toBe(200);
      expectError(await refresh(t.refresh_token as string), 'invalid_grant');
      expectError(await refresh(a.body.refresh_token as string), 'invalid_grant');
    } finally {
      w.vmcp.mount(w.flow());
    }
  });

  it('refuses a refresh token presented by another client, and revokes it', async () => {
    const other: RegisteredClient = { ...w.client, clientId: randomUUID() };
    await w.storage.putClient(other, 60_000);
    const t = await obtainTokens(w);
    expectError(await refresh(t.refresh_token as string, { client_id: other.clientId }), 'invalid_grant');
    expectError(await refresh(t.refresh_token as string), 'invalid_grant');
  });

  it('narrows scopes on request and refuses to widen them', async () => {
    const t = await obtainTokens(w);
    expectError(await refresh(t.refresh_token as string, { scope: 'openid profile' }), 'invalid_scope');
    const t2 = await obtainTokens(w);
    const r = await refresh(t2.refresh_token as string, { scope: 'openid' });
    expect(r.body.scope).toBe('openid');
    expect(decodeJwt(r.body.access_token as string).scope).toBe('openid');
    // The refresh token keeps the original grant (RFC 6749 section 6).
    expect((await refresh(r.body.refresh_token as string)).body.scope).toBe('openid offline_access');
  });

  it('ends when the refresh lifetime, counted from the code redemption, is over', async () => {
    const t = await obtainTokens(w);
    const a = await refresh(t.refresh_token as string);
    w.clock.now += w.plan.tokenLifespans.refreshTokenSeconds * 1000 + 1;
    expectError(await refresh(a.body.refresh_token as string), 'invalid_grant');
    w.clock.now = Date.now();
  });

  it('issues no refresh token to a client not registered for the refresh_token grant', async () => {
    const original = w.client.grantTypes;
    await w.storage.putClient({ ...w.client, grantTypes: ['authorization_code'] }, 60_000);
    try {
      const t = await obtainTokens(w);
      expect(t.refresh_token).toBeUndefined();
    } finally {
      await w.storage.putClient({ ...w.client, grantTypes: original }, 30 * 24 * 3_600_000);
    }
  });
});

describe('request checks', () => {
  it('refuses an unknown client with 401 invalid_client', async () => {
    expectError(await tokenRequest(w, { grant_type: 'refresh_token', refresh_token: 'x', client_id: 'nobody' }), 'invalid_client', 401);
  });

  it('refuses other grant types', async () => {
    for (const g of ['client_credentials', 'password', 'constructor', 'toString']) {
      expectError(await tokenRequest(w, { grant_type: g, client_id: w.client.clientId }), 'unsupported_grant_type');
    }
  });

  it('refuses a JSON body', async () => {
    const res = await fetch(`${w.issuer}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('refuses an oversized body by its declared length, before reading it', async () => {
    const res = await request(`${w.issuer}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=refresh_token&refresh_token=${'a'.repeat(20_000)}`,
    });
    expect(res.statusCode).toBe(413);
    expect(((await res.body.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('refuses an oversized chunked body as it arrives', async () => {
    // No Content-Length: the body arrives chunked and only counting can stop it.
    const body = Readable.from((function* () {
      for (let i = 0; i < 40; i++) yield Buffer.from(`x${i}=${'a'.repeat(1000)}&`);
    })());
    const res = await request(`${w.issuer}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(res.statusCode).toBe(413);
    await res.body.dump();
  });

  it('answers GET with 405 and a CORS preflight with 204', async () => {
    expect((await fetch(`${w.issuer}/oauth/token`)).status).toBe(405);
    const pre = await fetch(`${w.issuer}/oauth/token`, { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
  });
});
