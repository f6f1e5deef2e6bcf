/**
 * Manifests are parsed as config files are (compiler/source.ts YAML_PARSE_OPTIONS): `<<` merge keys applied (as
 * yaml.v3 applies them to ToolHive's config files, and kubectl's YAML 1.1 parser to manifests), duplicate keys,
 * bad merge keys and alias bombs refused at file:line:col, and diagnostics on merged values pointing where the
 * value is written.
 */
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../compiler/index.js';
import { loadManifests, ManifestError, reconcileAll } from '../../compiler/k8s/index.js';

const SERVER = (backends: string) => `apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata: { name: gw, namespace: tools }
spec:
  incomingAuth: { type: anonymous }
  config:
    backends:
${backends}
`;

const MERGED = SERVER(`      - &docs
        name: docs
        url: https://docs.example.com/mcp
        transport: sse
      - <<: *docs
        name: wiki
        url: https://wiki.example.com/mcp`);

const WRITTEN_OUT = SERVER(`      - { name: docs, url: https://docs.example.com/mcp, transport: sse }
      - { name: wiki, url: https://wiki.example.com/mcp, transport: sse }`);

const reconcile = (text: string) => reconcileAll(loadManifests([{ file: 'm.yaml', bytes: text }]))[0]!;
const refusal = (text: string): string => {
  try {
    loadManifests([{ file: 'm.yaml', bytes: text }]);
  } catch (e) {
    expect(e).toBeInstanceOf(ManifestError);
    return (e as Error).message;
  }
  throw new Error('the manifest was accepted');
};

describe('manifests parse YAML as config files do', () => {
  it('merge keys apply: the same plan as the values written out, and as the YAML path gives the merged config', () => {
    const merged = reconcile(MERGED);
    expect(merged.status.phase).toBe('Ready');
    expect(merged.compile!.planJson).toBe(reconcile(WRITTEN_OUT).compile!.planJson);
    const configFile = `name: gw\nincomingAuth: { type: anonymous }\nbackends:\n  - &docs\n    name: docs\n    url: https://docs.example.com/mcp\n    transport: sse\n  - <<: *docs\n    name: wiki\n    url: https://wiki.example.com/mcp\n`;
    const viaFile = compileSources({ file: 'c.yaml', bytes: configFile });
    expect(merged.config!.backends).toEqual((viaFile.config as { backends: unknown }).backends);
  });

  it('a diagnostic on a merged value points at the line where it is written', () => {
    const text = MERGED.replace('transport: sse', 'transport: websocket');
    const r = reconcile(text);
    const d = r.compile!.diagnostics.find((x) => x.path === 'backends[1].transport')!;
    expect(d.line).toBe(text.split('\n').findIndex((l) => l.includes('transport: websocket')) + 1);
  });

  it('refuses duplicate keys, a merge key without a mapping, and alias bombs, naming the place', () => {
    const dup = SERVER('      - { name: docs, url: https://docs.example.com/mcp, transport: sse, name: again }');
    expect(refusal(dup)).toMatch(/^m\.yaml:8:\d+: Map keys must be unique; each key may appear once in a mapping$/);
    const badMerge = SERVER('      - { <<: 5, name: docs, url: https://docs.example.com/mcp, transport: sse }');
    expect(refusal(badMerge)).toMatch(/^m\.yaml:8:\d+: a merge key \(<<\) takes a mapping/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(refusal(bomb)).toBe('m.yaml:1: aliases expand too far; write the values out');
  });
});
