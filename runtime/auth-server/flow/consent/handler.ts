import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler } from '../../../contract.js';
import { sendJson } from '../../../http/respond.js';
import { OAuthError, sendOAuthError } from '../../oauth-errors.js';
import type { PendingConsent } from '../../storage/types.js';
import { firstLeg } from '../authorize/first-leg.js';
import { errorRedirect } from '../client-redirect.js';
import type { FlowDeps } from '../deps.js';
import { asOAuthError } from '../failure.js';
import { readForm, required } from '../http-io.js';
import { checkRateLimit } from '../rate-limited.js';
import { browserDigest } from './browser-cookie.js';
import { csrfToken, sameSecret } from './csrf.js';
import { sendContinue } from './html.js';

/** Refusals of a consent answer that is not this browser's own: no more detail than the error names. */
const forbidden = (why: string) => new OAuthError('access_denied', why, 403);

/**
 * POST /oauth/consent: the user's answer to the consent page. It must come from this origin (Origin,
 * when the browser sends it), with the browser id cookie, a consent id waiting for that very browser
 * (taken: single use, even when the rest is refused) and the CSRF token of that page. Approve: the flow
 * goes on to the first upstream, bound to this browser; the approval is remembered only once the user has
 * signed in (callback/remember.ts), so an anonymous caller cannot make lasting records. Deny: back to the
 * client with access_denied, state and iss.
 */
export function consentHandler(d: FlowDeps): RouteHandler {
  const origin = new URL(d.plan.authorizationEndpointBaseUrl).origin;
  return async (req, res) => {
    if (refuseNonPost(req, res)) return;
    let answer: { pending: PendingConsent; browser: string; approve: boolean };
    try {
      await checkRateLimit(d, 'consent', req);
      answer = await readAnswer(d, origin, req);
    } catch (e) {
      sendOAuthError(res, asOAuthError(e, d, 'consent'));
      return;
    }
    const { pending: p, browser, approve } = answer;
    const state = p.clientState === '' ? null : p.clientState;
    try {
      if (!approve) {
        sendContinue(res, errorRedirect(p.redirectUri, new OAuthError('access_denied', 'the user did not allow this client'), state, d.plan.issuer));
        return;
      }
      const next = await firstLeg(d, { ...p, consentRememberedFor: null });
      // Set again right before the upstream: the callback must come back with it.
      sendContinue(res, next, { 'Set-Cookie': d.cookie.header(browser) });
    } catch (e) {
      sendContinue(res, errorRedirect(p.redirectUri, asOAuthError(e, d, 'consent'), state, d.plan.issuer));
    }
  };
}

async function readAnswer(d: FlowDeps, origin: string, req: IncomingMessage) {
  const sentOrigin = req.headers.origin;
  if (sentOrigin !== undefined && sentOrigin !== origin) throw forbidden('the consent answer comes from another origin');
  const form = await readForm(req, d.maxFormBytes);
  const consentId = required(form, 'consent_id');
  const token = required(form, 'csrf_token');
  const decision = required(form, 'decision');
  if (decision !== 'approve' && decision !== 'deny') throw new OAuthError('invalid_request', 'decision must be approve or deny');
  const browser = d.cookie.read(req);
  if (browser === null) throw forbidden('the consent cookie is missing');
  const pending = await d.storage.takeConsentRequest(consentId);
  if (pending === null) throw new OAuthError('invalid_request', 'unknown, expired or already answered consent request');
  if (!sameSecret(pending.browser, browserDigest(browser))) throw forbidden('the consent request was shown to another browser');
  if (!sameSecret(token, csrfToken(browser, consentId))) throw forbidden('the CSRF token does not match this consent request');
  return { pending, browser, approve: decision === 'approve' };
}

/**
 * Only POST. Unlike the other endpoints (../../http.ts refuseMethod) no CORS headers and no preflight:
 * this endpoint is for our own page's form, never for scripts of other origins.
 */
function refuseNonPost(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'POST') return false;
  sendJson(res, 405, { error: 'invalid_request', error_description: 'use POST' }, { Allow: 'POST', 'Cache-Control': 'no-store' });
  return true;
}
