/**
 * Issue 9, finding 1 (high): the upstream callback must be bound to the browser that consented. Mallory
 * starts a sign-in for her own client, stops at the redirect to the upstream IdP and sends that link to
 * Alice; Alice's browser must not complete it (no code for Mallory, no Alice tokens in her session), on
 * either leg of a chain, and a remembered consent must not skip the binding. Each person is a scripted
 * browser with its own cookie jar against a real `vmcp serve` and real IdPs (which require PKCE).
 */
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../auth-server-flow/helpers/browser.js';
import { clientFlow, redeem, registerClient, startModeB, type ModeB } from './helpers/mode-b.js';

const ATTACKER = 'https://attacker.example/cb';
const APP = 'http://127.0.0.1/cb';
const isAt = (prefix: string) => (u: URL) => u.href.startsWith(prefix);

let vmcp: ModeB;
beforeAll(async () => {
  vmcp = await startModeB({ chain: 2 });
});
afterAll(async () => {
  await vmcp?.stop();
});

/** A person: a browser whose IdP sign-ins are as `account`. */
function person(account: string): Browser {
  const b = new Browser();
  for (const idp of vmcp.idps) b.setCookie(idp.issuer, 'test-login', account);
  return b;
}

/** Mallory's half of the attack: her client, her consent, stopped at the first redirect to `idpIndex`. */
async function mallorysLink(mallory: Browser, idpIndex: number) {
  const clientId = await registerClient(vmcp.origin, ATTACKER);
  const flow = await clientFlow(vmcp.origin, clientId, ATTACKER);
  const link = await mallory.follow(flow.url, isAt(vmcp.idps[idpIndex]!.issuer));
  return { flow, link };
}

/** Follows `link` in `browser` until it reaches vmcp's callback, then fetches the callback. */
async function returnFromIdp(browser: Browser, link: URL) {
  const callback = await browser.follow(link, (u) => u.origin === vmcp.origin && u.pathname === '/oauth/callback');
  return { callback, hop: await browser.get(callback) };
}

describe('a link to the upstream that someone else started', () => {
  it('is refused at the callback for Alice, with a page saying to start again, and no code reaches Mallory', async () => {
    const mallory = person('mallory');
    const { link } = await mallorysLink(mallory, 0);
    const alice = person('alice');
    // Alice has used vmcp before: her own browser id cookie is not Mallory's.
    await alice.follow((await clientFlow(vmcp.origin, await registerClient(vmcp.origin, APP), APP)).url, isAt(APP));
    const { callback, hop } = await returnFromIdp(alice, link);
    expect(hop.status).toBe(403);
    expect(hop.location).toBeNull();
    expect(hop.refresh).toBeNull();
    expect(hop.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(hop.body).toContain('Start the sign-in again');
    expect(hop.body).not.toContain('attacker.example');
    // The state is spent: Mallory replaying Alice's callback in her own browser gets nothing either.
    const replay = await mallory.get(callback);
    expect(replay.status).toBe(400);
    expect(replay.location).toBeNull();
  });

  it('is refused for a browser that has no vmcp cookie at all', async () => {
    const { link } = await mallorysLink(person('mallory'), 0);
    const { hop } = await returnFromIdp(person('alice'), link);
    expect(hop.status).toBe(403);
    expect(hop.location).toBeNull();
  });

  it('is refused on the second leg of a chain: Alice\'s second-IdP token never joins Mallory\'s session', async () => {
    const mallory = person('mallory');
    const { link } = await mallorysLink(mallory, 0);
    // Mallory signs in at the first upstream herself and stops at the second.
    const second = await mallory.follow(link, isAt(vmcp.idps[1]!.issuer));
    const { hop } = await returnFromIdp(person('alice'), second);
    expect(hop.status).toBe(403);
    expect(hop.location).toBeNull();
    // Mallory cannot finish the flow she started: its second leg's state is spent.
    const again = await returnFromIdp(mallory, second);
    expect(again.hop.status).toBe(400);
    expect(again.hop.location).toBeNull();
  });

  it('is refused even when Mallory\'s consent is remembered and the consent page is skipped', async () => {
    const mallory = person('mallory');
    const clientId = await registerClient(vmcp.origin, ATTACKER);
    // Mallory signs in once with her own client: her approval is now remembered.
    const first = await mallory.follow((await clientFlow(vmcp.origin, clientId, ATTACKER)).url, isAt(ATTACKER));
    expect(first.searchParams.get('code')).toBeTruthy();
    const flow = await clientFlow(vmcp.origin, clientId, ATTACKER);
    const direct = await mallory.get(flow.url);
    expect(direct.status).toBe(302);
    expect(direct.location!.origin).toBe(vmcp.idps[0]!.issuer);
    const { hop } = await returnFromIdp(person('alice'), direct.location!);
    expect(hop.status).toBe(403);
    expect(hop.location).toBeNull();
  });
});

describe('what users rely on still works', () => {
  it('signs in through both upstreams with PKCE toward each, and the code redeems for Alice', async () => {
    const alice = person('alice');
    const clientId = await registerClient(vmcp.origin, APP);
    const flow = await clientFlow(vmcp.origin, clientId, APP);
    const toCorp = await alice.follow(flow.url, isAt(vmcp.idps[0]!.issuer));
    expect(toCorp.searchParams.get('code_challenge_method')).toBe('S256');
    expect(toCorp.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const toGh = await alice.follow(toCorp, isAt(vmcp.idps[1]!.issuer));
    expect(toGh.searchParams.get('code_challenge_method')).toBe('S256');
    const back = await alice.follow(toGh, isAt(APP));
    const token = await redeem(vmcp.origin, flow, back.searchParams.get('code')!);
    expect(token.status).toBe(200);
    expect(decodeJwt(token.body.access_token as string).sub).toBe('alice');
  });

  it('lets two tabs of one browser sign in at once, interleaved, and both finish', async () => {
    const alice = person('alice');
    const clientId = await registerClient(vmcp.origin, APP);
    const [a, b] = [await clientFlow(vmcp.origin, clientId, APP), await clientFlow(vmcp.origin, clientId, APP)];
    const pageA = await alice.get(a.url);
    const pageB = await alice.get(b.url);
    const upA = (await alice.answer(pageA.consent!, 'approve')).refresh!;
    const upB = (await alice.answer(pageB.consent!, 'approve')).refresh!;
    const midA = await alice.follow(upA, isAt(vmcp.idps[1]!.issuer));
    const midB = await alice.follow(upB, isAt(vmcp.idps[1]!.issuer));
    const backB = await alice.follow(midB, isAt(APP));
    const backA = await alice.follow(midA, isAt(APP));
    expect((await redeem(vmcp.origin, a, backA.searchParams.get('code')!)).status).toBe(200);
    expect((await redeem(vmcp.origin, b, backB.searchParams.get('code')!)).status).toBe(200);
  });

  it('does not ask again for a client this user approved in this browser', async () => {
    const alice = person('alice');
    const clientId = await registerClient(vmcp.origin, APP);
    await alice.follow((await clientFlow(vmcp.origin, clientId, APP)).url, isAt(APP));
    const again = await alice.get((await clientFlow(vmcp.origin, clientId, APP)).url);
    expect(again.status).toBe(302);
    expect(again.consent).toBeNull();
    expect(again.location!.origin).toBe(vmcp.idps[0]!.issuer);
  });
});
