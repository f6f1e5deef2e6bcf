import type { RouteHandler } from '../../../contract.js';
import { refuseMethod } from '../../http.js';
import type { PendingAuthorization } from '../../storage/types.js';
import { errorRedirect } from '../client-redirect.js';
import { browserDigest } from '../consent/browser-cookie.js';
import { sameSecret } from '../consent/csrf.js';
import { loginSessionTtlMs, type FlowDeps } from '../deps.js';
import { OAuthError, sendOAuthError } from '../../oauth-errors.js';
import { FlowError } from '../errors.js';
import { asOAuthError } from '../failure.js';
import { one, queryOf, redirect } from '../http-io.js';
import { startLeg } from '../leg.js';
import type { UpstreamResult } from '../upstream/types.js';
import { issueCode } from './issue-code.js';
import { rememberApproval } from './remember.js';
import { sendRestartPage } from './restart-page.js';

/**
 * GET /oauth/callback: an upstream sends the user back. The state names one pending authorization, which
 * is taken (single use) and names the only upstream whose answer it accepts, so a code from another IdP
 * is never sent to this one (mix-up defence). The request must carry the browser id cookie of the browser
 * that started the sign-in (RFC 9700 section 4.7.1): a link to an upstream that one person made cannot
 * sign in another, and the upstream's code is not even redeemed then. The upstream's tokens are stored
 * under (tsid, upstream); then the next upstream of the chain, or our code back to the client.
 */
export function callbackHandler(d: FlowDeps): RouteHandler {
  return async (req, res) => {
    if (refuseMethod(req, res, ['GET'])) return;
    const params = queryOf(req);
    let pending: PendingAuthorization | null;
    let state: string;
    try {
      state = one(params, 'state') ?? '';
      pending = state === '' ? null : await d.storage.takePending(state);
    } catch (e) {
      sendOAuthError(res, asOAuthError(e, d, 'callback'));
      return;
    }
    if (pending === null) return sendRestartPage(res, 400, 'This sign-in has expired, was already completed, or this address is incomplete.');
    const p = pending;
    const browser = d.cookie.read(req);
    if (browser === null || !sameSecret(browserDigest(browser), p.browser)) {
      await d.storage.deleteUpstreamTokens(p.tsid).catch(() => undefined);
      d.warn('upstream callback refused: it does not come from the browser that started the sign-in', { upstream: p.upstream, client_id: p.clientId });
      return sendRestartPage(res, 403, "This sign-in was started in another browser, or this browser's cookies for this site were cleared or blocked.");
    }
    try {
      // Set again right before the next upstream (or the client): every leg must come back with it.
      redirect(res, await continueFlow(d, p, state, params, browser), { 'Set-Cookie': d.cookie.header(browser) });
    } catch (e) {
      // Tokens already stored by earlier legs belong to a session that will never get a code.
      await d.storage.deleteUpstreamTokens(p.tsid).catch(() => undefined);
      redirect(res, errorRedirect(p.redirectUri, asOAuthError(e, d, 'callback'), p.clientState === '' ? null : p.clientState, d.plan.issuer));
    }
  };
}

async function continueFlow(d: FlowDeps, p: PendingAuthorization, state: string, params: URLSearchParams, browser: string): Promise<URL> {
  const index = d.upstreams.findIndex((u) => u.name === p.upstream);
  const upstream = d.upstreams[index];
  if (upstream === undefined) throw new FlowError('AS_FLOW_CONFIG', `the pending authorization names upstream ${p.upstream}, which is not configured`);
  let result: UpstreamResult;
  try {
    result = await upstream.complete(params, { state, pkceVerifier: p.upstreamPkceVerifier, nonce: p.upstreamNonce });
  } catch (e) {
    const code = e instanceof FlowError ? e.code : 'unknown';
    d.warn('upstream authorization failed', { upstream: upstream.name, code, message: e instanceof Error ? e.message : '' });
    throw new OAuthError('access_denied', `authentication at upstream ${upstream.name} did not succeed`);
  }
  // The first upstream says who the user is; later legs add tokens to that user's session.
  const subject = p.subject ?? result.subject;
  if (p.subject === null && p.consentRememberedFor !== null && subject !== p.consentRememberedFor) {
    // The consent page was skipped for the user last signed in with this browser; someone else signed in.
    await d.storage.unlinkBrowser(browser);
    throw new OAuthError('access_denied', 'another user signed in than the one who allowed this application in this browser; sign in again to be asked');
  }
  const t = result.tokens;
  await d.storage.putUpstreamTokens(
    p.tsid,
    {
      provider: upstream.name,
      userId: subject,
      clientId: p.clientId,
      accessToken: t.accessToken,
      refreshToken: t.refreshToken,
      idToken: t.idToken,
      tokenType: t.tokenType,
      scope: t.scope,
      expiresAt: t.expiresIn === null ? null : d.now() + t.expiresIn * 1000,
    },
    loginSessionTtlMs(d, d.upstreams.length - index - 1),
  );
  if (index + 1 < d.upstreams.length) {
    const { clientId, redirectUri, clientState, codeChallenge, scopes, resource, tsid, browser: bound, consentRememberedFor } = p;
    return startLeg(d, index + 1, { clientId, redirectUri, clientState, codeChallenge, scopes, resource, tsid, subject, browser: bound, consentRememberedFor });
  }
  await rememberApproval(d, p, subject, browser);
  return issueCode(d, p, subject);
}
