import { randomBytes, randomUUID } from 'node:crypto';
import type {
  AuthorizationCodeGrant,
  PendingAuthorization,
  PendingConsent,
  RefreshTokenGrant,
  RegisteredClient,
  RememberedConsent,
  StoredUpstreamTokens,
} from '../../../runtime/auth-server/storage/types.js';

export const secret = () => randomBytes(32).toString('base64url');

export const client = (over: Partial<RegisteredClient> = {}): RegisteredClient => ({
  clientId: randomUUID(),
  clientName: 'Test client',
  redirectUris: ['http://127.0.0.1/cb'],
  grantTypes: ['authorization_code', 'refresh_token'],
  responseTypes: ['code'],
  scopes: ['openid'],
  applicationType: null,
  issuedAt: 1_700_000_000,
  ...over,
});

export const pending = (over: Partial<PendingAuthorization> = {}): PendingAuthorization => ({
  clientId: 'c1',
  redirectUri: 'http://127.0.0.1:5000/cb',
  clientState: 'client-state-123',
  codeChallenge: secret(),
  scopes: ['openid'],
  resource: null,
  upstream: 'corp',
  upstreamPkceVerifier: secret(),
  upstreamNonce: secret(),
  tsid: secret(),
  subject: null,
  browser: secret(),
  consentRememberedFor: null,
  createdAt: 1_700_000_000_000,
  ...over,
});

export const codeGrant = (over: Partial<AuthorizationCodeGrant> = {}): AuthorizationCodeGrant => ({
  clientId: 'c1',
  redirectUri: 'http://127.0.0.1:5000/cb',
  codeChallenge: secret(),
  scopes: ['openid', 'offline_access'],
  audience: ['https://vmcp.example.com'],
  subject: 'user-1',
  tsid: secret(),
  familyId: randomUUID(),
  createdAt: 1_700_000_000_000,
  ...over,
});

export const refreshGrant = (over: Partial<RefreshTokenGrant> = {}): RefreshTokenGrant => ({
  familyId: randomUUID(),
  clientId: 'c1',
  subject: 'user-1',
  tsid: secret(),
  scopes: ['openid', 'offline_access'],
  audience: ['https://vmcp.example.com'],
  createdAt: 1_700_000_000_000,
  ...over,
});

export const upstreamTokens = (over: Partial<StoredUpstreamTokens> = {}): StoredUpstreamTokens => ({
  provider: 'corp',
  userId: 'user-1',
  clientId: 'c1',
  accessToken: secret(),
  refreshToken: secret(),
  idToken: null,
  tokenType: 'Bearer',
  scope: 'openid',
  expiresAt: null,
  ...over,
});

export const consentRequest = (): PendingConsent => ({
  clientId: 'c1',
  redirectUri: 'http://127.0.0.1:5000/cb',
  clientState: 'client-state-123',
  codeChallenge: secret(),
  scopes: ['openid'],
  resource: 'https://vmcp.example.test/mcp',
  browser: secret(),
  createdAt: 1_700_000_000_000,
});

export const approval = (scopes: string[] = ['openid']): RememberedConsent => ({ scopes, resources: ['https://vmcp.example.test/mcp'], approvedAt: 1_700_000_000_000 });
