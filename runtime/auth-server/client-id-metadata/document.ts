import { parseClientMetadata } from '../client-metadata.js';
import { OAuthError } from '../oauth-errors.js';
import type { RegisteredClient } from '../storage/types.js';
import { ClientMetadataError } from './errors.js';

/** Fields that only a client holding a shared secret would publish (draft-00 section 4.1). */
const SECRET_FIELDS = ['client_secret', 'client_secret_expires_at'];

/**
 * A fetched document as a client: it must name itself (`client_id` exactly the URL, draft-00 section 4.1),
 * be public (this server issues no secrets, and a published document cannot hold one), and pass the
 * same metadata rules as a dynamic registration (client-metadata.ts).
 */
export function clientFromDocument(clientId: string, json: unknown, scopesSupported: readonly string[], issuedAt: number): RegisteredClient {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ClientMetadataError('CIMD_NOT_JSON', 'the document must be a JSON object');
  const doc = json as Record<string, unknown>;
  if (doc.client_id !== clientId) throw new ClientMetadataError('CIMD_CLIENT_ID_MISMATCH', 'the document\'s "client_id" must be exactly the URL it is served from');
  const method = doc.token_endpoint_auth_method;
  if (method !== undefined && method !== 'none') {
    throw new ClientMetadataError('CIMD_CONFIDENTIAL_CLIENT', 'token_endpoint_auth_method must be "none" or absent: a metadata document describes a public client, which uses PKCE');
  }
  const secret = SECRET_FIELDS.find((f) => Object.hasOwn(doc, f));
  if (secret !== undefined) throw new ClientMetadataError('CIMD_CONFIDENTIAL_CLIENT', `the document must not contain "${secret}"`);
  try {
    return { ...parseClientMetadata(doc, scopesSupported), clientId, issuedAt };
  } catch (e) {
    if (!(e instanceof OAuthError)) throw e;
    throw new ClientMetadataError(e.error === 'invalid_redirect_uri' ? 'CIMD_REDIRECT_URI_INVALID' : 'CIMD_METADATA_INVALID', e.description);
  }
}
