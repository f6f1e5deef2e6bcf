import { FlowError } from '../errors.js';
import type { UpstreamTokenSet } from './types.js';

/**
 * Reads a plain OAuth 2.0 token response (RFC 6749 section 5.1/5.2). Hand-written for `oauth2` upstreams
 * because oauth4webapi treats any `id_token` in the answer as OIDC and validates it against an issuer
 * that an oauth2 upstream does not have; and `identity_from_token` needs the raw JSON body anyway.
 */
export async function readTokenResponse(name: string, res: Response): Promise<{ tokens: UpstreamTokenSet; body: Record<string, unknown> }> {
  const body = await jsonBody(name, res);
  if (res.status !== 200) {
    const code = typeof body?.error === 'string' && /^[\w.-]{1,64}$/.test(body.error) ? body.error : `HTTP ${res.status}`;
    throw new FlowError('AS_UPSTREAM_REFUSED', `upstream ${name} refused the authorization: ${code}`);
  }
  if (body === null) throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${name}: the token response is not a JSON object`);
  const { access_token: at, token_type: type, expires_in: exp, refresh_token: rt, scope } = body;
  if (typeof at !== 'string' || at === '') throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${name}: the token response has no access_token`);
  if (typeof type !== 'string' || type.toLowerCase() !== 'bearer') {
    throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${name}: the token response's token_type is not Bearer`);
  }
  const expiresIn = typeof exp === 'number' ? exp : typeof exp === 'string' && /^\d+$/.test(exp) ? Number(exp) : null;
  return {
    body,
    tokens: {
      accessToken: at,
      refreshToken: typeof rt === 'string' && rt !== '' ? rt : null,
      idToken: null,
      tokenType: 'Bearer',
      scope: typeof scope === 'string' ? scope : null,
      expiresIn: expiresIn !== null && expiresIn >= 0 ? expiresIn : null,
    },
  };
}

async function jsonBody(name: string, res: Response): Promise<Record<string, unknown> | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await res.text());
  } catch {
    if (res.status !== 200) return null;
    throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${name}: the token response is not JSON`);
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
}
