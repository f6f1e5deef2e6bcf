import type { AuthServerPlan, RedisTlsPlan, StoragePlan, UpstreamPlan } from '../../generated/plan.js';
import type { AuthServerRunConfig, RedisTls, UpstreamRunConfig } from '../../generated/vmcp-config.js';
import { upstreamName } from '../config-view.js';
import { durationMs } from '../urls.js';
import { envRef, fileOrEnv, fileRef } from './secrets.js';

/** ToolHive's RunConfig defaults, so a ToolHive authserver-config.yaml behaves the same here. */
const DEFAULT_SCOPES_SUPPORTED = ['openid', 'profile', 'email', 'offline_access'];
const DEFAULT_OIDC_UPSTREAM_SCOPES = ['openid', 'offline_access'];
const DEFAULT_LIFESPANS = { access: '1h', refresh: '168h', authCode: '10m' };
const DEFAULT_REDIS_TIMEOUT = '5s';
const DEFAULT_KEY_PREFIX = 'vmcp:as:';

export function buildAuthServer(rc: AuthServerRunConfig): AuthServerPlan {
  const l = rc.token_lifespans ?? {};
  const keyDir = rc.signing_key_config?.key_dir;
  const inKeyDir = (f: string) => (keyDir && !f.startsWith('/') ? `${keyDir.replace(/\/$/, '')}/${f}` : f);
  const current = rc.signing_key_config?.signing_key_file;
  return {
    issuer: rc.issuer,
    authorizationEndpointBaseUrl: rc.authorization_endpoint_base_url ?? rc.issuer,
    upstreams: rc.upstreams.map((u) => buildUpstream(u, rc.issuer)),
    allowedAudiences: rc.allowed_audiences,
    scopesSupported: rc.scopes_supported ?? DEFAULT_SCOPES_SUPPORTED,
    storage: buildStorage(rc),
    signingKeys: current ? [current, ...(rc.signing_key_config?.fallback_key_files ?? [])].map((f) => fileRef(inKeyDir(f))) : [],
    hmacSecrets: (rc.hmac_secret_files ?? []).map(fileRef),
    tokenLifespans: {
      accessTokenSeconds: seconds(l.access_token_lifespan ?? DEFAULT_LIFESPANS.access),
      refreshTokenSeconds: seconds(l.refresh_token_lifespan ?? DEFAULT_LIFESPANS.refresh),
      authCodeSeconds: seconds(l.auth_code_lifespan ?? DEFAULT_LIFESPANS.authCode),
    },
    insecureAllowHttp: rc.insecure_allow_http === true,
  };
}

const seconds = (d: string) => Math.round(durationMs(d) / 1000);

function buildUpstream(u: UpstreamRunConfig, issuer: string): UpstreamPlan {
  const redirectDefault = `${issuer}/oauth/callback`;
  if (u.type === 'oidc') {
    const c = u.oidc_config!;
    return {
      name: upstreamName(u),
      type: 'oidc',
      issuerUrl: c.issuer_url,
      subjectClaim: c.subject_claim ?? 'sub',
      clientId: c.client_id,
      clientSecret: fileOrEnv(c.client_secret_file, c.client_secret_env_var),
      redirectUri: c.redirect_uri ?? redirectDefault,
      scopes: c.scopes ?? DEFAULT_OIDC_UPSTREAM_SCOPES,
      additionalAuthorizationParams: c.additional_authorization_params ?? {},
      allowPrivateIp: c.allow_private_ips === true,
      insecureAllowHttp: c.insecure_allow_http === true,
    };
  }
  const c = u.oauth2_config!;
  const ui = c.userinfo;
  const it = c.identity_from_token;
  return {
    name: upstreamName(u),
    type: 'oauth2',
    authorizationEndpoint: c.authorization_endpoint,
    tokenEndpoint: c.token_endpoint,
    userinfo: ui
      ? {
          endpointUrl: ui.endpoint_url,
          httpMethod: ui.http_method ?? 'GET',
          additionalHeaders: ui.additional_headers ?? {},
          subjectFields: ui.field_mapping?.subject_fields ?? ['sub', 'id'],
          nameFields: ui.field_mapping?.name_fields ?? ['name'],
          emailFields: ui.field_mapping?.email_fields ?? ['email'],
        }
      : null,
    identityFromToken: it ? { subjectPath: it.subject_path, namePath: it.name_path ?? null, emailPath: it.email_path ?? null } : null,
    clientId: c.client_id,
    clientSecret: fileOrEnv(c.client_secret_file, c.client_secret_env_var),
    redirectUri: c.redirect_uri ?? redirectDefault,
    scopes: c.scopes ?? [],
    additionalAuthorizationParams: c.additional_authorization_params ?? {},
    allowPrivateIp: c.allow_private_ips === true,
    insecureAllowHttp: c.insecure_allow_http === true,
  };
}

function buildStorage(rc: AuthServerRunConfig): StoragePlan {
  const r = rc.storage?.redis_config;
  if (rc.storage?.type !== 'redis' || !r) return { type: 'memory' };
  const acl = r.acl_user_config;
  const tls = (t: RedisTls | undefined): RedisTlsPlan =>
    t && t.enabled !== false ? { insecureSkipVerify: t.insecure_skip_verify === true, caCertFile: t.ca_cert_file ?? null } : null;
  return {
    type: 'redis',
    addr: r.addr ?? null,
    sentinel: r.sentinel_config ? { masterName: r.sentinel_config.master_name, addrs: r.sentinel_config.sentinel_addrs } : null,
    db: r.sentinel_config?.db ?? r.db ?? 0,
    username: acl?.username_env_var ? envRef(acl.username_env_var) : null,
    password: acl?.password_env_var ? envRef(acl.password_env_var) : null,
    keyPrefix: r.key_prefix ?? DEFAULT_KEY_PREFIX,
    dialTimeoutMs: durationMs(r.dial_timeout ?? DEFAULT_REDIS_TIMEOUT),
    readTimeoutMs: durationMs(r.read_timeout ?? DEFAULT_REDIS_TIMEOUT),
    writeTimeoutMs: durationMs(r.write_timeout ?? DEFAULT_REDIS_TIMEOUT),
    tls: tls(r.tls),
    sentinelTls: tls(r.sentinel_tls),
  };
}
