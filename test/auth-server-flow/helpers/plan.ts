import type { AuthServerPlan, UpstreamPlan } from '../../../generated/plan.js';

export const oidcUpstreamPlan = (name: string, issuerUrl: string, clientId: string, redirectUri: string, over: Partial<UpstreamPlan> = {}): UpstreamPlan => ({
  name,
  type: 'oidc',
  issuerUrl,
  subjectClaim: 'sub',
  clientId,
  clientSecret: { env: `${name.toUpperCase()}_SECRET` },
  redirectUri,
  scopes: ['openid', 'offline_access'],
  additionalAuthorizationParams: {},
  allowPrivateIp: false,
  insecureAllowHttp: false,
  ...over,
});

/** An OpenID Provider used as a plain OAuth 2.0 one: configured endpoints, identity from userinfo. */
export const oauth2UpstreamPlan = (name: string, base: string, clientId: string, redirectUri: string, over: Partial<UpstreamPlan> = {}): UpstreamPlan => ({
  name,
  type: 'oauth2',
  authorizationEndpoint: `${base}/auth`,
  tokenEndpoint: `${base}/token`,
  userinfo: { endpointUrl: `${base}/me`, httpMethod: 'GET', additionalHeaders: {}, subjectFields: ['sub'], nameFields: ['name'], emailFields: ['email'] },
  identityFromToken: null,
  clientId,
  clientSecret: { env: `${name.toUpperCase()}_SECRET` },
  redirectUri,
  scopes: ['openid'],
  additionalAuthorizationParams: {},
  allowPrivateIp: false,
  insecureAllowHttp: false,
  ...over,
});

export const authServerPlan = (issuer: string, upstreams: UpstreamPlan[], over: Partial<AuthServerPlan> = {}): AuthServerPlan => ({
  issuer,
  authorizationEndpointBaseUrl: issuer,
  upstreams,
  allowedAudiences: [`${issuer}/mcp`],
  scopesSupported: ['openid', 'profile', 'email', 'offline_access'],
  storage: { type: 'memory' },
  signingKeys: [],
  hmacSecrets: [],
  tokenLifespans: { accessTokenSeconds: 3600, refreshTokenSeconds: 7 * 24 * 3600, authCodeSeconds: 600 },
  insecureAllowHttp: false,
  ...over,
});
