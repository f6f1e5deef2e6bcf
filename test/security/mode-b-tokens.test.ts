/**
 * Issue 9, findings 7 and 8, against a real `vmcp serve` in Mode B. 7: a JWT signed with vmcp's own key
 * passes only as an RFC 9068 access token (typ at+jwt). 8: replaying a refresh token within the grace
 * window used to return a second live pair, forking the grant; now it returns the very pair the rotation
 * returned.
 */
import { createPrivateKey } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../auth-server-flow/helpers/browser.js';
import { clientFlow, redeem, registerClient, startModeB, type ModeB } from './helpers/mode-b.js';

const APP = 'http://127.0.0.1/cb';

let vmcp: ModeB;
let clientId: string;
let tokens: Record<string, unknown>;
beforeAll(async () => {
  vmcp = await startModeB();
  clientId = await registerClient(vmcp.origin, APP);
  const flow = await clientFlow(vmcp.origin, clientId, APP);
  const back = await new Browser().follow(flow.url, (u) => u.href.startsWith(APP));
  tokens = (await redeem(vmcp.origin, flow, back.searchParams.get('code')!)).body;
});
afterAll(async () => {
  await vmcp?.stop();
});

const initialize = (token: string) =>
  fetch(`${vmcp.origin}/mcp`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } } }),
  });

const refresh = async (refreshToken: string) => {
  const res = await fetch(`${vmcp.origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('finding 7: only access tokens pass', () => {
  /** The claims of a real access token, re-signed with vmcp's own key under another `typ`. */
  const resign = (typ: string | undefined) =>
    new SignJWT(decodeJwt(tokens.access_token as string))
      .setProtectedHeader({ alg: 'ES256', kid: decodeProtectedHeader(tokens.access_token as string).kid!, ...(typ ? { typ } : {}) })
      .sign(createPrivateKey(vmcp.signingKeyPem));

  it('accepts the token vmcp issued (typ at+jwt), and the same claims re-signed as at+jwt', async () => {
    expect(decodeProtectedHeader(tokens.access_token as string).typ).toBe('at+jwt');
    expect((await initialize(tokens.access_token as string)).status).toBe(200);
    expect((await initialize(await resign('at+jwt'))).status).toBe(200);
  });

  it('refuses the same claims with typ JWT, or with no typ', async () => {
    for (const typ of ['JWT', undefined]) {
      const res = await initialize(await resign(typ));
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
  });
});

describe('finding 8: a refresh replayed within the grace window', () => {
  it('gets the very pair the rotation returned, never a second live one', async () => {
    const first = await refresh(tokens.refresh_token as string);
    expect(first.status).toBe(200);
    const replayed = [await refresh(tokens.refresh_token as string), await refresh(tokens.refresh_token as string)];
    for (const r of replayed) expect(r).toEqual(first);
    // The one live branch goes on, and is as idempotent at its next step.
    const next = await refresh(first.body.refresh_token as string);
    expect(next.status).toBe(200);
    expect(next.body.refresh_token).not.toBe(first.body.refresh_token);
    expect(await refresh(first.body.refresh_token as string)).toEqual(next);
  });
});
