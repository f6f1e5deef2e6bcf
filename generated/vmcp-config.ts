/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "HttpUrl".
 */
export type HttpUrl = string;
/**
 * A value as written, or where to read it at start: valueEnv (vmcp's environment) or valueFile.
 *
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "StdioEnvValue".
 */
export type StdioEnvValue =
  | string
  | {
      valueEnv?: EnvVarName;
      valueFile?: string;
    };
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "EnvVarName".
 */
export type EnvVarName = string;
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "AbsolutePath".
 */
export type AbsolutePath = string;
/**
 * A Go duration string such as 30s, 1m30s or 500ms.
 *
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "Duration".
 */
export type Duration = string;
/**
 * A Go duration string such as 30s, 1m30s or 500ms.
 */
export type Duration1 = string;

/**
 * A vMCP config file (ToolHive's vMCP YAML: camelCase keys; authServer.runConfig keeps snake_case keys).
 */
export interface VmcpConfig {
  /**
   * The virtual server's name.
   */
  name: string;
  /**
   * The ToolHive group the backends belong to.
   */
  groupRef?: string;
  metadata?: {
    [k: string]: string | undefined;
  };
  /**
   * Statically configured MCP servers.
   */
  backends?: Backend[];
  incomingAuth: IncomingAuth;
  outgoingAuth?: OutgoingAuth;
  aggregation?: Aggregation;
  operational?: Operational;
  telemetry?: Telemetry;
  authServer?: AuthServer;
  http?: Http;
  discovery?: Discovery;
  compositeTools?: unknown;
  compositeToolRefs?: unknown;
  optimizer?: unknown;
  codeMode?: unknown;
  sessionStorage?: unknown;
  rateLimiting?: unknown;
  audit?: unknown;
  passthroughHeaders?: unknown;
}
/**
 * A backend MCP server: reached at url (streamable-http and sse, required there), or a program vmcp starts and speaks to over stdin/stdout (stdio, vmcp's own: command, args, env, and cwd, an absolute working directory defaulting to vmcp's). Rule V-17 checks which keys go with which transport.
 *
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "Backend".
 */
