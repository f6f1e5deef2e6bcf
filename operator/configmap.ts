/**
 * The ConfigMap the vMCP pod mounts: the converted config (`config.yaml`, the file `vmcp serve` reads) and
 * the Secret keys the pod must expose as env vars or files (`secret-refs.yaml`: names only, never values).
 */
import { createHash } from 'node:crypto';
import type { V1ConfigMap } from '@kubernetes/client-node';
import { stringify } from 'yaml';
import { canonicalJson } from '../compiler/index.js';
import { API_VERSION, KIND_SERVER, type SecretUse } from '../compiler/k8s/index.js';

export const CONFIG_KEY = 'config.yaml';
export const SECRET_REFS_KEY = 'secret-refs.yaml';
export const CHECKSUM_ANNOTATION = 'vmcp.dev/content-checksum';
export const configMapName = (server: string): string => `${server}-vmcp-config`;

export interface Owner {
  name: string;
  namespace: string;
  uid: string;
}

export function buildConfigMap(owner: Owner, config: Record<string, unknown>, secrets: readonly SecretUse[]): V1ConfigMap {
  const data = { [CONFIG_KEY]: stringify(config, { lineWidth: 0 }), [SECRET_REFS_KEY]: stringify(secrets, { lineWidth: 0 }) };
  const checksum = createHash('sha256').update(data[CONFIG_KEY]).update('\0').update(data[SECRET_REFS_KEY]).digest('hex');
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: configMapName(owner.name),
      namespace: owner.namespace,
      labels: { 'app.kubernetes.io/managed-by': 'vmcp-operator', 'toolhive.stacklok.dev/virtual-mcp-server': owner.name },
      // Restarting pods on a config change can key on this without reading the data.
      annotations: { [CHECKSUM_ANNOTATION]: checksum },
      // The API server's garbage collector deletes the ConfigMap with its VirtualMCPServer.
      ownerReferences: [{ apiVersion: API_VERSION, kind: KIND_SERVER, name: owner.name, uid: owner.uid, controller: true, blockOwnerDeletion: true }],
    },
    data,
  };
}

/** Whether the stored ConfigMap already says what `want` says (then nothing is written). */
export const sameConfigMap = (have: V1ConfigMap, want: V1ConfigMap): boolean =>
  have.metadata?.annotations?.[CHECKSUM_ANNOTATION] === want.metadata?.annotations?.[CHECKSUM_ANNOTATION] &&
  canonicalJson(have.data ?? {}) === canonicalJson(want.data);

/** Whether `cm` is this server's (its controller owner reference carries the server's uid). */
export const ownedBy = (cm: V1ConfigMap, uid: string): boolean =>
  (cm.metadata?.ownerReferences ?? []).some((r) => r.controller === true && r.uid === uid);
