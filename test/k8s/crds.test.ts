/** deploy/crds/ holds applyable, structural CustomResourceDefinitions generated from schema/k8s/. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Node = Record<string, unknown>;
const files = readdirSync('deploy/crds').sort();

/** Kubernetes' structural schema rules that a generator slip would break. */
function structuralProblems(node: Node, at: string): string[] {
  const out: string[] = [];
  if (node.type === undefined && node['x-kubernetes-preserve-unknown-fields'] !== true) out.push(`${at}: no type`);
  for (const k of ['$ref', '$defs', '$schema', 'const', 'oneOf', 'anyOf', 'if', 'then', 'title']) if (k in node) out.push(`${at}: ${k}`);
  if (node.properties && node.additionalProperties !== undefined) out.push(`${at}: properties with additionalProperties`);
  // A list-map's keys must be required in its items, or the API server rejects the CRD.
  for (const k of (node['x-kubernetes-list-map-keys'] as string[] | undefined) ?? []) {
    if (!((node.items as Node).required as string[] | undefined)?.includes(k)) out.push(`${at}: list-map key ${k} not required`);
  }
  for (const [p, s] of Object.entries((node.properties as Record<string, Node>) ?? {})) out.push(...structuralProblems(s, `${at}.${p}`));
  if (node.items) out.push(...structuralProblems(node.items as Node, `${at}[]`));
  if (typeof node.additionalProperties === 'object') out.push(...structuralProblems(node.additionalProperties as Node, `${at}{}`));
  return out;
}

describe('CRD manifests', () => {
  it('one per kind, in group toolhive.stacklok.dev, version v1alpha1, with the status subresource', () => {
    expect(files).toEqual(['toolhive.stacklok.dev_mcpexternalauthconfigs.yaml', 'toolhive.stacklok.dev_virtualmcpservers.yaml']);
    for (const f of files) {
      const crd = parse(readFileSync(`deploy/crds/${f}`, 'utf8'));
      expect(crd.apiVersion).toBe('apiextensions.k8s.io/v1');
      expect(crd.kind).toBe('CustomResourceDefinition');
      expect(crd.spec.group).toBe('toolhive.stacklok.dev');
      expect(crd.metadata.name).toBe(`${crd.spec.names.plural}.toolhive.stacklok.dev`);
      expect(crd.spec.versions).toHaveLength(1);
      expect(crd.spec.versions[0]).toMatchObject({ name: 'v1alpha1', served: true, storage: true, subresources: { status: {} } });
      expect(structuralProblems(crd.spec.versions[0].schema.openAPIV3Schema, 'root')).toEqual([]);
    }
  });

  it('carries the fields RFC-0053 names', () => {
    const crd = parse(readFileSync('deploy/crds/toolhive.stacklok.dev_virtualmcpservers.yaml', 'utf8'));
    const spec = crd.spec.versions[0].schema.openAPIV3Schema.properties.spec;
    expect(spec.properties.authServerConfigRef.properties.name).toMatchObject({ type: 'string', minLength: 1 });
    const inline = spec.properties.incomingAuth.properties.oidcConfig.properties.inline.properties;
    expect(Object.keys(inline)).toEqual(expect.arrayContaining(['issuer', 'audience', 'jwksAllowPrivateIP']));
    const ext = parse(readFileSync('deploy/crds/toolhive.stacklok.dev_mcpexternalauthconfigs.yaml', 'utf8'));
    const extSpec = ext.spec.versions[0].schema.openAPIV3Schema.properties.spec;
    expect(extSpec.properties.type.enum).toContain('embeddedAuthServer');
    expect(Object.keys(extSpec.properties.embeddedAuthServer.properties)).not.toContain('allowedAudiences');
  });
});
