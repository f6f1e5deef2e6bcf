import { ClientMetadataError, clientMetadataOAuthError } from '../client-id-metadata/errors.js';
import { OAuthError } from '../oauth-errors.js';
import type { RegisteredClient } from '../storage/types.js';
import type { FlowDeps } from './deps.js';

/** The client behind a client_id, or the RFC 6749 error its endpoint answers (401 at the token endpoint). */
export async function lookUpClient(d: FlowDeps, clientId: string, endpoint: 'authorize' | 'token'): Promise<RegisteredClient> {
  let client: RegisteredClient | null;
  try {
    client = await d.clients.resolve(clientId);
  } catch (e) {
    if (e instanceof ClientMetadataError) throw clientMetadataOAuthError(e, endpoint);
    throw e;
  }
  if (client === null) throw new OAuthError('invalid_client', 'unknown client_id', endpoint === 'token' ? 401 : 400);
  return client;
}
