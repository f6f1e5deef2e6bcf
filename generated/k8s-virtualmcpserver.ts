/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * The rest of the vMCP config, camelCase as in the YAML file (backends, aggregation, operational, telemetry, metadata). It is checked after conversion, with the YAML path's schema and rules.
 */
export type EmbeddedVmcpConfig = Record<string, unknown>;

/**
 * A virtual MCP server. The operator converts it (with the MCPExternalAuthConfig, MCPOIDCConfig, MCPTelemetryConfig and MCPToolConfig objects it names) into the vMCP config the YAML path reads.
 */
export interface VirtualMCPServer {
  apiVersion: 'toolhive.stacklok.dev/v1beta1' | 'toolhive.stacklok.dev/v1alpha1';
  kind: 'VirtualMCPServer';
  metadata: ObjectMeta;
  spec: VirtualMCPServerSpec;
  status?: VirtualMCPServerStatus;
}
/**
 * The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.
 *
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "ObjectMeta".
 */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  generation?: number;
  resourceVersion?: string;
  uid?: string;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "VirtualMCPServerSpec".
 */
export interface VirtualMCPServerSpec {
  incomingAuth: IncomingAuthConfig;
  outgoingAuth?: OutgoingAuthConfig;
  /**
   * Becomes config.passthroughHeaders (it takes precedence over spec.config.passthroughHeaders, as in ToolHive).
   */
  passthroughHeaders?: string[];
  serviceType?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  sessionAffinity?: 'ClientIP' | 'None';
  serviceAccount?: string;
  podTemplateSpec?: Record<string, unknown>;
  groupRef?: MCPGroupRef;
  config?: EmbeddedVmcpConfig;
  telemetryConfigRef?: MCPTelemetryConfigReference;
  embeddingServerRef?: unknown;
  authServerConfig?: EmbeddedAuthServerConfig;
  authServerConfigRef?: AuthServerConfigRef;
  replicas?: number;
  sessionStorage?: SessionStorageConfig;
  imagePullSecrets?: LocalObjectReference[];
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "IncomingAuthConfig".
 */
export interface IncomingAuthConfig {
  type: 'anonymous' | 'oidc';
  oidcConfig?: OIDCConfigRef;
  oidcConfigRef?: MCPOIDCConfigReference;
  authzConfig?: unknown;
  authzConfigRef?: unknown;
}
/**
 * RFC-0053's form: only inline is supported.
 *
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "OIDCConfigRef".
 */
export interface OIDCConfigRef {
  type: 'inline';
  inline: InlineOIDCConfig;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "InlineOIDCConfig".
 */
export interface InlineOIDCConfig {
  issuer: string;
  /**
   * Required; with an auth server it also becomes its only allowed audience (V-07).
   */
  audience?: string;
  resource?: string;
  jwksUrl?: string;
  clientId?: string;
  clientSecretRef?: SecretKeyRef;
  scopes?: string[];
  jwksAllowPrivateIP?: boolean;
  protectedResourceAllowPrivateIP?: boolean;
  insecureAllowHTTP?: boolean;
  caBundlePath?: string;
}
/**
 * A key of a Secret in the same namespace. vmcp only ever records where the value will be (an env var or a file), never the value.
 *
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "SecretKeyRef".
 */
export interface SecretKeyRef {
  name: string;
  key: string;
}
/**
 * ToolHive's form: names an MCPOIDCConfig in the same namespace (the issuer side), with this server's audience.
 *
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "MCPOIDCConfigReference".
 */
export interface MCPOIDCConfigReference {
  name: string;
  audience: string;
  scopes?: string[];
  /**
   * Defaults to http://<name>.<namespace>.svc.cluster.local:4483, as in ToolHive.
   */
  resourceUrl?: string;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "OutgoingAuthConfig".
 */
export interface OutgoingAuthConfig {
  source?: 'discovered' | 'inline';
  default?: BackendAuthConfig;
  backends?: {
    [k: string]: BackendAuthConfig | undefined;
  };
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "BackendAuthConfig".
 */
export interface BackendAuthConfig {
  type: 'discovered' | 'externalAuthConfigRef';
  externalAuthConfigRef?: ExternalAuthConfigRef;
}
export interface ExternalAuthConfigRef {
  name: string;
}
export interface MCPGroupRef {
  name: string;
}
/**
 * Names an MCPTelemetryConfig in the same namespace; it becomes config.telemetry.
 */
export interface MCPTelemetryConfigReference {
  name: string;
  /**
   * Defaults to the VirtualMCPServer name.
   */
  serviceName?: string;
}
/**
 * The authorization server vmcp hosts (Mode B). It has no allowedAudiences: the converter derives them from the VirtualMCPServer's incoming audience.
 *
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "EmbeddedAuthServerConfig".
 */
export interface EmbeddedAuthServerConfig {
  /**
   * Must equal the VirtualMCPServer's incoming OIDC issuer exactly (V-04).
   */
  issuer: string;
  authorizationEndpointBaseUrl?: string;
  /**
   * @minItems 1
   */
  upstreamProviders: [UpstreamProviderConfig, ...UpstreamProviderConfig[]];
  /**
   * The first signs, the rest only verify. Mounted as files.
   *
   * @maxItems 5
   */
  signingKeySecretRefs?:
    | []
    | [SecretKeyRef]
    | [SecretKeyRef, SecretKeyRef]
    | [SecretKeyRef, SecretKeyRef, SecretKeyRef]
    | [SecretKeyRef, SecretKeyRef, SecretKeyRef, SecretKeyRef]
    | [SecretKeyRef, SecretKeyRef, SecretKeyRef, SecretKeyRef, SecretKeyRef];
  /**
   * The first is current, the rest are for rotation. Mounted as files.
   */
  hmacSecretRefs?: SecretKeyRef[];
  tokenLifespans?: TokenLifespanConfig;
  storage?: AuthServerStorageConfig;
  insecureAllowHTTP?: boolean;
  primaryUpstreamProvider?: unknown;
  disableUpstreamTokenInjection?: unknown;
  baselineClientScopes?: unknown;
  allowConfidentialClientRegistration?: unknown;
  insecureAllowConfidentialOverLoopbackHTTP?: unknown;
  delegateClients?: unknown;
  trustedIssuers?: unknown;
  forceConfidentialRedirectUris?: unknown;
  cimd?: unknown;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "UpstreamProviderConfig".
 */
export interface UpstreamProviderConfig {
  name: string;
  type: 'oidc' | 'oauth2';
  oidcConfig?: OIDCUpstreamConfig;
  oauth2Config?: OAuth2UpstreamConfig;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "OIDCUpstreamConfig".
 */
export interface OIDCUpstreamConfig {
  issuerUrl: string;
  clientId: string;
  clientSecretRef?: SecretKeyRef;
  redirectUri?: string;
  scopes?: string[];
  additionalAuthorizationParams?: {
    [k: string]: string | undefined;
  };
  subjectClaim?: string;
  allowPrivateIPs?: boolean;
  insecureAllowHTTP?: boolean;
  userInfoOverride?: unknown;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "OAuth2UpstreamConfig".
 */
export interface OAuth2UpstreamConfig {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  clientId: string;
  clientSecretRef?: SecretKeyRef;
  redirectUri?: string;
  scopes?: string[];
  additionalAuthorizationParams?: {
    [k: string]: string | undefined;
  };
  userInfo?: UserInfoConfig;
  identityFromToken?: IdentityFromTokenConfig;
  allowPrivateIPs?: boolean;
  insecureAllowHTTP?: boolean;
  tokenResponseMapping?: unknown;
  dcrConfig?: unknown;
}
export interface UserInfoConfig {
  endpointUrl: string;
  httpMethod?: 'GET' | 'POST';
  additionalHeaders?: {
    [k: string]: string | undefined;
  };
  fieldMapping?: UserInfoFieldMapping;
}
export interface UserInfoFieldMapping {
  subjectFields?: string[];
  nameFields?: string[];
  emailFields?: string[];
}
export interface IdentityFromTokenConfig {
  subjectPath: string;
  namePath?: string;
  emailPath?: string;
}
export interface TokenLifespanConfig {
  accessTokenLifespan?: string;
  refreshTokenLifespan?: string;
  authCodeLifespan?: string;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "AuthServerStorageConfig".
 */
export interface AuthServerStorageConfig {
  type?: 'memory' | 'redis';
  redis?: RedisStorageConfig;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "RedisStorageConfig".
 */
export interface RedisStorageConfig {
  addr?: string;
  clusterMode?: unknown;
  sentinelConfig?: RedisSentinelConfig;
  db?: number;
  keyPrefix?: string;
  aclUserConfig: RedisACLUserConfig;
  dialTimeout?: string;
  readTimeout?: string;
  writeTimeout?: string;
  tls?: RedisTLSConfig;
  sentinelTls?: RedisTLSConfig;
}
export interface RedisSentinelConfig {
  masterName: string;
  sentinelAddrs?: string[];
  sentinelService?: SentinelServiceRef;
  db?: number;
}
/**
 * A Kubernetes Service in front of the Sentinels: becomes the address <name>.<namespace>.svc.cluster.local:<port>.
 */
export interface SentinelServiceRef {
  name: string;
  /**
   * Defaults to the MCPExternalAuthConfig's namespace.
   */
  namespace?: string;
  /**
   * Defaults to 26379.
   */
  port?: number;
}
export interface RedisACLUserConfig {
  usernameSecretRef?: SecretKeyRef;
  passwordSecretRef: SecretKeyRef;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "RedisTLSConfig".
 */
export interface RedisTLSConfig {
  insecureSkipVerify?: boolean;
  caCertSecretRef?: SecretKeyRef;
}
/**
 * Names an MCPExternalAuthConfig of type embeddedAuthServer in the same namespace (Mode B). Absent: Mode A.
 */
export interface AuthServerConfigRef {
  name: string;
  /**
   * Only for clarity: it must be the VirtualMCPServer's own namespace.
   */
  namespace?: string;
}
/**
 * provider memory is what vmcp does anyway (sessions live in the process); Redis session storage is not supported yet.
 *
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "SessionStorageConfig".
 */
export interface SessionStorageConfig {
  provider: 'memory' | 'redis';
  address?: unknown;
  db?: unknown;
  keyPrefix?: unknown;
  passwordRef?: unknown;
}
export interface LocalObjectReference {
  name?: string;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "VirtualMCPServerStatus".
 */
export interface VirtualMCPServerStatus {
  phase?: 'Pending' | 'Ready' | 'Failed';
  observedGeneration?: number;
  conditions?: Condition[];
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "Condition".
 */
export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  lastTransitionTime?: string;
  observedGeneration?: number;
}
