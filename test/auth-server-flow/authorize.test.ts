/**
 * /oauth/authorize refusals (issue 5, item 10): each test shows one check refusing, and where the refusal
 * goes: a 400 answered here when the redirect URI cannot be trusted, else a redirect to the client with
 * `error`, `state` and `iss`, and never a trip to the upstream.
 */
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from './helpers/browser.js';
import { authorizeRequest, CLIENT_REDIRECT, login, startWorld, tokenRequest, type World } from './helpers/world.js';

let w: World;
beforeAll(async () => {
  w = await startWorld({ chain: ['oidc'] });
});
afterAll(async () => {
  await w.stop();
});

const browser = new Browser();
// The user allowed this client once and signed in with this browser, so valid requests go straight on to
// the upstream (consent.test.ts covers the question itself).
beforeAll(async () => {
  await login(await authorizeRequest(w), browser);
});

/** Sends an authorization request with `over` applied and returns the first hop. */
async function authorize(over: Record<string, string | null>) {
  const s = await authorizeRequest(w, over);
  return { s, hop: await browser.get(s.url) };
}

/** `echoesState`: whether the client's state comes back (it does unless it was refused itself). */
async function expectClientError(over: Record<string, string | null>, error: string, echoesState = true) {
  const { s, hop } = await authorize(over);
  expect(hop.status).toBe(302);
  const loc = hop.location!;
  expect(loc.origin + loc.pathname).toBe(CLIENT_REDIRECT);
  expect(loc.searchParams.get('error')).toBe(error);
  expect(loc.searchParams.get('iss')).toBe(w.issuer);
  expect(loc.searchParams.get('state')).toBe(echoesState ? s.url.searchParams.get('state') : null);
  expect(loc.searchParams.get('code')).toBeNull();
  return loc;
}

async function expectDirectError(over: Record<string, string | null>, error: string) {
  const { hop } = await authorize(over);
  expect(hop.status).toBe(400);
  expect(hop.location).toBeNull();
  expect(JSON.parse(hop.body)).toMatchObject({ error });
}

