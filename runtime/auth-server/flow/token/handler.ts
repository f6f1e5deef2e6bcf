import type { RouteHandler } from '../../../contract.js';
import { sendJson } from '../../../http/respond.js';
import { refuseMethod, setCors } from '../../http.js';
import { OAuthError, sendOAuthError } from '../../oauth-errors.js';
import type { RegisteredClient } from '../../storage/types.js';
import type { FlowDeps } from '../deps.js';
import { asOAuthError } from '../failure.js';
import { NO_STORE, readForm, required } from '../http-io.js';
import { authorizationCodeGrant } from './authorization-code.js';
import type { TokenResponse } from './issue.js';
import { refreshTokenGrant } from './refresh-token.js';
import { lookUpClient } from '../look-up-client.js';
import { checkRateLimit } from '../rate-limited.js';

type Grant = (d: FlowDeps, params: URLSearchParams, client: RegisteredClient) => Promise<TokenResponse>;

const GRANTS: Record<string, Grant> = { authorization_code: authorizationCodeGrant, refresh_token: refreshTokenGrant };

/**
 * POST /oauth/token (RFC 6749 section 3.2). Clients are public (auth method "none", identified by
 * client_id) and prove possession with PKCE and refresh rotation. Browser-based clients call it from other
 * origins, hence CORS; every answer is no-store.
 */
export function tokenHandler(d: FlowDeps): RouteHandler {
  return async (req, res) => {
    if (refuseMethod(req, res, ['POST'])) return;
    setCors(res, 'POST, OPTIONS');
    try {
      await checkRateLimit(d, 'token', req);
      const params = await readForm(req, d.maxFormBytes);
      const grantType = required(params, 'grant_type');
      const grant = Object.hasOwn(GRANTS, grantType) ? GRANTS[grantType] : undefined;
      if (grant === undefined) throw new OAuthError('unsupported_grant_type', 'use authorization_code or refresh_token');
      const client = await lookUpClient(d, required(params, 'client_id'), 'token');
      if (!client.grantTypes.includes(grantType)) throw new OAuthError('unauthorized_client', `the client is not registered for ${grantType}`);
      sendJson(res, 200, await grant(d, params, client), { ...NO_STORE });
    } catch (e) {
      sendOAuthError(res, asOAuthError(e, d, 'token'));
    }
  };
}
