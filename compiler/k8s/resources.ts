/**
 * The Kubernetes objects the converter reads, as they arrive: not yet checked against their schemas, with an
 * optional way back to the manifest text they came from (for file:line:column in diagnostics).
 */
import type { PathSegment } from '../diagnostics.js';
import type { Source } from '../source.js';

export const API_GROUP = 'toolhive.stacklok.dev';
/** The stored version, as in ToolHive; v1alpha1 is served too, with the same schema (see deploy/crds/). */
export const VERSION = 'v1beta1';
export const API_VERSION = `${API_GROUP}/${VERSION}`;
export const KIND_SERVER = 'VirtualMCPServer';
export const KIND_AUTH_CONFIG = 'MCPExternalAuthConfig';
export const KIND_OIDC_CONFIG = 'MCPOIDCConfig';
export const KIND_TELEMETRY_CONFIG = 'MCPTelemetryConfig';
export const KIND_TOOL_CONFIG = 'MCPToolConfig';
/** ToolHive's group and workload kinds, read for group discovery (spec.groupRef without spec.config.backends). */
export const KIND_GROUP = 'MCPGroup';
export const KIND_MCP_SERVER = 'MCPServer';
export const KIND_REMOTE_PROXY = 'MCPRemoteProxy';
export const KIND_SERVER_ENTRY = 'MCPServerEntry';
export const WORKLOAD_KINDS = [KIND_MCP_SERVER, KIND_REMOTE_PROXY, KIND_SERVER_ENTRY] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];
/** The kinds a VirtualMCPServer refers to, and where a ResourceSet keeps each. */
export const REFERENCED_KINDS = {
  [KIND_AUTH_CONFIG]: 'authConfigs',
  [KIND_OIDC_CONFIG]: 'oidcConfigs',
  [KIND_TELEMETRY_CONFIG]: 'telemetryConfigs',
  [KIND_TOOL_CONFIG]: 'toolConfigs',
  [KIND_GROUP]: 'groups',
  [KIND_MCP_SERVER]: 'mcpServers',
  [KIND_REMOTE_PROXY]: 'remoteProxies',
  [KIND_SERVER_ENTRY]: 'serverEntries',
} as const;
export type Kind = typeof KIND_SERVER | keyof typeof REFERENCED_KINDS;
export type ReferencedKind = keyof typeof REFERENCED_KINDS;
const KINDS = new Set<string>([KIND_SERVER, ...Object.keys(REFERENCED_KINDS)]);

/** kubectl's rule: an object without a namespace lives in "default". */
export const DEFAULT_NAMESPACE = 'default';

export interface ManifestOrigin {
  source: Source;
  /** Where the object sits in its document: [] for a plain document, ['items', i] inside a List. */
  base: PathSegment[];
}

export interface Resource {
  kind: Kind;
  name: string;
  namespace: string;
  /** The object as read; the reconciler checks it against the CRD schema before trusting its shape. */
  object: Record<string, unknown>;
  origin?: ManifestOrigin;
}

/** Everything a VirtualMCPServer's refs may resolve to, by kind. */
export type Referenced = Record<(typeof REFERENCED_KINDS)[ReferencedKind], Resource[]>;

export interface ResourceSet extends Referenced {
  servers: Resource[];
}

export const emptyResourceSet = (): ResourceSet => ({
  servers: [],
  authConfigs: [],
  oidcConfigs: [],
  telemetryConfigs: [],
  toolConfigs: [],
  groups: [],
  mcpServers: [],
  remoteProxies: [],
  serverEntries: [],
});

export const resourceKey = (r: Pick<Resource, 'kind' | 'namespace' | 'name'>): string => `${r.kind}/${r.namespace}/${r.name}`;

/** How messages name an object: what `kubectl get` would need to find it. */
export const describe = (r: Pick<Resource, 'kind' | 'namespace' | 'name'>): string => `${r.kind} ${r.namespace}/${r.name}`;

/**
 * Builds a Resource from an object of one of our kinds; undefined for any other kind. The apiVersion is not
 * looked at here: a misspelt one must reach the schema check and be reported, not be skipped in silence.
 */
export function asResource(object: Record<string, unknown>, origin?: ManifestOrigin): Resource | undefined {
  const kind = object.kind;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  const meta = (typeof object.metadata === 'object' && object.metadata !== null ? object.metadata : {}) as Record<string, unknown>;
  const name = typeof meta.name === 'string' ? meta.name : '';
  const namespace = typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : DEFAULT_NAMESPACE;
  return { kind: kind as Kind, name, namespace, object, ...(origin ? { origin } : {}) };
}
