// The Kubernetes outputs of scripts/generate.mjs, from schema/k8s/: TypeScript types, the schemas as a module
// (the reconciler checks manifests against them), and applyable CustomResourceDefinition manifests.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';

const DIR = 'schema/k8s';
const sources = [
  { file: 'virtualmcpserver.schema.json', types: 'generated/k8s-virtualmcpserver.ts', name: 'virtualMcpServerSchema' },
  { file: 'mcpexternalauthconfig.schema.json', types: 'generated/k8s-mcpexternalauthconfig.ts', name: 'mcpExternalAuthConfigSchema' },
  { file: 'mcpoidcconfig.schema.json', types: 'generated/k8s-mcpoidcconfig.ts', name: 'mcpOidcConfigSchema' },
  { file: 'mcptelemetryconfig.schema.json', types: 'generated/k8s-mcptelemetryconfig.ts', name: 'mcpTelemetryConfigSchema' },
  { file: 'mcptoolconfig.schema.json', types: 'generated/k8s-mcptoolconfig.ts', name: 'mcpToolConfigSchema' },
  // ToolHive's workload kinds, read for group discovery: no x-vmcp-crd, so no CRD here (ToolHive installs and owns them).
  { file: 'mcpgroup.schema.json', types: 'generated/k8s-mcpgroup.ts', name: 'mcpGroupSchema' },
  { file: 'mcpserver.schema.json', types: 'generated/k8s-mcpserver.ts', name: 'mcpServerSchema' },
  { file: 'mcpremoteproxy.schema.json', types: 'generated/k8s-mcpremoteproxy.ts', name: 'mcpRemoteProxySchema' },
  { file: 'mcpserverentry.schema.json', types: 'generated/k8s-mcpserverentry.ts', name: 'mcpServerEntrySchema' },
];

/** Keywords a CRD's structural schema accepts (Kubernetes JSONSchemaProps); everything else is dropped. */
const KEPT = new Set(['type', 'description', 'properties', 'items', 'required', 'enum', 'pattern', 'minLength', 'maxLength',
  'minItems', 'maxItems', 'minimum', 'maximum', 'format', 'default', 'additionalProperties', 'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-validations', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys']);

const readSchema = (file) => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));

/**
 * A schema with its refs to other files (`other.schema.json#/$defs/Name`) copied into its own $defs, so that
 * every consumer (Ajv, the type generator, the CRD) sees one self-contained document while the definition is
 * written once. A copied name that already means something else here is an error, never a silent pick.
 */
export function bundle(json) {
  const out = structuredClone(json);
  out.$defs ??= {};
  const visit = (node, fromFile) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, fromFile));
    if (node === null || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') {
      const m = node.$ref.match(/^(?:([\w.-]+\.schema\.json))?#\/\$defs\/(\w+)$/);
      if (!m) throw new Error(`unsupported $ref ${node.$ref}`);
      const file = m[1] ?? fromFile;
      if (file !== undefined) {
        const name = m[2];
        const def = readSchema(file).$defs[name];
        if (!def) throw new Error(`${file} has no $defs/${name}`);
        node.$ref = `#/$defs/${name}`;
        const have = out.$defs[name];
        if (have === undefined) {
          out.$defs[name] = structuredClone(def);
          visit(out.$defs[name], file);
        } else if (fromFile !== undefined || m[1] !== undefined) {
          const copy = structuredClone(def);
          visit(copy, file);
          if (!isDeepStrictEqual(copy, have)) throw new Error(`$defs/${name} differs between ${file} and the schema that refers to it`);
        }
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== '$ref') visit(v, fromFile);
  };
  visit(out, undefined);
  return out;
}

/**
 * JSON Schema -> structural schema: $refs inlined, `enum` given its `type`, and `additionalProperties: false`
 * dropped (a structural schema may not combine it with properties; the API server prunes unknown fields instead).
 */
function structural(node, defs) {
  if (node.$ref) return structural(defs[node.$ref.replace('#/$defs/', '')], defs);
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (!KEPT.has(k)) continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, structural(s, defs)]));
    else if (k === 'items') out[k] = structural(v, defs);
    else if (k === 'additionalProperties') {
      if (typeof v === 'object') out[k] = structural(v, defs);
    } else out[k] = v;
  }
  if (out.enum && !out.type) out.type = typeof out.enum[0] === 'number' ? 'number' : 'string';
  return out;
}

/**
 * One schema for every served version, as ToolHive's CRDs do: the older versions are the same objects under
 * another name (conversion None), served with a deprecation warning; the current version is stored.
 */
function crd(json) {
  const c = json['x-vmcp-crd'];
  const root = structural(json, json.$defs);
  // The API server owns metadata: a CRD may not constrain it beyond "object".
  root.properties.metadata = { type: 'object' };
  root.properties.apiVersion = { type: 'string' };
  root.properties.kind = { type: 'string' };
  root.required = root.required.filter((r) => r !== 'apiVersion' && r !== 'kind' && r !== 'metadata');
  const version = (name, current) => ({
    name,
    served: true,
    storage: current,
    ...(current ? {} : { deprecated: true, deprecationWarning: `${c.group}/${name} is deprecated; use ${c.version}` }),
    subresources: { status: {} },
    additionalPrinterColumns: c.printerColumns,
    schema: { openAPIV3Schema: root },
  });
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${c.plural}.${c.group}` },
    spec: {
      group: c.group,
      names: { kind: json.title, listKind: `${json.title}List`, plural: c.plural, singular: c.singular, shortNames: c.shortNames, categories: c.categories },
      scope: 'Namespaced',
      versions: [...(c.deprecatedVersions ?? []).map((v) => version(v, false)), version(c.version, true)],
    },
  };
}

/** [{ out, text }] for every Kubernetes output; `compileTypes(json)` is generate.mjs's json-schema-to-typescript call. */
export async function k8sOutputs(compileTypes, banner) {
  const files = [];
  const modules = [];
  for (const { file, types, name } of sources) {
    const json = bundle(readSchema(file));
    files.push({ out: types, text: await compileTypes(json) });
    modules.push(`export const ${name} = ${JSON.stringify(json, null, 2)} as const;\n`);
    const c = json['x-vmcp-crd'];
    if (c === undefined) continue;
    files.push({
      out: `deploy/crds/${c.group}_${c.plural}.yaml`,
      text: `# Generated by scripts/generate.mjs from ${DIR}/${file}: do not edit.\n` + stringify(crd(json), { lineWidth: 0 }),
    });
  }
  files.push({ out: 'generated/k8s-schemas.ts', text: `${banner}\n\n${modules.join('\n')}` });
  return files;
}
