/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * The rest of the vMCP config, camelCase as in the YAML file (backends, aggregation, operational, telemetry, metadata). It is checked after conversion, with the YAML path's schema and rules.
 */
export type EmbeddedVmcpConfig = Record<string, unknown>;

/**
 * A virtual MCP server. The operator converts it (with the MCPExternalAuthConfigs it names) into the vMCP config the YAML path reads.
 */
export interface VirtualMCPServer {
  apiVersion: 'toolhive.stacklok.dev/v1alpha1';
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
  groupRef?: MCPGroupRef;
  incomingAuth: IncomingAuthConfig;
  authServerConfigRef?: AuthServerConfigRef;
  outgoingAuth?: OutgoingAuthConfig;
  config?: EmbeddedVmcpConfig;
}
export interface MCPGroupRef {
  name: string;
}
/**
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "IncomingAuthConfig".
 */
export interface IncomingAuthConfig {
  type: 'anonymous' | 'oidc';
  oidcConfig?: OIDCConfigRef;
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
 * A key of a Secret in the same namespace; only its future location (env var or file) reaches the config.
 *
 * This interface was referenced by `VirtualMCPServer`'s JSON-Schema
 * via the `definition` "SecretKeyRef".
 */
export interface SecretKeyRef {
  name: string;
  key: string;
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
