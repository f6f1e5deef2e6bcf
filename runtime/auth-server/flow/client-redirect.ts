import type { OAuthError } from '../oauth-errors.js';

/**
 * The redirect back to the client: its registered redirect URI (its own query kept, RFC 6749 section
 * 3.1.2) plus our parameters, always with `iss` (RFC 9207), so that a client talking to several servers
 * can tell which one answered, errors included.
 */
export function clientRedirect(redirectUri: string, params: Record<string, string | null | undefined>, issuer: string): URL {
  const url = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined) url.searchParams.append(k, v);
  url.searchParams.append('iss', issuer);
  return url;
}

export const errorRedirect = (redirectUri: string, e: OAuthError, state: string | null | undefined, issuer: string): URL =>
  clientRedirect(redirectUri, { error: e.error, error_description: e.description, state }, issuer);
