/**
 * The Kubernetes API calls the operator makes, through @kubernetes/client-node: list+watch (informers) for
 * VirtualMCPServers and every kind they refer to, merge-patch of the status subresource, and get/create/replace
 * of ConfigMaps. It speaks the stored version (v1beta1); the API server serves v1alpha1 objects under it too.
 */
import { ApiException, CoreV1Api, CustomObjectsApi, makeInformer, PatchStrategy, setHeaderOptions, type Informer, type KubeConfig, type KubernetesListObject, type KubernetesObject, type V1ConfigMap } from '@kubernetes/client-node';
import {
  API_GROUP,
  KIND_AUTH_CONFIG,
  KIND_GROUP,
  KIND_MCP_SERVER,
  KIND_OIDC_CONFIG,
  KIND_REMOTE_PROXY,
  KIND_SERVER_ENTRY,
  KIND_TELEMETRY_CONFIG,
  KIND_TOOL_CONFIG,
  VERSION,
  type ReferencedKind,
} from '../compiler/k8s/index.js';
import type { ServerStatus } from './status.js';

export const PLURAL_SERVERS = 'virtualmcpservers';
/** The plural of each kind a server refers to (the CRDs' names.plural). */
export const PLURALS: Record<ReferencedKind, string> = {
  [KIND_AUTH_CONFIG]: 'mcpexternalauthconfigs',
  [KIND_OIDC_CONFIG]: 'mcpoidcconfigs',
  [KIND_TELEMETRY_CONFIG]: 'mcptelemetryconfigs',
  [KIND_TOOL_CONFIG]: 'mcptoolconfigs',
  // ToolHive's group and workload kinds (its CRDs' plurals), for group discovery.
  [KIND_GROUP]: 'mcpgroups',
  [KIND_MCP_SERVER]: 'mcpservers',
  [KIND_REMOTE_PROXY]: 'mcpremoteproxies',
  [KIND_SERVER_ENTRY]: 'mcpserverentries',
};

/** A custom object as the API returns it: plain JSON. */
export type KubeObject = KubernetesObject & { spec?: unknown; status?: unknown };

export interface Kube {
  informer(plural: string): Informer<KubeObject> & { list(namespace?: string): KubeObject[]; get(name: string, namespace?: string): KubeObject | undefined };
  patchStatus(namespace: string, name: string, status: ServerStatus): Promise<void>;
  /** undefined when there is none (404). */
  readConfigMap(namespace: string, name: string): Promise<V1ConfigMap | undefined>;
  createConfigMap(cm: V1ConfigMap): Promise<void>;
  replaceConfigMap(cm: V1ConfigMap): Promise<void>;
}

/** `namespace`: watch one namespace only (a namespaced Role suffices); undefined: all namespaces. */
export function kubeClient(kc: KubeConfig, namespace: string | undefined): Kube {
  const custom = kc.makeApiClient(CustomObjectsApi);
  const core = kc.makeApiClient(CoreV1Api);
  const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
  return {
    informer(plural) {
      const path = namespace === undefined ? `/apis/${API_GROUP}/${VERSION}/${plural}` : `/apis/${API_GROUP}/${VERSION}/namespaces/${namespace}/${plural}`;
      const list = (): Promise<KubernetesListObject<KubeObject>> =>
        namespace === undefined
          ? custom.listClusterCustomObject({ group: API_GROUP, version: VERSION, plural })
          : custom.listNamespacedCustomObject({ group: API_GROUP, version: VERSION, namespace, plural });
      // makeInformer returns the ListWatch cache, which also answers list() and get().
      return makeInformer(kc, path, list) as ReturnType<Kube['informer']>;
    },
    async patchStatus(ns, name, status) {
      await custom.patchNamespacedCustomObjectStatus({ group: API_GROUP, version: VERSION, namespace: ns, plural: PLURAL_SERVERS, name, body: { status } }, mergePatch);
    },
    async readConfigMap(ns, name) {
      try {
        return await core.readNamespacedConfigMap({ namespace: ns, name });
      } catch (e) {
        if (e instanceof ApiException && e.code === 404) return undefined;
        throw e;
      }
    },
    async createConfigMap(cm) {
      await core.createNamespacedConfigMap({ namespace: cm.metadata!.namespace!, body: cm });
    },
    async replaceConfigMap(cm) {
      await core.replaceNamespacedConfigMap({ namespace: cm.metadata!.namespace!, name: cm.metadata!.name!, body: cm });
    },
  };
}

/** A sentence for the log from any API failure: the Status message when the server sent one. */
export function apiErrorText(e: unknown): string {
  if (e instanceof ApiException) {
    const body = typeof e.body === 'string' ? safeJson(e.body) : e.body;
    const message = (body as { message?: unknown } | undefined)?.message;
    return `HTTP ${e.code}${typeof message === 'string' ? `: ${message}` : ''}`;
  }
  return (e as Error).message;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