export interface Backend {
  /**
   * The backend's id: letters, digits, '.', '_' and '-'.
   */
  name: string;
  url?: HttpUrl;
  transport: 'streamable-http' | 'sse' | 'stdio';
  /**
   * vmcp's own, for transport stdio (required there): the program vmcp starts, found on PATH or given as a path; run without a shell.
   */
  command?: string;
  /**
   * For transport stdio: the program's arguments.
   */
  args?: string[];
  /**
   * For transport stdio: environment variables set for the program (besides HOME, LOGNAME, PATH, SHELL, TERM and USER, which it inherits). A value is written here, or read at start from vmcp's environment (valueEnv) or a file (valueFile): secrets never enter the plan.
   */
  env?: {
    [k: string]: StdioEnvValue | undefined;
  };
  cwd?: AbsolutePath;
  type?: unknown;
  caBundlePath?: unknown;
  metadata?: {
    [k: string]: string | undefined;
  };
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "IncomingAuth".
 */
export interface IncomingAuth {
  type: 'anonymous' | 'local' | 'oidc';
  oidc?: IncomingOidc;
  authz?: unknown;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "IncomingOidc".
 */
export interface IncomingOidc {
  issuer: HttpUrl;
  audience: string;
  resource?: HttpUrl;
  clientId?: string;
  clientSecretEnv?: EnvVarName;
  jwksUrl?: HttpUrl;
  introspectionUrl?: unknown;
  scopes?: string[];
  protectedResourceAllowPrivateIp?: boolean;
  jwksAllowPrivateIp?: boolean;
  insecureAllowHttp?: boolean;
  caBundlePath?: AbsolutePath;
  /**
   * vmcp's own: the JWT typ header every token must carry (RFC 7515 section 4.1.9, compared as a media type: case-insensitive, application/ optional), e.g. at+jwt (RFC 9068). Absent: any typ. With the embedded auth server as the issuer, at+jwt is always required.
   */
  requiredTokenType?: string;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "OutgoingAuth".
 */
export interface OutgoingAuth {
  source?: 'inline' | 'discovered';
  default?: BackendAuthStrategy;
  backends?: {
    [k: string]: BackendAuthStrategy | undefined;
  };
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "BackendAuthStrategy".
 */
export interface BackendAuthStrategy {
  type:
    'unauthenticated' | 'header_injection' | 'token_exchange' | 'upstream_inject' | 'aws_sts' | 'obo' | 'xaa';
  headerInjection?: HeaderInjection;
  tokenExchange?: TokenExchange;
  upstreamInject?: UpstreamInject;
  awsSts?: unknown;
  obo?: unknown;
  xaa?: unknown;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "HeaderInjection".
 */
export interface HeaderInjection {
  headerName: string;
  headerValue?: string;
  headerValueEnv?: EnvVarName;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "TokenExchange".
 */
export interface TokenExchange {
  tokenUrl: HttpUrl;
  clientId?: string;
  clientSecret?: string;
  clientSecretEnv?: EnvVarName;
  audience?: string;
  scopes?: string[];
  /**
   * The RFC 8693 URN, or ToolHive's short form (access_token, id_token, jwt), which the plan turns into the URN.
   */
  subjectTokenType?:
    | 'urn:ietf:params:oauth:token-type:access_token'
    | 'urn:ietf:params:oauth:token-type:id_token'
    | 'urn:ietf:params:oauth:token-type:jwt'
    | 'access_token'
    | 'id_token'
    | 'jwt';
  subjectProviderName?: string;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "UpstreamInject".
 */
export interface UpstreamInject {
  providerName?: string;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "Aggregation".
 */
export interface Aggregation {
  conflictResolution?: 'prefix' | 'priority' | 'manual';
  conflictResolutionConfig?: ConflictResolutionConfig;
  tools?: WorkloadToolConfig[];
  excludeAllTools?: boolean;
  defaultToolVisibility?: '' | 'allow' | 'deny';
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "ConflictResolutionConfig".
 */
export interface ConflictResolutionConfig {
  /**
   * Prepended to every tool name under prefix, and to prompt names under every strategy (ToolHive conflict_resolver.go promptNamingFromConfig), with {workload} replaced by the backend name; a static prefix such as backend_ is allowed (ToolHive prefix_resolver.go).
   */
  prefixFormat?: string;
  /**
   * @minItems 1
   */
  priorityOrder?: [string, ...string[]];
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "WorkloadToolConfig".
 */
export interface WorkloadToolConfig {
  workload: string;
  toolConfigRef?: unknown;
  filter?: string[];
  overrides?: {
    [k: string]: ToolOverride | undefined;
  };
  excludeAll?: boolean;
}
/**
 * name or description must be set, as ToolHive's validator requires (pkg/vmcp/config/validator.go validateToolOverrides); annotations alone are refused.
 *
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "ToolOverride".
 */
export interface ToolOverride {
  name?: string;
  description?: string;
  annotations?: ToolAnnotations;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "ToolAnnotations".
 */
export interface ToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "Operational".
 */
export interface Operational {
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  timeouts?: OperationalTimeouts;
  failureHandling?: FailureHandling;
}
export interface OperationalTimeouts {
  default?: Duration;
  perWorkload?: {
    [k: string]: Duration | undefined;
  };
}
export interface FailureHandling {
  healthCheckInterval?: Duration;
  unhealthyThreshold?: number;
  healthCheckTimeout?: Duration;
  statusReportingInterval?: Duration;
  partialFailureMode?: 'fail' | 'best_effort';
  circuitBreaker?: CircuitBreaker;
}
export interface CircuitBreaker {
  enabled?: boolean;
  failureThreshold?: number;
  timeout?: Duration;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "Telemetry".
 */
export interface Telemetry {
  endpoint?: string;
  serviceName?: string;
  serviceVersion?: string;
  tracingEnabled?: boolean;
  metricsEnabled?: boolean;
  samplingRate?: number | string;
  headers?: {
    [k: string]: string | undefined;
  };
  insecure?: boolean;
  enablePrometheusMetricsPath?: boolean;
  prometheusPort?: number;
  /**
   * ToolHive's: also serve /metrics on the main port. vmcp serves /metrics only there, so false (with enablePrometheusMetricsPath) is refused by rule V-14.
   */
  metricsOnTransportPort?: boolean;
  /**
   * ToolHive's: CA bundle for the OTLP endpoint; no effect in vmcp (no OTLP export yet, rule V-14).
   */
  caCertPath?: string;
  /**
   * ToolHive's: OpenTelemetry resource attributes; no effect in vmcp (no OpenTelemetry yet, rule V-14).
   */
  customAttributes?: {
    [k: string]: string | undefined;
  };
  /**
   * ToolHive's: environment variables copied into trace spans; no effect in vmcp (no tracing yet, rule V-14).
   */
  environmentVariables?: string[];
  /**
   * ToolHive's: also emit pre-semconv attribute names; accepted and without effect (vmcp's /metrics has its own names).
   */
  useLegacyAttributes?: boolean;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "AuthServer".
 */
export interface AuthServer {
  runConfig: AuthServerRunConfig;
}
/**
 * The embedded authorization server (ToolHive's RunConfig, snake_case keys).
 *
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "AuthServerRunConfig".
 */
export interface AuthServerRunConfig {
  schema_version?: string;
  issuer: string;
  authorization_endpoint_base_url?: HttpUrl;
  /**
   * @minItems 1
   */
  upstreams: [UpstreamRunConfig, ...UpstreamRunConfig[]];
  /**
   * @minItems 1
   */
  allowed_audiences: [string, ...string[]];
  /**
   * @minItems 1
   */
  scopes_supported?: [string, ...string[]];
  storage?: AuthServerStorage;
  signing_key_config?: SigningKeyConfig;
  hmac_secret_files?: string[];
  token_lifespans?: TokenLifespans;
  insecure_allow_http?: boolean;
  delegation_token_lifespan?: unknown;
  baseline_client_scopes?: unknown;
  disable_upstream_token_injection?: unknown;
  cimd?: unknown;
  trusted_issuers?: unknown;
  allow_confidential_client_registration?: unknown;
  force_confidential_redirect_uris?: unknown;
  insecure_allow_confidential_over_loopback_http?: unknown;
  delegate_clients?: unknown;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "UpstreamRunConfig".
 */
export interface UpstreamRunConfig {
  name?: string;
  type: 'oidc' | 'oauth2';
  oidc_config?: OidcUpstreamConfig;
  oauth2_config?: OAuth2UpstreamConfig;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "OidcUpstreamConfig".
 */
export interface OidcUpstreamConfig {
  issuer_url: HttpUrl;
  client_id: string;
  client_secret_file?: string;
  client_secret_env_var?: EnvVarName;
  redirect_uri?: HttpUrl;
  scopes?: string[];
  additional_authorization_params?: {
    [k: string]: string | undefined;
  };
  subject_claim?: string;
  allow_private_ips?: boolean;
  insecure_allow_http?: boolean;
  userinfo_override?: unknown;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "OAuth2UpstreamConfig".
 */
export interface OAuth2UpstreamConfig {
  authorization_endpoint: HttpUrl;
  token_endpoint: HttpUrl;
  client_id: string;
  client_secret_file?: string;
  client_secret_env_var?: EnvVarName;
  redirect_uri?: HttpUrl;
  scopes?: string[];
  additional_authorization_params?: {
    [k: string]: string | undefined;
  };
  userinfo?: UserinfoConfig;
  identity_from_token?: IdentityFromToken;
  allow_private_ips?: boolean;
  insecure_allow_http?: boolean;
  token_response_mapping?: unknown;
  dcr_config?: unknown;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "UserinfoConfig".
 */
export interface UserinfoConfig {
  endpoint_url: HttpUrl;
  http_method?: 'GET' | 'POST';
  additional_headers?: {
    [k: string]: string | undefined;
  };
  field_mapping?: UserinfoFieldMapping;
}
export interface UserinfoFieldMapping {
  subject_fields?: string[];
  name_fields?: string[];
  email_fields?: string[];
}
export interface IdentityFromToken {
  subject_path: string;
  name_path?: string;
  email_path?: string;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "AuthServerStorage".
 */
export interface AuthServerStorage {
  type?: 'memory' | 'redis';
  redis_config?: RedisConfig;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "RedisConfig".
 */
export interface RedisConfig {
  addr?: string;
  sentinel_config?: RedisSentinelConfig;
  db?: number;
  auth_type?: 'aclUser';
  acl_user_config?: RedisAclUserConfig;
  key_prefix?: string;
  dial_timeout?: Duration;
  read_timeout?: Duration;
  write_timeout?: Duration;
  tls?: RedisTls;
  sentinel_tls?: RedisTls;
  cluster_mode?: unknown;
}
export interface RedisSentinelConfig {
  master_name: string;
  /**
   * @minItems 1
   */
  sentinel_addrs: [string, ...string[]];
  db?: number;
}
export interface RedisAclUserConfig {
  username_env_var?: EnvVarName;
  password_env_var?: EnvVarName;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "RedisTls".
 */
export interface RedisTls {
  enabled?: boolean;
  insecure_skip_verify?: boolean;
  ca_cert_file?: string;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "SigningKeyConfig".
 */
export interface SigningKeyConfig {
  key_dir?: string;
  signing_key_file?: string;
  fallback_key_files?: string[];
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "TokenLifespans".
 */
export interface TokenLifespans {
  access_token_lifespan?: Duration;
  refresh_token_lifespan?: Duration;
  auth_code_lifespan?: Duration;
}
/**
 * vmcp's own section (ToolHive has none): how the HTTP front door tells callers apart and which names it answers to. Every key is optional; docs/security.md lists the defaults.
 *
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "Http".
 */
export interface Http {
  /**
   * Host names (no port) the MCP endpoint and the auth server answer to; a request with another Host is refused (DNS-rebinding guard). Default: the hosts of incomingAuth.oidc.resource, the auth server's issuer and authorization_endpoint_base_url, plus loopback names when served on loopback.
   *
   * @minItems 1
   */
  allowedHosts?: [string, ...string[]];
  /**
   * Browser origins (scheme://host[:port]) allowed to call the MCP endpoint besides the allowed hosts themselves, e.g. a web-based MCP client.
   */
  allowedOrigins?: string[];
  /**
   * IP addresses or CIDR blocks (checked by rule V-13) of reverse proxies whose X-Forwarded-For is believed when telling callers apart (rate limits, per-caller session caps). Default: none, the socket's peer is the caller.
   */
  trustedProxies?: string[];
  rateLimits?: HttpRateLimits;
  /**
   * MCP sessions (2025-era clients) held at once, for all callers together.
   */
  maxSessions?: number;
  /**
   * MCP sessions one caller (one subject; one address when anonymous) may hold; beyond it, that caller's own least recently used session is closed.
   */
  maxSessionsPerCaller?: number;
  sessionTTL?: Duration;
}
/**
 * Per-caller-address limits on the embedded auth server's endpoints (shared by every replica when storage is Redis).
 */
export interface HttpRateLimits {
  authorize?: RateLimit;
  consent?: RateLimit;
  register?: RateLimit;
  token?: RateLimit;
}
/**
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "RateLimit".
 */
export interface RateLimit {
  /**
   * Requests per minute, refilled continuously.
   */
  perMinute: number;
  /**
   * Requests allowed at once (default: perMinute).
   */
  burst?: number;
}
/**
 * vmcp's own section (ToolHive has none): where and how often vmcp asks for the workloads of groupRef when the config lists no backends (ToolHive's dynamic mode). Only with groupRef and without backends. Every key is optional.
 *
 * This interface was referenced by `VmcpConfig`'s JSON-Schema
 * via the `definition` "Discovery".
 */
export interface Discovery {
  /**
   * ToolHive's local API (thv serve): vmcp reads GET /api/v1beta/workloads?group=GROUP from it.
   */
  toolhiveApi?: {
    /**
     * Base URL of ToolHive's local API (thv serve), without a path. Default: http://127.0.0.1:8080, thv serve's default address.
     */
    url?: string;
  };
  pollInterval?: Duration1;
}
