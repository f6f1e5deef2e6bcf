/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * The issuer side of incoming OIDC, shared by the servers that name it in spec.incomingAuth.oidcConfigRef (each adds its own audience). ToolHive's kind.
 */
export interface MCPOIDCConfig {
  apiVersion: 'toolhive.stacklok.dev/v1beta1' | 'toolhive.stacklok.dev/v1alpha1';
  kind: 'MCPOIDCConfig';
  metadata: ObjectMeta;
  spec: MCPOIDCConfigSpec;
  /**
   * Written by controllers; vmcp reads nothing from it.
   */
  status?: {};
}
/**
 * The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.
 *
 * This interface was referenced by `MCPOIDCConfig`'s JSON-Schema
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
 * This interface was referenced by `MCPOIDCConfig`'s JSON-Schema
 * via the `definition` "MCPOIDCConfigSpec".
 */
export interface MCPOIDCConfigSpec {
  type: 'kubernetesServiceAccount' | 'inline';
  kubernetesServiceAccount?: KubernetesServiceAccountOIDCConfig;
  inline?: InlineOIDCSharedConfig;
}
/**
 * Tokens from the cluster's own service-account issuer.
 *
 * This interface was referenced by `MCPOIDCConfig`'s JSON-Schema
 * via the `definition` "KubernetesServiceAccountOIDCConfig".
 */
export interface KubernetesServiceAccountOIDCConfig {
  serviceAccount?: unknown;
  namespace?: unknown;
  /**
   * Defaults to https://kubernetes.default.svc.
   */
  issuer?: string;
  jwksUrl?: string;
  introspectionUrl?: unknown;
  /**
   * Defaults to true: trust the cluster CA (the pod's service-account ca.crt) and allow the private-IP JWKS endpoint.
   */
  useClusterAuth?: boolean;
}
/**
 * This interface was referenced by `MCPOIDCConfig`'s JSON-Schema
 * via the `definition` "InlineOIDCSharedConfig".
 */
export interface InlineOIDCSharedConfig {
  issuer: string;
  jwksUrl?: string;
  introspectionUrl?: unknown;
  clientId?: string;
  clientSecretRef?: SecretKeyRef;
  caBundleRef?: unknown;
  jwksAuthTokenPath?: unknown;
  jwksAllowPrivateIP?: boolean;
  protectedResourceAllowPrivateIP?: boolean;
  insecureAllowHTTP?: boolean;
}
/**
 * A key of a Secret in the same namespace. vmcp only ever records where the value will be (an env var or a file), never the value.
 *
 * This interface was referenced by `MCPOIDCConfig`'s JSON-Schema
 * via the `definition` "SecretKeyRef".
 */
export interface SecretKeyRef {
  name: string;
  key: string;
}
