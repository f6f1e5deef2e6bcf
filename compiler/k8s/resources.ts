/**
 * The Kubernetes objects the converter reads, as they arrive: not yet checked against their schemas, with an
 * optional way back to the manifest text they came from (for file:line:column in diagnostics).
 */
import type { PathSegment } from '../diagnostics.js';
import type { Source } from '../source.js';

export const API_GROUP = 'toolhive.stacklok.dev';
export const API_VERSION = `${API_GROUP}/v1alpha1`;
export const KIND_SERVER = 'VirtualMCPServer';
export const KIND_AUTH_CONFIG = 'MCPExternalAuthConfig';
export type Kind = typeof KIND_SERVER | typeof KIND_AUTH_CONFIG;

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

export interface ResourceSet {
  servers: Resource[];
  authConfigs: Resource[];
}

export const resourceKey = (r: Pick<Resource, 'kind' | 'namespace' | 'name'>): string => `${r.kind}/${r.namespace}/${r.name}`;

/** How messages name an object: what `kubectl get` would need to find it. */
export const describe = (r: Pick<Resource, 'kind' | 'namespace' | 'name'>): string => `${r.kind} ${r.namespace}/${r.name}`;

/**
 * Builds a Resource from an object of one of our kinds; undefined for any other kind. The apiVersion is not
 * looked at here: a misspelt one must reach the schema check and be reported, not be skipped in silence.
 */
export function asResource(object: Record<string, unknown>, origin?: ManifestOrigin): Resource | undefined {
  const kind = object.kind;
  if (kind !== KIND_SERVER && kind !== KIND_AUTH_CONFIG) return undefined;
  const meta = (typeof object.metadata === 'object' && object.metadata !== null ? object.metadata : {}) as Record<string, unknown>;
  const name = typeof meta.name === 'string' ? meta.name : '';
  const namespace = typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : DEFAULT_NAMESPACE;
  return { kind, name, namespace, object, ...(origin ? { origin } : {}) };
}
