/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "HandlerName".
 */
export type HandlerName =
  | 'health'
  | 'readyz'
  | 'status'
  | 'backends_health'
  | 'metrics'
  | 'protected_resource_metadata'
  | 'mcp'
  | 'as_openid_configuration'
  | 'as_authorization_server_metadata'
  | 'as_jwks'
  | 'as_oauth';
/**
 * Where the runtime reads a secret at start: an environment variable, a file, or a value written inline in a config file (read again from that file, so the plan never holds it).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "SecretRef".
 */
export type SecretRef =
  | {
      env: string;
    }
  | {
      file: string;
    }
  | {
      configFile: string;
      /**
       * RFC 6901 JSON pointer into the config document.
       */
      pointer: string;
    };
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "OutgoingStrategyPlan".
 */
export type OutgoingStrategyPlan =
  | UnauthenticatedStrategyPlan
  | HeaderInjectionStrategyPlan
  | TokenExchangeStrategyPlan
  | UpstreamInjectStrategyPlan;
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "StoragePlan".
 */
export type StoragePlan = MemoryStoragePlan | RedisStoragePlan;
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "RedisTlsPlan".
 */
export type RedisTlsPlan = {
  insecureSkipVerify: boolean;
  caCertFile: string | null;
} | null;
/**
 * outgoingAuth.default, else unauthenticated.
 */
export type OutgoingStrategyPlan1 =
  | UnauthenticatedStrategyPlan
  | HeaderInjectionStrategyPlan
  | TokenExchangeStrategyPlan
  | UpstreamInjectStrategyPlan;

/**
 * What the compiler hands the runtime: immutable, canonical, and free of secret values (secrets appear only as references).
 */
