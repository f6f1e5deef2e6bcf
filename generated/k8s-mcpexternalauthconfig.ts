/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * An auth configuration other resources refer to by name: the embedded auth server (type embeddedAuthServer) or an outgoing strategy for backends.
 */
export interface MCPExternalAuthConfig {
  apiVersion: 'toolhive.stacklok.dev/v1beta1' | 'toolhive.stacklok.dev/v1alpha1';
  kind: 'MCPExternalAuthConfig';
  metadata: ObjectMeta;
  spec: MCPExternalAuthConfigSpec;
  /**
   * Written by controllers; vmcp reads nothing from it.
   */
  status?: {};
}
/**
 * The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.
 *
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
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
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
 * via the `definition` "MCPExternalAuthConfigSpec".
 */
export interface MCPExternalAuthConfigSpec {
  type:
    | 'embeddedAuthServer'
    | 'tokenExchange'
    | 'headerInjection'
    | 'unauthenticated'
    | 'upstreamInject'
    | 'bearerToken'
    | 'awsSts'
    | 'obo'
    | 'xaa';
  embeddedAuthServer?: EmbeddedAuthServerConfig;
  tokenExchange?: TokenExchangeConfig;
  headerInjection?: HeaderInjectionConfig;
  upstreamInject?: UpstreamInjectConfig;
  bearerToken?: unknown;
  awsSts?: unknown;
  obo?: unknown;
  xaa?: unknown;
}
/**
 * The authorization server vmcp hosts (Mode B). It has no allowedAudiences: the converter derives them from the VirtualMCPServer's incoming audience.
 *
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
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
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
 * via the `definition` "UpstreamProviderConfig".
 */
export interface UpstreamProviderConfig {
  name: string;
  type: 'oidc' | 'oauth2';
  oidcConfig?: OIDCUpstreamConfig;
  oauth2Config?: OAuth2UpstreamConfig;
}
/**
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
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
 * A key of a Secret in the same namespace. vmcp only ever records where the value will be (an env var or a file), never the value.
 *
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
 * via the `definition` "SecretKeyRef".
 */
export interface SecretKeyRef {
  name: string;
  key: string;
}
/**
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
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
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
 * via the `definition` "AuthServerStorageConfig".
 */
export interface AuthServerStorageConfig {
  type?: 'memory' | 'redis';
  redis?: RedisStorageConfig;
}
/**
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
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
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
 * via the `definition` "RedisTLSConfig".
 */
export interface RedisTLSConfig {
  insecureSkipVerify?: boolean;
  caCertSecretRef?: SecretKeyRef;
}
/**
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
 * via the `definition` "TokenExchangeConfig".
 */
export interface TokenExchangeConfig {
  tokenUrl: string;
  clientId?: string;
  clientSecretRef?: SecretKeyRef;
  audience?: string;
  scopes?: string[];
  subjectTokenType?: string;
  subjectProviderName?: string;
  externalTokenHeaderName?: unknown;
}
/**
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
 * via the `definition` "HeaderInjectionConfig".
 */
export interface HeaderInjectionConfig {
  headerName: string;
  valueSecretRef: SecretKeyRef;
}
/**
 * This interface was referenced by `MCPExternalAuthConfig`'s JSON-Schema
 * via the `definition` "UpstreamInjectConfig".
 */
export interface UpstreamInjectConfig {
  providerName?: string;
}
