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
  it('one per kind, in group toolhive.stacklok.dev, v1beta1 stored and v1alpha1 served (deprecated) with the same schema', () => {
    expect(files).toEqual([
      'toolhive.stacklok.dev_mcpexternalauthconfigs.yaml',
      'toolhive.stacklok.dev_mcpoidcconfigs.yaml',
      'toolhive.stacklok.dev_mcptelemetryconfigs.yaml',
      'toolhive.stacklok.dev_mcptoolconfigs.yaml',
      'toolhive.stacklok.dev_virtualmcpservers.yaml',
    ]);
    for (const f of files) {
      const crd = parse(readFileSync(`deploy/crds/${f}`, 'utf8'));
      expect(crd.apiVersion).toBe('apiextensions.k8s.io/v1');
      expect(crd.kind).toBe('CustomResourceDefinition');
      expect(crd.spec.group).toBe('toolhive.stacklok.dev');
      expect(crd.metadata.name).toBe(`${crd.spec.names.plural}.toolhive.stacklok.dev`);
      const [alpha, beta] = crd.spec.versions;
      expect(crd.spec.versions).toHaveLength(2);
      expect(alpha).toMatchObject({ name: 'v1alpha1', served: true, storage: false, deprecated: true, subresources: { status: {} } });
      expect(beta).toMatchObject({ name: 'v1beta1', served: true, storage: true, subresources: { status: {} } });
      expect(beta.deprecated).toBeUndefined();
      // No conversion webhook: the versions must be the same objects, as ToolHive's are.
      expect(crd.spec.conversion).toBeUndefined();
      expect(alpha.schema).toEqual(beta.schema);
      expect(structuralProblems(beta.schema.openAPIV3Schema, 'root')).toEqual([]);
    }
  });

  it("keeps ToolHive's fields vmcp refuses (the API server must store them for the reconciler to name them)", () => {
    const spec = parse(readFileSync('deploy/crds/toolhive.stacklok.dev_virtualmcpservers.yaml', 'utf8')).spec.versions[1].schema.openAPIV3Schema.properties.spec;
    expect(spec.properties.incomingAuth.properties.authzConfig).toEqual({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true });
    expect(spec.properties.replicas).toEqual({ type: 'integer', minimum: 0 });
    expect(spec.properties.authServerConfig.required).toEqual(['issuer', 'upstreamProviders']);
    const ext = parse(readFileSync('deploy/crds/toolhive.stacklok.dev_mcpexternalauthconfigs.yaml', 'utf8')).spec.versions[1].schema.openAPIV3Schema.properties.spec;
    expect(ext.properties.type.enum).toEqual(expect.arrayContaining(['bearerToken', 'awsSts', 'obo', 'xaa']));
    expect(JSON.stringify(ext)).not.toContain('notSupported');
  });

  it('carries the fields RFC-0053 names', () => {
    const crd = parse(readFileSync('deploy/crds/toolhive.stacklok.dev_virtualmcpservers.yaml', 'utf8'));
    const spec = crd.spec.versions[1].schema.openAPIV3Schema.properties.spec;
    expect(spec.properties.authServerConfigRef.properties.name).toMatchObject({ type: 'string', minLength: 1 });
    const inline = spec.properties.incomingAuth.properties.oidcConfig.properties.inline.properties;
    expect(Object.keys(inline)).toEqual(expect.arrayContaining(['issuer', 'audience', 'jwksAllowPrivateIP']));
    const ext = parse(readFileSync('deploy/crds/toolhive.stacklok.dev_mcpexternalauthconfigs.yaml', 'utf8'));
    const extSpec = ext.spec.versions[1].schema.openAPIV3Schema.properties.spec;
    expect(extSpec.properties.type.enum).toContain('embeddedAuthServer');
    expect(Object.keys(extSpec.properties.embeddedAuthServer.properties)).not.toContain('allowedAudiences');
  });

  it('examples/k8s/operator-rbac.yaml lets the operator read every kind deploy/crds/ defines, and the ToolHive kinds group discovery reads', () => {
    // ToolHive installs and owns these; vmcp only reads them (compiler/k8s/discover-group.ts).
    const discovery = ['mcpgroups', 'mcpremoteproxies', 'mcpserverentries', 'mcpservers'];
    const plurals = [...files.map((f) => parse(readFileSync(`deploy/crds/${f}`, 'utf8')).spec.names.plural), ...discovery].sort();
    const rbac = parse(readFileSync('examples/k8s/operator-rbac.yaml', 'utf8'));
    const read = rbac.rules.find((r: { verbs: string[] }) => r.verbs.includes('watch'));
    expect([...read.resources].sort()).toEqual(plurals);
    expect(read.verbs).toEqual(['get', 'list', 'watch']);
  });
});