export interface Plan {
  planVersion: 1;
  mode: 'A' | 'B';
  name: string;
  groupRef: string | null;
  routes: Route[];
  incomingAuth: IncomingAuthPlan;
  backends: BackendPlan[];
  aggregation: AggregationPlan;
  operational: OperationalPlan;
  telemetry: TelemetryPlan;
  authServer?: AuthServerPlan;
  http?: HttpPlan;
  discovery?: DiscoveryPlan;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Route".
 */
export interface Route {
  path: string;
  /**
   * prefix: the path itself or anything below it (path + '/...').
   */
  match: 'exact' | 'prefix';
  auth: 'none' | 'required';
  handler: HandlerName;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "IncomingAuthPlan".
 */
export interface IncomingAuthPlan {
  type: 'anonymous' | 'local' | 'oidc';
  oidc?: IncomingOidcPlan;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "IncomingOidcPlan".
 */
export interface IncomingOidcPlan {
  issuer: string;
  audience: string;
  resource: string | null;
  scopes: string[];
  jwksUrl: string | null;
  clientId: string | null;
  clientSecret: SecretRef | null;
  /**
   * jwksAllowPrivateIp OR protectedResourceAllowPrivateIp.
   */
  allowPrivateIp: boolean;
  insecureAllowHttp: boolean;
  caBundlePath: string | null;
  /**
   * Present only when configured: the JWT typ every token must carry.
   */
  requiredTokenType?: string;
}
/**
 * url for the network transports, stdio for transport stdio: exactly the one the transport needs.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "BackendPlan".
 */
export interface BackendPlan {
  name: string;
  url?: string;
  transport: 'streamable-http' | 'sse' | 'stdio';
  stdio?: StdioLaunchPlan;
  timeoutMs: number;
  outgoingAuth: OutgoingStrategyPlan;
  metadata: {
    [k: string]: string | undefined;
  };
}
/**
 * How vmcp starts a stdio backend: the program, its arguments, the variables set for it (values only by reference), its working directory (null: vmcp's).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "StdioLaunchPlan".
 */
export interface StdioLaunchPlan {
  command: string;
  args: string[];
  env: {
    [k: string]: SecretRef | undefined;
  };
  cwd: string | null;
}
export interface UnauthenticatedStrategyPlan {
  type: 'unauthenticated';
}
export interface HeaderInjectionStrategyPlan {
  type: 'header_injection';
  headerName: string;
  headerValue: SecretRef;
}
export interface TokenExchangeStrategyPlan {
  type: 'token_exchange';
  tokenUrl: string;
  clientId: string | null;
  clientSecret: SecretRef | null;
  audience: string | null;
  scopes: string[];
  subjectTokenType: string;
  /**
   * Mode B: whose upstream token is the subject token; null in Mode A (the incoming token is).
   */
  subjectProviderName: string | null;
}
export interface UpstreamInjectStrategyPlan {
  type: 'upstream_inject';
  providerName: string;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AggregationPlan".
 */
export interface AggregationPlan {
  conflictResolution: 'prefix' | 'priority' | 'manual';
  /**
   * The backend prefix: of every tool name under prefix, and of prompt names under every strategy (except backends listed in priorityOrder under priority). null: {workload}_.
   */
  prefixFormat: string | null;
  priorityOrder: string[];
  tools: WorkloadToolsPlan[];
  excludeAllTools: boolean;
  defaultToolVisibility: 'allow' | 'deny';
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "WorkloadToolsPlan".
 */
export interface WorkloadToolsPlan {
  workload: string;
  /**
   * null: no filter (every tool passes).
   */
  filter: string[] | null;
  overrides: {
    [k: string]: ToolOverridePlan | undefined;
  };
  excludeAll: boolean;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "ToolOverridePlan".
 */
export interface ToolOverridePlan {
  name: string | null;
  description: string | null;
  annotations: {
    title?: string;
    readOnlyHint?: boolean;
    destructiveHint?: boolean;
    idempotentHint?: boolean;
    openWorldHint?: boolean;
  } | null;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "OperationalPlan".
 */
export interface OperationalPlan {
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  defaultTimeoutMs: number;
  failureHandling: FailureHandlingPlan;
}
export interface FailureHandlingPlan {
  healthCheckIntervalMs: number;
  unhealthyThreshold: number;
  /**
   * 0: no timeout of its own (the compiler writes ToolHive's 10 s for an unset or zero healthCheckTimeout).
   */
  healthCheckTimeoutMs: number;
  statusReportingIntervalMs: number;
  partialFailureMode: 'fail' | 'best_effort';
  circuitBreaker: CircuitBreakerPlan;
}
export interface CircuitBreakerPlan {
  enabled: boolean;
  failureThreshold: number;
  timeoutMs: number;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "TelemetryPlan".
 */
export interface TelemetryPlan {
  prometheusMetricsPath: boolean;
  serviceName: string;
}
/**
 * Present in Mode B plans only.
 */
export interface AuthServerPlan {
  issuer: string;
  authorizationEndpointBaseUrl: string;
  upstreams: UpstreamPlan[];
  allowedAudiences: string[];
  scopesSupported: string[];
  storage: StoragePlan;
  /**
   * The first signs; the rest only verify. Empty: an ephemeral key (development only).
   */
  signingKeys: SecretRef[];
  /**
   * The first is current; the rest only verify. Empty: an ephemeral secret (development only).
   */
  hmacSecrets: SecretRef[];
  tokenLifespans: TokenLifespansPlan;
  insecureAllowHttp: boolean;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "UpstreamPlan".
 */
export interface UpstreamPlan {
  name: string;
  type: 'oidc' | 'oauth2';
  /**
   * oidc upstreams.
   */
  issuerUrl?: string;
  /**
   * oidc upstreams.
   */
  subjectClaim?: string;
  /**
   * oauth2 upstreams.
   */
  authorizationEndpoint?: string;
  /**
   * oauth2 upstreams.
   */
  tokenEndpoint?: string;
  /**
   * oauth2 upstreams: where identity comes from when not from the token response.
   */
  userinfo?: {
    endpointUrl: string;
    httpMethod: 'GET' | 'POST';
    additionalHeaders: {
      [k: string]: string | undefined;
    };
    subjectFields: string[];
    nameFields: string[];
    emailFields: string[];
  } | null;
  identityFromToken?: {
    subjectPath: string;
    namePath: string | null;
    emailPath: string | null;
  } | null;
  clientId: string;
  clientSecret: SecretRef | null;
  redirectUri: string;
  scopes: string[];
  additionalAuthorizationParams: {
    [k: string]: string | undefined;
  };
  allowPrivateIp: boolean;
  insecureAllowHttp: boolean;
}
export interface MemoryStoragePlan {
  type: 'memory';
}
export interface RedisStoragePlan {
  type: 'redis';
  addr: string | null;
  sentinel: {
    masterName: string;
    addrs: string[];
  } | null;
  db: number;
  username: SecretRef | null;
  password: SecretRef | null;
  keyPrefix: string;
  dialTimeoutMs: number;
  readTimeoutMs: number;
  writeTimeoutMs: number;
  tls: RedisTlsPlan;
  sentinelTls: RedisTlsPlan;
}
export interface TokenLifespansPlan {
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
  authCodeSeconds: number;
}
/**
 * Present only when the config has an http section; the runtime applies the defaults (docs/security.md).
 */
export interface HttpPlan {
  allowedHosts?: string[];
  allowedOrigins?: string[];
  trustedProxies?: string[];
  rateLimits?: {
    authorize?: RateLimitPlan;
    consent?: RateLimitPlan;
    register?: RateLimitPlan;
    token?: RateLimitPlan;
  };
  maxSessions?: number;
  maxSessionsPerCaller?: number;
  sessionIdleTimeoutMs?: number;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "RateLimitPlan".
 */
export interface RateLimitPlan {
  perMinute: number;
  burst: number;
}
/**
 * Present only when the backends are discovered at run time (groupRef without backends); backends then holds what was found last.
 */
export interface DiscoveryPlan {
  source: 'toolhive_api';
  /**
   * Base URL of ToolHive's local API, without a trailing slash.
   */
  toolhiveApiUrl: string;
  pollIntervalMs: number;
  defaultAuth: OutgoingStrategyPlan1;
  /**
   * outgoingAuth.backends, by workload name.
   */
  backendAuth: {
    [k: string]: OutgoingStrategyPlan | undefined;
  };
  defaultTimeoutMs: number;
  /**
   * operational.timeouts.perWorkload, by workload name.
   */
  timeoutMs: {
    [k: string]: number | undefined;
  };
}
/**
 * How the runtime finds the group's backends, and what it needs to turn each workload into a BackendPlan as the compiler would a listed backend: the outgoing strategies and timeouts by workload name.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "DiscoveryPlan".
 */
export interface DiscoveryPlan1 {
  source: 'toolhive_api';
  /**
   * Base URL of ToolHive's local API, without a trailing slash.
   */
  toolhiveApiUrl: string;
  pollIntervalMs: number;
  defaultAuth: OutgoingStrategyPlan1;
  /**
   * outgoingAuth.backends, by workload name.
   */
  backendAuth: {
    [k: string]: OutgoingStrategyPlan | undefined;
  };
  defaultTimeoutMs: number;
  /**
   * operational.timeouts.perWorkload, by workload name.
   */
  timeoutMs: {
    [k: string]: number | undefined;
  };
}
/**
 * Only the keys the config sets.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "HttpPlan".
 */
export interface HttpPlan1 {
  allowedHosts?: string[];
  allowedOrigins?: string[];
  trustedProxies?: string[];
  rateLimits?: {
    authorize?: RateLimitPlan;
    consent?: RateLimitPlan;
    register?: RateLimitPlan;
    token?: RateLimitPlan;
  };
  maxSessions?: number;
  maxSessionsPerCaller?: number;
  sessionIdleTimeoutMs?: number;
}
/**
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AuthServerPlan".
 */
export interface AuthServerPlan1 {
  issuer: string;
  authorizationEndpointBaseUrl: string;
  upstreams: UpstreamPlan[];
  allowedAudiences: string[];
  scopesSupported: string[];
  storage: StoragePlan;
  /**
   * The first signs; the rest only verify. Empty: an ephemeral key (development only).
   */
  signingKeys: SecretRef[];
  /**
   * The first is current; the rest only verify. Empty: an ephemeral secret (development only).
   */
  hmacSecrets: SecretRef[];
  tokenLifespans: TokenLifespansPlan;
  insecureAllowHttp: boolean;
}
