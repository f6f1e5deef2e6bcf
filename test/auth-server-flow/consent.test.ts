/**
 * The consent step (MCP 2025-11-25: a proxy with a static upstream client id asks the user before it
 * forwards a dynamically registered client to the upstream): the page and its headers, approve and deny,
 * the approval remembered per browser and client, and every refusal of an answer that is not the user's.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserCookie } from '../../runtime/auth-server/flow/consent/browser-cookie.js';
import { csrfToken } from '../../runtime/auth-server/flow/consent/csrf.js';
import type { MemoryStorage } from '../../runtime/auth-server/storage/memory.js';
import type { RegisteredClient } from '../../runtime/auth-server/storage/types.js';
import { Browser, type Hop } from './helpers/browser.js';
import { authorizeRequest, CLIENT_REDIRECT, isClientRedirect, startWorld, tokenRequest, type World } from './helpers/world.js';

const CSP = "frame-ancestors 'none'; default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";
const DAY = 24 * 3_600_000;

let w: World;
beforeAll(async () => {
  w = await startWorld({ chain: ['oidc'] });
});
afterAll(async () => {
  await w.stop();
});

/** A consent page for a fresh request (of `client_id` when given) in `browser`. */
async function consentPage(browser: Browser, over: Record<string, string | null> = {}) {
  const s = await authorizeRequest(w, over);
  const page = await browser.get(s.url);
  expect(page.status).toBe(200);
  expect(page.consent).not.toBeNull();
  return { s, page, form: page.consent! };
}

async function registerClient(over: Partial<RegisteredClient> = {}): Promise<RegisteredClient> {
  const c = { ...w.client, clientId: randomUUID(), ...over };
  await w.storage.putClient(c, DAY);
  return c;
}

/** Records other than clients and remembered consents: consent requests and pending upstream legs. */
const sizeNow = () => {
  const s = w.storage as MemoryStorage;
  s.sweep();
  return s.size;
};

