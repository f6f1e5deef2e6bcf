import type { RouteHandler } from '../../../contract.js';
import { refuseMethod } from '../../http.js';
import { sendOAuthError } from '../../oauth-errors.js';
import { errorRedirect } from '../client-redirect.js';
import type { FlowDeps } from '../deps.js';
import { asOAuthError } from '../failure.js';
import { queryOf, redirect } from '../http-io.js';
import { askConsent, rememberedApprover } from '../consent/ask.js';
import { browserDigest } from '../consent/browser-cookie.js';
import { checkRateLimit } from '../rate-limited.js';
import { checkClient } from './check-client.js';
import { checkPkce } from './check-pkce.js';
import { checkRedirectUri } from './check-redirect-uri.js';
import { checkResource } from './check-resource.js';
import { checkResponseType } from './check-response-type.js';
import { checkScope } from './check-scope.js';
import { checkState } from './check-state.js';
import { firstLeg } from './first-leg.js';
import type { AuthorizeRequest, CheckedAuthorizeRequest } from './request.js';

type Check = (r: AuthorizeRequest, d: FlowDeps) => void | Promise<void>;

/** Until these pass, the redirect URI is not trusted and errors are answered with a 400. */
const TRUST_CHECKS: Check[] = [checkClient, checkRedirectUri];
/** Their errors go back to the client's redirect URI. State first, so the others' errors carry it. */
const REQUEST_CHECKS: Check[] = [checkState, checkResponseType, checkPkce, checkScope, checkResource];

/**
 * GET /oauth/authorize (RFC 6749 section 4.1.1 with PKCE and RFC 8707). A valid request is shown to the
 * user for consent (../consent/), unless the user last signed in with this browser already approved as
 * much for this client; then the user goes to the first upstream, with the browser id cookie set again
 * right before, since the callback of every leg must come back with it.
 */
export function authorizeHandler(d: FlowDeps): RouteHandler {
  return async (req, res) => {
    if (refuseMethod(req, res, ['GET'])) return;
    const r: AuthorizeRequest = { params: queryOf(req) };
    try {
      await checkRateLimit(d, 'authorize', req);
      for (const check of TRUST_CHECKS) await check(r, d);
    } catch (e) {
      sendOAuthError(res, asOAuthError(e, d, 'authorize'));
      return;
    }
    try {
      for (const check of REQUEST_CHECKS) await check(r, d);
      const c = r as CheckedAuthorizeRequest;
      const browser = d.cookie.read(req);
      const approver = browser === null ? null : await rememberedApprover(d, browser, c);
      if (browser === null || approver === null) {
        await askConsent(d, res, c, browser);
        return;
      }
      const next = await firstLeg(d, {
        clientId: c.client.clientId,
        redirectUri: c.redirectUri,
        clientState: c.state ?? '',
        codeChallenge: c.codeChallenge,
        scopes: c.scopes,
        resource: c.resource,
        browser: browserDigest(browser),
        consentRememberedFor: approver,
      });
      redirect(res, next, { 'Set-Cookie': d.cookie.header(browser) });
    } catch (e) {
      redirect(res, errorRedirect(r.redirectUri!, asOAuthError(e, d, 'authorize'), r.state, d.plan.issuer));
    }
  };
}
