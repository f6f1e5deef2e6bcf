import type { RouteHandler } from '../../../contract.js';
import { refuseMethod } from '../../http.js';
import type { PendingAuthorization } from '../../storage/types.js';
import { errorRedirect } from '../client-redirect.js';
import { loginSessionTtlMs, type FlowDeps } from '../deps.js';
import { OAuthError, sendOAuthError } from '../../oauth-errors.js';
import { FlowError } from '../errors.js';
import { asOAuthError } from '../failure.js';
import { one, queryOf, redirect } from '../http-io.js';
import { startLeg } from '../leg.js';
import type { UpstreamResult } from '../upstream/types.js';
import { issueCode } from './issue-code.js';

/**
 * GET /oauth/callback: an upstream sends the user back. The state names one pending authorization, which
 * is taken (single use) and names the only upstream whose answer it accepts, so a code from another IdP
 * is never sent to this one (mix-up defence). The upstream's tokens are stored under (tsid, upstream);
 * then the next upstream of the chain, or our code back to the client.
 */
export function callbackHandler(d: FlowDeps): RouteHandler {
  return async (req, res) => {
    if (refuseMethod(req, res, ['GET'])) return;
    const params = queryOf(req);
    let pending: PendingAuthorization | null;
    let state: string;
    try {
      state = one(params, 'state') ?? '';
      if (state === '') throw new OAuthError('invalid_request', 'the state parameter is missing');
      pending = await d.storage.takePending(state);
      if (pending === null) throw new OAuthError('invalid_request', 'unknown, expired or already used state');
    } catch (e) {
      sendOAuthError(res, asOAuthError(e, d, 'callback'));
      return;
    }
    const p = pending;
    try {
      redirect(res, await continueFlow(d, p, state, params));
    } catch (e) {
      // Tokens already stored by earlier legs belong to a session that will never get a code.
      await d.storage.deleteUpstreamTokens(p.tsid).catch(() => undefined);
      redirect(res, errorRedirect(p.redirectUri, asOAuthError(e, d, 'callback'), p.clientState === '' ? null : p.clientState, d.plan.issuer));
    }
  };
}

async function continueFlow(d: FlowDeps, p: PendingAuthorization, state: string, params: URLSearchParams): Promise<URL> {
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
  if (subject === null) throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${upstream.name} gave no subject for the user`);
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
    const { clientId, redirectUri, clientState, codeChallenge, scopes, resource, tsid } = p;
    return startLeg(d, index + 1, { clientId, redirectUri, clientState, codeChallenge, scopes, resource, tsid, subject });
  }
  return issueCode(d, p, subject);
}
