/** MCPExternalAuthConfig.spec.embeddedAuthServer (camelCase) -> authServer.runConfig (ToolHive's snake_case RunConfig). */
import type {
  AuthServerStorageConfig,
  EmbeddedAuthServerConfig,
  OAuth2UpstreamConfig,
  OIDCUpstreamConfig,
  RedisSentinelConfig,
  RedisTLSConfig,
  UpstreamProviderConfig,
} from '../../generated/k8s-mcpexternalauthconfig.js';
import type {
  AuthServerRunConfig,
  AuthServerStorage,
  OAuth2UpstreamConfig as OAuth2Run,
  OidcUpstreamConfig as OidcRun,
  RedisTls,
  UpstreamRunConfig,
} from '../../generated/vmcp-config.js';
import { REDIS_PASSWORD_ENV, REDIS_USERNAME_ENV, type SecretRefs } from './secret-refs.js';

export interface AuthServerContext {
  /** The VirtualMCPServer's incoming audience: the only audience tokens vmcp issues may carry (RFC-0053). */
  audience: string;
  /** The VirtualMCPServer's namespace: where a sentinelService without a namespace lives. */
  namespace: string;
  /** `<namespace>:<name>` of the VirtualMCPServer, so several servers can share one Redis. */
  owner: string;
  secrets: SecretRefs;
}

/** Omits undefined values, so the config holds exactly the keys a person would have written. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function convertAuthServer(as: EmbeddedAuthServerConfig, ctx: AuthServerContext): AuthServerRunConfig {
  const keys = as.signingKeySecretRefs ?? [];
  const l = as.tokenLifespans;
  return defined({
    issuer: as.issuer,
    authorization_endpoint_base_url: as.authorizationEndpointBaseUrl,
    // Emptiness is the compiler's to report (V-05), with a position; the types just follow the schema.
    upstreams: as.upstreamProviders.map((u) => convertUpstream(u, ctx.secrets)) as AuthServerRunConfig['upstreams'],
    allowed_audiences: [ctx.audience],
    storage: as.storage ? convertStorage(as.storage, ctx) : undefined,
    signing_key_config:
      keys.length === 0
        ? undefined
        : defined({
            signing_key_file: ctx.secrets.file(keys[0]!),
            fallback_key_files: keys.length > 1 ? keys.slice(1).map((k) => ctx.secrets.file(k)) : undefined,
          }),
    hmac_secret_files: as.hmacSecretRefs?.map((r) => ctx.secrets.file(r)),
    token_lifespans: l
      ? defined({ access_token_lifespan: l.accessTokenLifespan, refresh_token_lifespan: l.refreshTokenLifespan, auth_code_lifespan: l.authCodeLifespan })
      : undefined,
    insecure_allow_http: as.insecureAllowHTTP,
  });
}

function convertUpstream(u: UpstreamProviderConfig, secrets: SecretRefs): UpstreamRunConfig {
  return defined({
    name: u.name,
    type: u.type,
    oidc_config: u.oidcConfig ? convertOidc(u.oidcConfig, secrets) : undefined,
    oauth2_config: u.oauth2Config ? convertOAuth2(u.oauth2Config, secrets) : undefined,
  });
}

function convertOidc(c: OIDCUpstreamConfig, secrets: SecretRefs): OidcRun {
  return defined({
    issuer_url: c.issuerUrl,
    client_id: c.clientId,
    client_secret_env_var: c.clientSecretRef ? secrets.env(c.clientSecretRef) : undefined,
    redirect_uri: c.redirectUri,
    scopes: c.scopes,
    additional_authorization_params: c.additionalAuthorizationParams,
    subject_claim: c.subjectClaim,
    allow_private_ips: c.allowPrivateIPs,
    insecure_allow_http: c.insecureAllowHTTP,
  });
}

function convertOAuth2(c: OAuth2UpstreamConfig, secrets: SecretRefs): OAuth2Run {
  const ui = c.userInfo;
  const fm = ui?.fieldMapping;
  const it = c.identityFromToken;
  return defined({
    authorization_endpoint: c.authorizationEndpoint,
    token_endpoint: c.tokenEndpoint,
    client_id: c.clientId,
    client_secret_env_var: c.clientSecretRef ? secrets.env(c.clientSecretRef) : undefined,
    redirect_uri: c.redirectUri,
    scopes: c.scopes,
    additional_authorization_params: c.additionalAuthorizationParams,
    userinfo: ui
      ? defined({
          endpoint_url: ui.endpointUrl,
          http_method: ui.httpMethod,
          additional_headers: ui.additionalHeaders,
          field_mapping: fm ? defined({ subject_fields: fm.subjectFields, name_fields: fm.nameFields, email_fields: fm.emailFields }) : undefined,
        })
      : undefined,
    identity_from_token: it ? defined({ subject_path: it.subjectPath, name_path: it.namePath, email_path: it.emailPath }) : undefined,
    allow_private_ips: c.allowPrivateIPs,
    insecure_allow_http: c.insecureAllowHTTP,
  });
}

/** ToolHive's rule (controllerutil resolveSentinelAddrs): the Service's cluster DNS name, port 26379 unless given. */
const SENTINEL_PORT = 26379;
function sentinelAddrs(sc: RedisSentinelConfig, namespace: string): [string, ...string[]] {
  const svc = sc.sentinelService;
  if (!svc) return sc.sentinelAddrs as [string, ...string[]];
  return [`${svc.name}.${svc.namespace ?? namespace}.svc.cluster.local:${svc.port ?? SENTINEL_PORT}`];
}

function convertStorage(s: AuthServerStorageConfig, ctx: AuthServerContext): AuthServerStorage {
  const r = s.redis;
  if (!r) return defined({ type: s.type ?? 'memory' });
  const acl = r.aclUserConfig;
  const tls = (t: RedisTLSConfig | undefined): RedisTls | undefined =>
    t ? defined({ insecure_skip_verify: t.insecureSkipVerify, ca_cert_file: t.caCertSecretRef ? ctx.secrets.file(t.caCertSecretRef) : undefined }) : undefined;
  const sc = r.sentinelConfig;
  return {
    type: s.type ?? 'memory',
    redis_config: defined({
      addr: r.addr,
      sentinel_config: sc ? defined({ master_name: sc.masterName, sentinel_addrs: sentinelAddrs(sc, ctx.namespace), db: sc.db }) : undefined,
      db: r.db,
      auth_type: 'aclUser' as const,
      acl_user_config: defined({
        username_env_var: acl.usernameSecretRef ? ctx.secrets.env(acl.usernameSecretRef, REDIS_USERNAME_ENV) : undefined,
        password_env_var: ctx.secrets.env(acl.passwordSecretRef, REDIS_PASSWORD_ENV),
      }),
      // Without a prefix of their own, two servers sharing a Redis would read each other's sessions.
      key_prefix: r.keyPrefix ?? `vmcp:as:${ctx.owner}:`,
      dial_timeout: r.dialTimeout,
      read_timeout: r.readTimeout,
      write_timeout: r.writeTimeout,
      tls: tls(r.tls),
      sentinel_tls: tls(r.sentinelTls),
    }),
  };
}
