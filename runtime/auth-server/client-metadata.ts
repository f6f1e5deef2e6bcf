import { OAuthError } from './oauth-errors.js';
import { checkRedirectUri } from './redirect-uri.js';
import type { RegisteredClient } from './storage/types.js';

export type ClientMetadata = Omit<RegisteredClient, 'clientId' | 'issuedAt'>;

const MAX_REDIRECT_URIS = 10;
const MAX_CLIENT_NAME = 200;
const GRANT_TYPES = ['authorization_code', 'refresh_token'];

const invalid = (description: string) => new OAuthError('invalid_client_metadata', description);

/**
 * RFC 7591 section 2 metadata of a public client, checked against what this server does. Unknown fields
 * are ignored (section 3.2.1 lets a server drop what it does not support); `client_secret` and friends
 * have no meaning for auth method "none".
 */
export function parseClientMetadata(body: unknown, scopesSupported: readonly string[]): ClientMetadata {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the body must be a JSON object');
  const m = body as Record<string, unknown>;

  const method = m.token_endpoint_auth_method;
  if (method !== undefined && method !== 'none') {
    throw invalid('token_endpoint_auth_method must be "none": this server registers public clients, which use PKCE');
  }
  const grantTypes = stringList(m, 'grant_types', GRANT_TYPES);
  const unknownGrant = grantTypes.find((g) => !GRANT_TYPES.includes(g));
  if (unknownGrant !== undefined) throw invalid(`grant_types: "${unknownGrant}" is not supported (authorization_code, refresh_token)`);
  if (!grantTypes.includes('authorization_code')) throw invalid('grant_types must include authorization_code');
  const responseTypes = stringList(m, 'response_types', ['code']);
  if (responseTypes.some((r) => r !== 'code')) throw invalid('response_types may only be ["code"]');

  return {
    clientName: optionalString(m, 'client_name', MAX_CLIENT_NAME),
    redirectUris: redirectUris(m.redirect_uris),
    grantTypes: [...new Set(grantTypes)],
    responseTypes: ['code'],
    scopes: scopes(m.scope, scopesSupported),
    applicationType: applicationType(m.application_type),
  };
}

function redirectUris(v: unknown): string[] {
  if (!Array.isArray(v) || v.length === 0) throw new OAuthError('invalid_redirect_uri', 'redirect_uris must be a non-empty array');
  if (v.length > MAX_REDIRECT_URIS) throw new OAuthError('invalid_redirect_uri', `redirect_uris may hold at most ${MAX_REDIRECT_URIS} URIs`);
  for (const [i, uri] of v.entries()) {
    if (typeof uri !== 'string') throw new OAuthError('invalid_redirect_uri', `redirect_uris[${i}] must be a string`);
    const check = checkRedirectUri(uri);
    if (!check.ok) throw new OAuthError('invalid_redirect_uri', `redirect_uris[${i}] ${check.reason}`);
  }
  return [...new Set(v as string[])];
}

function scopes(v: unknown, supported: readonly string[]): string[] {
  if (v === undefined || v === '') return [...supported];
  if (typeof v !== 'string') throw invalid('scope must be a space-separated string');
  const list = [...new Set(v.split(' ').filter((s) => s !== ''))];
  const unknown = list.find((s) => !supported.includes(s));
  if (unknown !== undefined) throw invalid(`scope "${unknown.slice(0, 64)}" is not supported (supported: ${supported.join(' ')})`);
  return list;
}

function applicationType(v: unknown): 'native' | 'web' | null {
  if (v === undefined) return null;
  if (v !== 'native' && v !== 'web') throw invalid('application_type must be "native" or "web"');
  return v;
}

function stringList(m: Record<string, unknown>, field: string, fallback: string[]): string[] {
  const v = m[field];
  if (v === undefined) return fallback;
  if (!Array.isArray(v) || v.length === 0 || v.length > 10 || v.some((x) => typeof x !== 'string')) throw invalid(`${field} must be a non-empty array of strings`);
  return v as string[];
}

function optionalString(m: Record<string, unknown>, field: string, max: number): string | null {
  const v = m[field];
  if (v === undefined) return null;
  if (typeof v !== 'string' || v.length > max || /[\u0000-\u001f\u007f]/.test(v)) throw invalid(`${field} must be a string of at most ${max} characters without control characters`);
  return v;
}

/** The RFC 7591 section 3.2.1 response for a stored client. */
export function clientInformation(c: RegisteredClient): Record<string, unknown> {
  return {
    client_id: c.clientId,
    client_id_issued_at: c.issuedAt,
    redirect_uris: c.redirectUris,
    token_endpoint_auth_method: 'none',
    grant_types: c.grantTypes,
    response_types: c.responseTypes,
    scope: c.scopes.join(' '),
    ...(c.clientName !== null ? { client_name: c.clientName } : {}),
    ...(c.applicationType !== null ? { application_type: c.applicationType } : {}),
  };
}
