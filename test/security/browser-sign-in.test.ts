/**
 * Issue 9 in a real browser (Debian's Chromium): a full Mode B sign-in with third-party cookies blocked,
 * with the IdP on another site (localhost) than vmcp (127.0.0.1), so the browser id cookie travels on a
 * cross-site return from the IdP as SameSite=Lax allows; and the page Alice sees when she opens a link
 * to the IdP that Mallory started. Screenshots go to test/security/screenshots/ (not committed).
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser as ScriptedBrowser } from '../auth-server-flow/helpers/browser.js';
import { launchChromium } from './helpers/chromium.js';
import { clientFlow, redeem, registerClient, startModeB, type ModeB } from './helpers/mode-b.js';

const SHOTS = 'test/security/screenshots';

let vmcp: ModeB;
let app: Server;
let appUrl: string;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  vmcp = await startModeB({ idpHostname: 'localhost' });
  // The MCP client's loopback redirect target (RFC 8252), where the browser ends up with the code.
  app = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Signed in</title><p>You can close this window.</p>'));
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/cb`;
  chromium = await launchChromium({ blockThirdPartyCookies: true });
});
afterAll(async () => {
  await chromium?.close();
  app?.close();
  await vmcp?.stop();
});

describe('in Chromium with third-party cookies blocked', () => {
  it('signs in: consent page, Allow, the IdP on another site, back to the client with a code that redeems', async () => {
    const clientId = await registerClient(vmcp.origin, 'http://127.0.0.1/cb');
    const flow = await clientFlow(vmcp.origin, clientId, appUrl);
    const page = await chromium.browser.newPage();
    const consent = await page.goto(flow.url.href);
    expect(consent!.status()).toBe(200);
    expect(await page.title()).toBe('Allow access?');
    await page.screenshot({ path: `${SHOTS}/consent.png`, fullPage: true });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[value="approve"]')]);
    await page.waitForFunction((prefix: string) => location.href.startsWith(prefix), { timeout: 15_000 }, appUrl);
    const back = new URL(page.url());
    expect(back.searchParams.get('iss')).toBe(vmcp.origin);
    const token = await redeem(vmcp.origin, flow, back.searchParams.get('code')!);
    expect(token.status).toBe(200);
    const cookies = (await page.browserContext().cookies()).filter((c) => c.domain === new URL(vmcp.origin).hostname);
    expect(cookies.find((c) => c.name === 'vmcp-browser')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    await page.close();
  });

  it('shows Alice a page that says to start again when she opens a link Mallory started, and sends her nowhere', async () => {
    const mallory = new ScriptedBrowser();
    const clientId = await registerClient(vmcp.origin, 'https://attacker.example/cb');
    const link = await mallory.follow((await clientFlow(vmcp.origin, clientId, 'https://attacker.example/cb')).url, (u) => u.origin === vmcp.idps[0]!.issuer);
    const page = await chromium.browser.newPage();
    const responses: number[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith(`${vmcp.origin}/oauth/callback`)) responses.push(r.status());
    });
    await page.goto(link.href);
    await page.waitForFunction((origin: string) => location.href.startsWith(`${origin}/oauth/callback`) && document.readyState === 'complete', { timeout: 15_000 }, vmcp.origin);
    expect(responses).toEqual([403]);
    expect(await page.title()).toBe('Start the sign-in again');
    const text = await page.$eval('main', (m) => (m as HTMLElement).innerText);
    expect(text).toContain('started in another browser');
    expect(text).not.toContain('attacker.example');
    await page.screenshot({ path: `${SHOTS}/restart.png` });
    await page.close();
  });
});
