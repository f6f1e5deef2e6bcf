import { OAuthError } from '../../oauth-errors.js';
import { required } from '../http-io.js';
import type { FlowDeps } from '../deps.js';
import type { AuthorizeRequest } from './request.js';

/** The client must be registered. Unknown clients get no redirect: their redirect URI cannot be trusted. */
export async function checkClient(r: AuthorizeRequest, d: FlowDeps): Promise<void> {
  const clientId = required(r.params, 'client_id');
  const client = await d.storage.getClient(clientId);
  if (client === null) throw new OAuthError('invalid_client', 'unknown client_id');
  r.client = client;
}
