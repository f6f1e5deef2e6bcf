/** Who may call (incoming auth) and, in Mode B, the embedded auth server with its upstream IdPs, in words. */
import type { RuntimePlan } from '../../runtime/contract.js';
import { secretUses, type SecretUse } from './secrets.js';

export interface IncomingFacts {
  type: 'anonymous' | 'local' | 'oidc';
  /** Who issues the tokens callers bring: nobody, an external OIDC issuer, or vmcp's own auth server (Mode B). */
  tokensFrom: 'none' | 'external_issuer' | 'auth_server';
  /** A few words for the route table. */
  short: string;
  summary: string;
  issuer: string | null;
  audience: string | null;
  secrets: SecretUse[];
}

export function incomingFacts(plan: RuntimePlan): IncomingFacts {
  const base = { issuer: null, audience: null, secrets: [] };
  const type = plan.incomingAuth.type;
  if (type === 'anonymous') {
    return { ...base, type, tokensFrom: 'none', short: 'anonymous', summary: 'no token is asked for; every caller is the same user, "anonymous"' };
  }
  if (type === 'local') {
    return { ...base, type, tokensFrom: 'none', short: 'local user', summary: "no token is asked for; every caller is the OS user vmcp runs as" };
  }
  const oidc = plan.incomingAuth.oidc!;
  const secrets = secretUses(oidc, 'oidc');
  const keys = oidc.jwksUrl ?? `the issuer's discovery (${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration)`;
  const typ = oidc.requiredTokenType === undefined ? '' : `, typ ${oidc.requiredTokenType}`;
  if (plan.authServer) {
    return {
      type,
      tokensFrom: 'auth_server',
      short: 'JWT from vmcp',
      summary: `a bearer JWT issued by vmcp's own auth server (issuer ${oidc.issuer}, audience ${oidc.audience}${typ}), verified with its signing keys in-process; the user's upstream tokens are loaded for the backends`,
      issuer: oidc.issuer,
      audience: oidc.audience,
      secrets,
    };
  }
  return {
    type,
    tokensFrom: 'external_issuer',
    short: 'OIDC JWT',
    summary: `a bearer JWT from ${oidc.issuer} (audience ${oidc.audience}${typ}), verified with keys from ${keys}`,
    issuer: oidc.issuer,
    audience: oidc.audience,
    secrets,
  };
}

export interface UpstreamFacts {
  name: string;
  type: 'oidc' | 'oauth2';
  /** The IdP: its issuer (oidc) or its authorization endpoint (oauth2). */
  at: string;
  clientId: string;
  scopes: string[];
}

export interface AuthServerFacts {
  issuer: string;
  allowedAudiences: string[];
  /** In order: the user signs in at each; the first is the identity source. */
  upstreams: UpstreamFacts[];
  storage: string;
  signingKeys: string;
  hmacSecrets: string;
  secrets: SecretUse[];
}

export function authServerFacts(plan: RuntimePlan): AuthServerFacts | null {
  const as = plan.authServer;
  if (!as) return null;
  const st = as.storage;
  const storage =
    st.type === 'memory'
      ? 'memory (lost on restart; one instance only)'
      : `redis ${st.sentinel ? `sentinel ${st.sentinel.masterName} at ${st.sentinel.addrs.join(', ')}` : (st.addr ?? '')}, db ${st.db}, key prefix ${JSON.stringify(st.keyPrefix)}${st.tls ? ', TLS' : ''}`;
  return {
    issuer: as.issuer,
    allowedAudiences: [...as.allowedAudiences],
    upstreams: as.upstreams.map((u) => ({ name: u.name, type: u.type, at: u.issuerUrl ?? u.authorizationEndpoint ?? '', clientId: u.clientId, scopes: [...u.scopes] })),
    storage,
    signingKeys: as.signingKeys.length === 0 ? 'none configured: a key generated at start (development only; tokens do not survive a restart)' : `${as.signingKeys.length} (the first signs)`,
    hmacSecrets: as.hmacSecrets.length === 0 ? 'none configured: generated at start (development only)' : `${as.hmacSecrets.length} (the first is current)`,
    secrets: secretUses(as, 'authServer'),
  };
}
