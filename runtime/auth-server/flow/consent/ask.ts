import type { ServerResponse } from 'node:http';
import type { CheckedAuthorizeRequest } from '../authorize/request.js';
import type { FlowDeps } from '../deps.js';
import { randomToken } from '../random.js';
import { browserDigest } from './browser-cookie.js';
import { csrfToken } from './csrf.js';
import { sendPage } from './html.js';
import { consentPage } from './page.js';
import { covers } from './remembered.js';

/** A consent page can be answered for this long (the MCP security best practices' ten minutes). */
export const CONSENT_REQUEST_TTL_MS = 10 * 60 * 1000;

/**
 * The user whose remembered approval covers this request: the one who last finished a sign-in in this
 * browser, if they approved at least this much for this client. The first leg checks that the same user
 * signs in (callback/handler.ts).
 */
export async function rememberedApprover(d: FlowDeps, browser: string, r: CheckedAuthorizeRequest): Promise<string | null> {
  const user = await d.storage.browserUser(browser);
  if (user === null) return null;
  return covers(await d.storage.getRememberedConsent(user, r.client.clientId), r) ? user : null;
}

/**
 * Parks the checked request under a new single-use consent id bound to this browser (a new browser id
 * when it has none) and shows the consent page. The page's Referrer-Policy keeps the Origin header on its
 * own form post (`no-referrer` would turn it into `null`) while sending nothing to other origins.
 */
export async function askConsent(d: FlowDeps, res: ServerResponse, r: CheckedAuthorizeRequest, known: string | null): Promise<void> {
  const browser = known ?? randomToken();
  const consentId = randomToken();
  await d.storage.putConsentRequest(
    consentId,
    {
      clientId: r.client.clientId,
      redirectUri: r.redirectUri,
      clientState: r.state ?? '',
      codeChallenge: r.codeChallenge,
      scopes: r.scopes,
      resource: r.resource,
      browser: browserDigest(browser),
      createdAt: d.now(),
    },
    CONSENT_REQUEST_TTL_MS,
  );
  const html = consentPage({ client: r.client, redirectUri: r.redirectUri, scopes: r.scopes, resource: r.resource, consentId, csrfToken: csrfToken(browser, consentId) });
  sendPage(res, html, { 'Set-Cookie': d.cookie.header(browser), 'Referrer-Policy': 'same-origin' });
}
