/**
 * Fields that shape the Deployment and Service ToolHive's operator creates (replicas, serviceType, the pod
 * template, ...). vmcp's operator writes the config only; it creates no Deployment yet. Such a field is
 * accepted, because ToolHive users set it (and ToolHive's CRD defaults some of them, so objects read back from
 * a cluster carry them), but never in silence: each one present gets a warning saying when it takes effect.
 * The schema marks them with `deploymentField: "<what it is>"`.
 */
import { formatPath, type PathSegment } from '../diagnostics.js';
import { SCHEMAS } from './crd-schema-check.js';
import type { Kind } from './resources.js';

export interface FieldWarning {
  path: PathSegment[];
  message: string;
}

type Node = { $ref?: string; properties?: Record<string, Node>; items?: Node; additionalProperties?: Node | boolean; deploymentField?: string };

export function deploymentFieldWarnings(kind: Kind, object: Record<string, unknown>): FieldWarning[] {
  const root = SCHEMAS[kind] as Node & { $defs: Record<string, Node> };
  const out: FieldWarning[] = [];
  const walk = (node: Node, data: unknown, path: PathSegment[]): void => {
    const n = node.$ref ? root.$defs[node.$ref.replace('#/$defs/', '')]! : node;
    if (n.deploymentField !== undefined) {
      out.push({
        path,
        message: `${formatPath(path)} (${n.deploymentField}) has no effect yet: the vmcp operator writes only the config, not the Deployment or Service, so set it on the Deployment you run vmcp with; it takes effect once the operator manages them`,
      });
      return;
    }
    if (typeof data !== 'object' || data === null) return;
    if (Array.isArray(data)) {
      if (n.items) data.forEach((d, i) => walk(n.items!, d, [...path, i]));
      return;
    }
    for (const [k, v] of Object.entries(data)) {
      const child = n.properties?.[k] ?? (typeof n.additionalProperties === 'object' ? n.additionalProperties : undefined);
      if (child) walk(child, v, [...path, k]);
    }
  };
  walk(root, object, []);
  return out;
}