function expectPageHeaders(hop: Hop) {
  expect(hop.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(hop.headers['cache-control']).toBe('no-store');
  expect(hop.headers['x-frame-options']).toBe('DENY');
  expect(hop.headers['content-security-policy']).toBe(CSP);
  expect(hop.headers['access-control-allow-origin']).toBeUndefined();
}

/** A refused answer: an error here, never a way on to the upstream or the client. */
function expectRefused(hop: Hop, status: number, error: string) {
  expect(hop.status).toBe(status);
  expect(hop.location).toBeNull();
  expect(hop.refresh).toBeNull();
  expect(JSON.parse(hop.body)).toMatchObject({ error });
}

describe('the consent page', () => {
  it('is shown before any trip to the upstream, with the client, where it sends the user, scopes and resource', async () => {
    const before = sizeNow();
    const { page } = await consentPage(new Browser());
    expectPageHeaders(page);
    expect(page.location).toBeNull();
    expect(page.body).not.toContain(w.idps[0]!.issuer);
    for (const shown of ['test client', w.client.clientId, '127.0.0.1:49152', '<code>openid</code>', '<code>offline_access</code>', w.resource]) expect(page.body).toContain(shown);
    expect(page.consent!.action.href).toBe(`${w.issuer}/oauth/consent`);
    expect(page.consent!.consentId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the consent request is stored: no state toward the upstream exists before consent.
    expect(sizeNow()).toBe(before + 1);
  });

  it('sets an HttpOnly SameSite=Lax browser cookie for Path=/ (plain name on this http loopback issuer)', async () => {
    const { page } = await consentPage(new Browser());
    expect(page.headers['set-cookie']).toMatch(/^vmcp-browser=[A-Za-z0-9_-]{43}; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it('escapes the client name the client chose', async () => {
    const evil = await registerClient({ clientName: '<script>alert(1)</script> & "Official" <img src=x>' });
    const { page } = await consentPage(new Browser(), { client_id: evil.clientId });
    expect(page.body).not.toMatch(/<script|<img/);
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Official&quot; &lt;img src=x&gt;');
  });
});

describe('approve', () => {
  it('goes on to the first upstream as before, and the login ends at the client with a code that redeems', async () => {
    const browser = new Browser();
    const { s, page, form } = await consentPage(browser);
    const hop = await browser.answer(form, 'approve');
    expectPageHeaders(hop);
    // The same browser id, set again to live as long as the approval now remembered for it.
    expect(hop.headers['set-cookie']).toBe(page.headers['set-cookie']);
    expect(hop.headers['referrer-policy']).toBe('no-referrer');
    expect(hop.location).toBeNull(); // a page that navigates, not a redirect (form-action, see consent/html.ts)
    const up = hop.refresh!;
    expect(up.origin).toBe(w.idps[0]!.issuer);
    expect(up.searchParams.get('client_id')).toBe(w.idps[0]!.clientId);
    expect(up.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(up.searchParams.get('state')).not.toBe(s.state);
    const back = await browser.follow(up, isClientRedirect);
    expect(back.searchParams.get('state')).toBe(s.state);
    expect(back.searchParams.get('iss')).toBe(w.issuer);
    const r = await tokenRequest(w, { grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: CLIENT_REDIRECT, code_verifier: s.verifier, client_id: w.client.clientId });
    expect(r.status).toBe(200);
  });
});

describe('deny', () => {
  it('sends the user back to the client with access_denied, state and iss, and is not remembered', async () => {
    const browser = new Browser();
    const before = sizeNow();
    const { s, form } = await consentPage(browser);
    const hop = await browser.answer(form, 'deny');
    expectPageHeaders(hop);
    const back = hop.refresh!;
    expect(back.origin + back.pathname).toBe(CLIENT_REDIRECT);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe(s.state);
    expect(back.searchParams.get('iss')).toBe(w.issuer);
    expect(back.searchParams.get('code')).toBeNull();
    expect(sizeNow()).toBe(before); // nothing toward the upstream, nothing remembered
    await consentPage(browser);
  });

  it('leaves out state when the client sent none', async () => {
    const browser = new Browser();
    const { form } = await consentPage(browser, { state: null });
    const back = (await browser.answer(form, 'deny')).refresh!;
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.has('state')).toBe(false);
  });
});

/** Clicks Allow, then signs in at the upstream: the sign-in ends at the client. */
async function approveAndSignIn(browser: Browser, form: Hop['consent']): Promise<URL> {
  const hop = await browser.answer(form!, 'approve');
  return browser.follow(hop.refresh!, isClientRedirect);
}

describe('a remembered approval', () => {
  const browser = new Browser();
  /** A client of its own: approvals are remembered per user and client, and other tests approve the world's client as the same user. */
  let mine: { client_id: string };
  beforeAll(async () => {
    mine = { client_id: (await registerClient({ clientName: 'remembered' })).clientId };
    const { form } = await consentPage(browser, mine);
    await approveAndSignIn(browser, form);
  });

  it('lets the same browser go straight to the upstream next time', async () => {
    const hop = await browser.get((await authorizeRequest(w, mine)).url);
    expect(hop.status).toBe(302);
    expect(hop.location!.origin).toBe(w.idps[0]!.issuer);
  });

  it('does not cover another client, another browser, or more scopes', async () => {
    const other = await registerClient({ clientName: 'other client' });
    await consentPage(browser, { client_id: other.clientId });
    await consentPage(new Browser(), mine);
    await consentPage(browser, { ...mine, scope: 'openid profile' });
  });

  it('grows with each approval, so a client alternating between requests is asked once for each', async () => {
    const b = new Browser();
    await approveAndSignIn(b, (await consentPage(b)).form);
    await approveAndSignIn(b, (await consentPage(b, { scope: 'openid profile' })).form);
    for (const scope of ['openid offline_access', 'openid profile', 'profile offline_access']) {
      expect((await b.get((await authorizeRequest(w, { scope })).url)).status).toBe(302);
    }
  });

  it('ends after 30 days', async () => {
    // The client's registration must outlive the wait (the world registers it for 30 days).
    await w.storage.renewClient(w.client.clientId, 60 * DAY);
    const b = new Browser();
    const { form } = await consentPage(b);
    await approveAndSignIn(b, form);
    expect((await b.get((await authorizeRequest(w)).url)).status).toBe(302);
    w.clock.now += 30 * DAY + 1;
    try {
      await consentPage(b);
    } finally {
      w.clock.now = Date.now();
    }
  });
});

describe('what is remembered, and for whom', () => {
  it('remembers nothing for an approval whose sign-in never finished: the next request asks again', async () => {
    const b = new Browser();
    const { form } = await consentPage(b);
    const hop = await b.answer(form, 'approve');
    expect(hop.refresh!.origin).toBe(w.idps[0]!.issuer);
    await consentPage(b);
  });

  it('asks again when another user signs in with a browser whose last user approved the client', async () => {
    const b = new Browser();
    await approveAndSignIn(b, (await consentPage(b)).form);
    const straight = await b.get((await authorizeRequest(w)).url);
    expect(straight.location!.origin).toBe(w.idps[0]!.issuer);
    // Bob at the keyboard: the IdP session is Alice's, so sign out there first.
    b.clearCookies(w.idps[0]!.issuer);
    w.idps[0]!.loginAs('bob');
    let back: URL;
    try {
      back = await b.follow(straight.location!, isClientRedirect);
    } finally {
      w.idps[0]!.loginAs('alice');
    }
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('code')).toBeNull();
    await consentPage(b);
  });
});

describe('refusals', () => {
  it('refuses a replayed consent id', async () => {
    const browser = new Browser();
    const { form } = await consentPage(browser);
    expect((await browser.answer(form, 'approve')).refresh).not.toBeNull();
    expectRefused(await browser.answer(form, 'approve'), 400, 'invalid_request');
    expectRefused(await browser.answer(form, 'deny'), 400, 'invalid_request');
  });

  it('refuses a missing or wrong CSRF token, and the consent id is spent', async () => {
    const browser = new Browser();
    const { form } = await consentPage(browser);
    expectRefused(await browser.post(form.action, { consent_id: form.consentId, decision: 'approve' }), 400, 'invalid_request');
    expectRefused(await browser.answer({ ...form, csrfToken: randomBytes(32).toString('base64url') }, 'approve'), 403, 'access_denied');
    expectRefused(await browser.answer(form, 'approve'), 400, 'invalid_request');
  });

  it('refuses a consent id answered with the CSRF token of another consent page in the same browser', async () => {
    const browser = new Browser();
    const a = await consentPage(browser);
    const b = await consentPage(browser);
    expectRefused(await browser.answer({ ...a.form, csrfToken: b.form.csrfToken }, 'approve'), 403, 'access_denied');
    expect((await browser.answer(b.form, 'approve')).refresh!.origin).toBe(w.idps[0]!.issuer);
  });

  it('refuses a consent id shown to another browser, even with a CSRF token valid for the sender\'s own cookie', async () => {
    const { form } = await consentPage(new Browser());
    const mine = randomBytes(32).toString('base64url');
    const hop = await new Browser().post(form.action, { consent_id: form.consentId, csrf_token: csrfToken(mine, form.consentId), decision: 'approve' }, { origin: w.issuer, cookie: `vmcp-browser=${mine}` });
    expectRefused(hop, 403, 'access_denied');
  });

  it('refuses a POST without the cookie, which leaves the user\'s own answer working', async () => {
    const victim = new Browser();
    const { form } = await consentPage(victim);
    expectRefused(await new Browser().answer(form, 'approve'), 403, 'access_denied');
    expect((await victim.answer(form, 'approve')).refresh!.origin).toBe(w.idps[0]!.issuer);
  });

  it('refuses an answer from another origin', async () => {
    const browser = new Browser();
    const { form } = await consentPage(browser);
    for (const origin of ['https://evil.example', 'null']) {
      expectRefused(await browser.post(form.action, { consent_id: form.consentId, csrf_token: form.csrfToken, decision: 'approve' }, { origin }), 403, 'access_denied');
    }
  });

  it('refuses a decision other than approve or deny', async () => {
    const browser = new Browser();
    const { form } = await consentPage(browser);
    expectRefused(await browser.post(form.action, { consent_id: form.consentId, csrf_token: form.csrfToken, decision: 'yes' }), 400, 'invalid_request');
  });

  it('refuses a consent id after ten minutes', async () => {
    const browser = new Browser();
    const { form } = await consentPage(browser);
    w.clock.now += 10 * 60 * 1000 + 1;
    try {
      expectRefused(await browser.answer(form, 'approve'), 400, 'invalid_request');
    } finally {
      w.clock.now = Date.now();
    }
  });

  it('answers GET and OPTIONS with 405, without CORS headers', async () => {
    for (const method of ['GET', 'OPTIONS']) {
      const res = await fetch(`${w.issuer}/oauth/consent`, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('the browser cookie on an https issuer', () => {
  const cookie = browserCookie('https://vmcp.example.test');
  const id = randomBytes(32).toString('base64url');
  const req = (header: string) => ({ headers: { cookie: header } }) as IncomingMessage;

  it('is a __Host- cookie: Secure, Path=/, no Domain', () => {
    expect(cookie.header(id)).toBe(`__Host-vmcp-browser=${id}; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax; Secure`);
  });

  it('is read only under its __Host- name and only when well formed', () => {
    expect(cookie.read(req(`a=b; __Host-vmcp-browser=${id}`))).toBe(id);
    expect(cookie.read(req(`vmcp-browser=${id}`))).toBeNull();
    expect(cookie.read(req('__Host-vmcp-browser=short'))).toBeNull();
    expect(cookie.read(req(''))).toBeNull();
  });
});