describe('a valid request', () => {
  it('goes to the upstream with our own state, PKCE S256 challenge and nonce, not the client\'s', async () => {
    const { s, hop } = await authorize({});
    expect(hop.status).toBe(302);
    const up = hop.location!;
    expect(up.origin).toBe(w.idps[0]!.issuer);
    expect(up.searchParams.get('client_id')).toBe(w.idps[0]!.clientId);
    expect(up.searchParams.get('redirect_uri')).toBe(`${w.issuer}/oauth/callback`);
    expect(up.searchParams.get('code_challenge_method')).toBe('S256');
    expect(up.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(up.searchParams.get('code_challenge')).not.toBe(s.url.searchParams.get('code_challenge'));
    expect(up.searchParams.get('state')).not.toBe(s.state);
    expect(up.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hop.body).toBe('');
  });

  it('accepts the registered loopback redirect URI on any port and without a client state', async () => {
    const { hop } = await authorize({ redirect_uri: 'http://127.0.0.1:1/cb', state: null });
    expect(hop.location!.origin).toBe(w.idps[0]!.issuer);
  });

  it('defaults the resource when exactly one audience is allowed', async () => {
    const { hop } = await authorize({ resource: null });
    expect(hop.location!.origin).toBe(w.idps[0]!.issuer);
  });
});

describe('PKCE', () => {
  it('refuses a request without code_challenge', () => expectClientError({ code_challenge: null }, 'invalid_request'));
  it('refuses code_challenge_method=plain', () => expectClientError({ code_challenge_method: 'plain' }, 'invalid_request'));
  it('refuses a challenge without a method (which means plain)', () => expectClientError({ code_challenge_method: null }, 'invalid_request'));
  it('refuses a challenge that is not an S256 digest', () => expectClientError({ code_challenge: 'too-short' }, 'invalid_request'));
});

describe('resource (RFC 8707)', () => {
  it('refuses a resource outside allowed_audiences', () => expectClientError({ resource: 'https://evil.example/mcp' }, 'invalid_target'));
  it('refuses a near miss of an allowed audience', () => expectClientError({ resource: `${w.resource}/` }, 'invalid_target'));
  it('refuses two resources', async () => {
    const s = await authorizeRequest(w);
    s.url.searchParams.append('resource', w.resource);
    expect((await browser.get(s.url)).location!.searchParams.get('error')).toBe('invalid_target');
  });
});

describe('other parameters', () => {
  it('refuses response_type token', () => expectClientError({ response_type: 'token' }, 'unsupported_response_type'));
  it('refuses a scope the client did not register', () => expectClientError({ scope: 'openid email' }, 'invalid_scope'));
  it('refuses response_mode=fragment', () => expectClientError({ response_mode: 'fragment' }, 'invalid_request'));
  it('refuses an oversized state, without echoing it', async () => {
    await expectClientError({ state: 'x'.repeat(2000) }, 'invalid_request', false);
  });
  it('refuses a repeated parameter', async () => {
    const s = await authorizeRequest(w);
    s.url.searchParams.append('code_challenge_method', 'plain');
    const hop = await browser.get(s.url);
    expect(hop.location!.searchParams.get('error')).toBe('invalid_request');
  });
});

describe('open redirect attempts are answered here, never redirected', () => {
  it('refuses an unknown client', () => expectDirectError({ client_id: 'nobody' }, 'invalid_client'));
  it('refuses a missing redirect_uri', () => expectDirectError({ redirect_uri: null }, 'invalid_request'));
  for (const uri of [
    'https://evil.example/cb',
    'http://localhost:49152/cb', // another loopback name than the registered one
    'http://127.0.0.1:49152/cb/../evil',
    'http://127.0.0.1:49152/cb2',
    'http://127.0.0.1:49152/cb?next=https://evil.example',
    'http://127.0.0.1:49152/cb#frag',
    'http://x@127.0.0.1:49152/cb',
    'https://127.0.0.1:49152/cb',
    'http://127.0.0.1.evil.example:49152/cb',
    'javascript:alert(1)//127.0.0.1/cb',
  ]) {
    it(`refuses ${uri}`, () => expectDirectError({ redirect_uri: uri }, 'invalid_request'));
  }
  it('refuses a second redirect_uri appended to a valid one', async () => {
    const s = await authorizeRequest(w);
    s.url.searchParams.append('redirect_uri', 'https://evil.example/cb');
    const hop = await browser.get(s.url);
    expect(hop.status).toBe(400);
    expect(hop.location).toBeNull();
  });
  it('refuses an unknown client even when the other errors would redirect', () => expectDirectError({ client_id: 'nobody', code_challenge: null }, 'invalid_client'));
});

describe('methods', () => {
  it('answers POST with 405', async () => {
    const s = await authorizeRequest(w);
    const res = await fetch(s.url, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
  });
});

describe('with several allowed audiences', () => {
  let multi: World;
  beforeAll(async () => {
    multi = await startWorld({ chain: ['oidc'], plan: { allowedAudiences: ['https://a.example.test/mcp', 'https://b.example.test/mcp'] } });
  });
  afterAll(async () => {
    await multi.stop();
  });

  it('requires the client to name the resource', async () => {
    const s = await authorizeRequest(multi, { resource: null });
    expect((await browser.get(s.url)).location!.searchParams.get('error')).toBe('invalid_target');
  });

  it('puts the named resource in the token\'s audience', async () => {
    const s = await authorizeRequest(multi, { resource: 'https://b.example.test/mcp' });
    const back = await browser.follow(s.url, (u) => u.href.startsWith(CLIENT_REDIRECT));
    const r = await tokenRequest(multi, { grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: CLIENT_REDIRECT, code_verifier: s.verifier, client_id: multi.client.clientId });
    expect(decodeJwt(r.body.access_token as string).aud).toBe('https://b.example.test/mcp');
  });
});
