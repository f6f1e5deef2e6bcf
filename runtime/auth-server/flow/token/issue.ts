import { randomUUID } from 'node:crypto';
import type { RefreshTokenGrant, RegisteredClient } from '../../storage/types.js';
import { accessTtlSec, refreshTtlMs, type FlowDeps } from '../deps.js';
import { OAuthError } from '../../oauth-errors.js';
import { randomToken } from '../random.js';

/** What a token response grants; `familyCreatedAt` starts the refresh family's fixed lifetime. */
export interface TokenGrant {
  clientId: string;
  subject: string;
  tsid: string;
  /** Scopes of this access token (a refresh may narrow them). */
  scopes: string[];
  /** Scopes the refresh token keeps (RFC 6749 section 6: unchanged by a narrowing refresh). */
  refreshScopes: string[];
  audience: string[];
  familyId: string;
  familyCreatedAt: number;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope?: string;
  refresh_token?: string;
}

/**
 * Signs our access token (RFC 9068 claims plus `tsid`, the key of the user's upstream tokens) and, for a
 * client registered for refresh_token, a refresh token in the grant's family. The family's deadline does
 * not move on rotation: the stored upstream tokens were given a TTL that covers exactly that long.
 */
export async function issueTokens(d: FlowDeps, g: TokenGrant, client: RegisteredClient): Promise<TokenResponse> {
  const now = d.now();
  const iat = Math.floor(now / 1000);
  // RFC 9068 section 2.2.3: `scope` names what was granted; with nothing granted it is left out.
  const scope = g.scopes.length > 0 ? { scope: g.scopes.join(' ') } : {};
  const access = await d.signer.sign({
    iss: d.plan.issuer,
    sub: g.subject,
    aud: g.audience.length === 1 ? g.audience[0]! : g.audience,
    iat,
    exp: iat + accessTtlSec(d),
    jti: randomUUID(),
    client_id: g.clientId,
    ...scope,
    tsid: g.tsid,
  });
  const response: TokenResponse = { access_token: access, token_type: 'Bearer', expires_in: accessTtlSec(d), ...scope };
  if (!client.grantTypes.includes('refresh_token')) return response;
  const ttl = g.familyCreatedAt + refreshTtlMs(d) - now;
  if (ttl <= 0) throw new OAuthError('invalid_grant', 'the grant has expired; authorize again');
  const refresh = randomToken();
  const record: RefreshTokenGrant = {
    familyId: g.familyId,
    clientId: g.clientId,
    subject: g.subject,
    tsid: g.tsid,
    scopes: g.refreshScopes,
    audience: g.audience,
    createdAt: g.familyCreatedAt,
  };
  if (!(await d.storage.putRefreshToken(refresh, record, ttl))) throw new OAuthError('invalid_grant', 'the grant has been revoked');
  return { ...response, refresh_token: refresh };
}
