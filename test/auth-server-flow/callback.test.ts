/**
 * /oauth/callback refusals: a state works once and only for the upstream it was sent to; upstream errors
 * and tampered answers end the flow with access_denied at the client; nothing is stored for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryStorage } from '../../runtime/auth-server/storage/memory.js';
import { Browser } from './helpers/browser.js';
import { authorizeRequest, CLIENT_REDIRECT, isCallback, isClientRedirect, startWorld, type World } from './helpers/world.js';

let w: World;
beforeAll(async () => {
  w = await startWorld({ chain: ['oidc', 'oauth2'] });
});
afterAll(async () => {
  await w.stop();
});

/** Runs the first leg at the upstream and returns our callback URL with the upstream's answer, unfetched. */
async function firstCallback(browser = new Browser()) {
  const s = await authorizeRequest(w);
  return { s, browser, callback: await browser.follow(s.url, isCallback(w)) };
}

function expectAccessDenied(loc: URL | null, state: string) {
  expect(loc).not.toBeNull();
  expect(loc!.origin + loc!.pathname).toBe(CLIENT_REDIRECT);
  expect(loc!.searchParams.get('error')).toBe('access_denied');
  expect(loc!.searchParams.get('state')).toBe(state);
  expect(loc!.searchParams.get('iss')).toBe(w.issuer);
  expect(loc!.searchParams.get('code')).toBeNull();
}

describe('state', () => {
  it('is single use: a replayed callback is refused with 400 and no redirect', async () => {
    const { browser, callback } = await firstCallback();
    const first = await browser.get(callback);
    expect(first.location!.origin).toBe(w.idps[1]!.issuer); // on to the second upstream
    const replay = await browser.get(callback);
    expect(replay.status).toBe(400);
    expect(replay.location).toBeNull();
    expect(replay.body).toContain('Start the sign-in again');
    expect(replay.body).not.toContain(callback.searchParams.get('code')!);
  });

  it('expires: a callback more than 10 minutes after the authorization request is refused', async () => {
    const { browser, callback } = await firstCallback();
    w.clock.now += 10 * 60 * 1000 + 1;
    try {
      const hop = await browser.get(callback);
      expect(hop.status).toBe(400);
      expect(hop.location).toBeNull();
    } finally {
      w.clock.now = Date.now();
    }
  });

  it('refuses an unknown or missing state', async () => {
    const browser = new Browser();
    for (const q of ['?state=made-up&code=x', '?code=x', '']) {
      const hop = await browser.get(new URL(`${w.issuer}/oauth/callback${q}`));
      expect(hop.status).toBe(400);
      expect(hop.location).toBeNull();
    }
  });
});

describe('IdP mix-up defence', () => {
  it('refuses an answer that claims to come from another issuer (RFC 9207 iss)', async () => {
    const { s, browser, callback } = await firstCallback();
    callback.searchParams.set('iss', w.idps[1]!.issuer);
    expectAccessDenied((await browser.get(callback)).location, s.state);
    expect(w.warnings.at(-1)?.fields.code).toBe('AS_UPSTREAM_INVALID');
  });

  it('sends the code only to the upstream the state was issued for, which refuses a foreign code', async () => {
    const { s, browser, callback } = await firstCallback();
    callback.searchParams.set('code', 'a-code-from-somewhere-else');
    expectAccessDenied((await browser.get(callback)).location, s.state);
    expect(w.warnings.at(-1)?.fields.code).toBe('AS_UPSTREAM_REFUSED');
  });
});

describe('upstream errors', () => {
  it('ends the flow with access_denied when the user denies at the first upstream', async () => {
    w.idps[0]!.loginAs(null);
    try {
      const s = await authorizeRequest(w);
      expectAccessDenied(await new Browser().follow(s.url, isClientRedirect), s.state);
    } finally {
      w.idps[0]!.loginAs('alice');
    }
  });

  it('ends the flow with access_denied when the user denies at a later upstream', async () => {
    w.idps[1]!.loginAs(null);
    try {
      const s = await authorizeRequest(w);
      expectAccessDenied(await new Browser().follow(s.url, isClientRedirect), s.state);
    } finally {
      w.idps[1]!.loginAs('alice');
    }
  });

  it('does not echo the upstream\'s error description to the client', async () => {
    const { s, browser, callback } = await firstCallback();
    const forged = new URL(callback);
    forged.search = '';
    forged.searchParams.set('state', callback.searchParams.get('state')!);
    forged.searchParams.set('error', 'server_error');
    forged.searchParams.set('error_description', '<script>alert(1)</script>');
    const loc = (await browser.get(forged)).location;
    expectAccessDenied(loc, s.state);
    expect(loc!.href).not.toContain('alert');
  });
});

describe('methods', () => {
  it('answers POST with 405', async () => {
    const res = await fetch(`${w.issuer}/oauth/callback`, { method: 'POST' });
    expect(res.status).toBe(405);
  });
});

describe('an abandoned login', () => {
  let fresh: World;
  beforeAll(async () => {
    fresh = await startWorld({ chain: ['oidc', 'oauth2'] });
  });
  afterAll(async () => {
    await fresh.stop();
  });

  it('leaves its first upstream\'s tokens behind only until the login could have finished', async () => {
    const storage = fresh.storage as MemoryStorage;
    storage.sweep();
    expect(storage.size).toBe(1); // the client
    const browser = new Browser();
    const s = await authorizeRequest(fresh);
    const cb = await browser.follow(s.url, isCallback(fresh));
    expect((await browser.get(cb)).location!.origin).toBe(fresh.idps[1]!.issuer);
    storage.sweep();
    // + the second leg's pending authorization and the first leg's tokens (the consent request itself was
    // taken, and nothing is remembered before the sign-in finishes)
    expect(storage.size).toBe(3);
    // The user never comes back from the second upstream.
    fresh.clock.now += 10 * 60 * 1000 + fresh.plan.tokenLifespans.authCodeSeconds * 1000 + 60_000 + 1;
    storage.sweep();
    expect(storage.size).toBe(1); // the client
  });
});
