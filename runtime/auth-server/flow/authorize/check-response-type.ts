import { OAuthError } from '../../oauth-errors.js';
import { one, required } from '../http-io.js';
import type { AuthorizeRequest } from './request.js';

/** Only the code flow, answered in the query (OAuth 2.1 removed the implicit flow), for clients registered for it. */
export function checkResponseType(r: AuthorizeRequest): void {
  const type = required(r.params, 'response_type');
  if (type !== 'code') throw new OAuthError('unsupported_response_type', 'only response_type=code is supported');
  const client = r.client!;
  if (!client.responseTypes.includes('code') || !client.grantTypes.includes('authorization_code')) {
    throw new OAuthError('unauthorized_client', 'the client is not registered for the authorization code flow');
  }
  const mode = one(r.params, 'response_mode');
  if (mode !== undefined && mode !== 'query') throw new OAuthError('invalid_request', 'only response_mode=query is supported');
}
