/**
 * The whole flow against real peers: two oidc-provider IdPs on loopback (the first as an `oidc` upstream
 * found by discovery, the second as a plain `oauth2` upstream with configured endpoints and userinfo),
 * scripted logins, and oauth4webapi as a strict client of our endpoints (it checks RFC 9207 `iss`).
 */
import { decodeJwt, jwtVerify } from 'jose';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMetadata, authorizeRequest, CLIENT_REDIRECT, login, oauthClient, startWorld, tokenRequest, type World } from './helpers/world.js';

const insecure = { [oauth.allowInsecureRequests]: true };

let w: World;
beforeAll(async () => {
  // Ask the OIDC upstream for a refresh token too: oidc-provider grants offline_access only with consent.
  w = await startWorld({ chain: ['oidc', 'oauth2'], upstream: (u, i) => (i === 0 ? { ...u, additionalAuthorizationParams: { prompt: 'consent' } } : u) });
});
afterAll(async () => {
  await w.stop();
});

// The steps of one sign-in, each using what the one before got: in order even under --sequence.shuffle.
describe('authorization code flow through two upstreams', { shuffle: false }, () => {
  let tokens: oauth.TokenEndpointResponse;

  it('sends the user through both upstreams and back to the client with code, state and iss', async () => {
    w.idps[0]!.loginAs('alice');
    w.idps[1]!.loginAs('alice-at-b');
    const s = await authorizeRequest(w);
    const back = await login(s);
    expect(back.origin + back.pathname).toBe(CLIENT_REDIRECT);
    expect(back.searchParams.get('iss')).toBe(w.issuer);
    const as = asMetadata(w);
    const params = oauth.validateAuthResponse(as, oauthClient(w), back, s.state);
    const res = await oauth.authorizationCodeGrantRequest(as, oauthClient(w), oauth.None(), params, CLIENT_REDIRECT, s.verifier, {
      ...insecure,
      additionalParameters: { resource: w.resource },
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
    tokens = await oauth.processAuthorizationCodeResponse(as, oauthClient(w), res);
    expect(tokens.token_type).toBe('bearer');
    expect(tokens.expires_in).toBe(3600);
    expect(tokens.scope).toBe('openid offline_access');
    expect(typeof tokens.refresh_token).toBe('string');
  });

  it('issues a JWT with the first upstream subject, the resource as audience and a 256-bit tsid', async () => {
    const { payload, protectedHeader } = await jwtVerify(tokens.access_token, w.publicKey, { issuer: w.issuer, audience: w.resource });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', kid: 'test-key', typ: 'at+jwt' });
    expect(payload.sub).toBe('alice');
    expect(payload.client_id).toBe(w.client.clientId);
    expect(payload.scope).toBe('openid offline_access');
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(typeof payload.jti).toBe('string');
    const tsid = payload.tsid as string;
    expect(Buffer.from(tsid, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(tsid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores both upstreams\' tokens under the tsid with the user id and client id', async () => {
    const tsid = decodeJwt(tokens.access_token).tsid as string;
    const rows = await w.storage.getUpstreamTokens(tsid);
    const byName = Object.fromEntries(rows.map((r) => [r.provider, r]));
    expect(Object.keys(byName).sort()).toEqual(['oauth2-1', 'oidc-0']);
    for (const r of rows) {
      expect(r.userId).toBe('alice');
      expect(r.clientId).toBe(w.client.clientId);
      expect(r.tokenType).toBe('Bearer');
      expect(r.accessToken.length).toBeGreaterThan(10);
      expect(r.expiresAt).toBeGreaterThan(w.clock.now);
    }
    expect(byName['oidc-0']!.idToken).toMatch(/^ey/);
    expect(decodeJwt(byName['oidc-0']!.idToken!).sub).toBe('alice');
    expect(byName['oidc-0']!.refreshToken).not.toBeNull();
    // The oauth2 upstream is not trusted for ID tokens: none is kept for it.
    expect(byName['oauth2-1']!.idToken).toBeNull();
    // The stored access tokens are live: each upstream's userinfo endpoint accepts its own.
    for (const [i, name] of [[0, 'oidc-0'], [1, 'oauth2-1']] as const) {
      const me = await fetch(`${w.idps[i]!.issuer}/me`, { headers: { authorization: `Bearer ${byName[name]!.accessToken}` } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { sub: string }).sub).toBe(i === 0 ? 'alice' : 'alice-at-b');
    }
  });

  it('rotates the refresh token and keeps the session', async () => {
    const as = asMetadata(w);
    const res = await oauth.refreshTokenGrantRequest(as, oauthClient(w), oauth.None(), tokens.refresh_token!, insecure);
    const next = await oauth.processRefreshTokenResponse(as, oauthClient(w), res);
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    const a = decodeJwt(tokens.access_token);
    const b = decodeJwt(next.access_token);
    expect(b.tsid).toBe(a.tsid);
    expect(b.sub).toBe('alice');
    expect(b.jti).not.toBe(a.jti);

    // After the grace window, the old refresh token is a replay: the family and the session are revoked.
    w.clock.now += 60_000;
    const replay = await tokenRequest(w, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token!, client_id: w.client.clientId });
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
    const live = await tokenRequest(w, { grant_type: 'refresh_token', refresh_token: next.refresh_token!, client_id: w.client.clientId });
    expect(live.body.error).toBe('invalid_grant');
    expect(await w.storage.getUpstreamTokens(a.tsid as string)).toEqual([]);
    expect(w.warnings.some((x) => x.message.includes('refresh token reused'))).toBe(true);
  });
});
