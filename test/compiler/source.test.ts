/** The loader: duplicate keys at any depth, with the position of the repeat. */
import { describe, expect, it } from 'vitest';
import { compileYaml } from '../helpers/compile.js';

describe('duplicate keys', () => {
  it('are found in nested mappings and in flow mappings, each at its repeat', () => {
    const d = compileYaml('name: x\nincomingAuth:\n  type: anonymous\n  type: oidc\nmetadata: {a: "1", b: "2", a: "3"}\n').diagnostics;
    expect(d.map((x) => `${x.rule} ${x.line}:${x.column}`)).toEqual(['yaml 4:3', 'yaml 5:28']);
    expect(d[0]!.message).toContain('each key may appear once');
  });
  it('a key repeated in different mappings is fine', () => {
    expect(compileYaml('name: x\nincomingAuth: {type: anonymous}\nmetadata: {type: a}\n').ok).toBe(true);
  });
});

/**
 * Merge keys, as ToolHive reads its configs: pkg/vmcp/config/yaml_loader.go:41-44 decodes with gopkg.in/yaml.v3
 * (go.mod:74, v3.0.1), whose decoder applies `<<` (decode.go merge/isMerge): keys written in place win, a value
 * that is not a mapping fails ("map merge requires map or sequence of maps"), a second `<<` is a repeated key.
 */
describe('merge keys (<<)', () => {
  it('merge the anchored mapping; keys written in place win', () => {
    const clean = compileYaml(`name: x
incomingAuth: {type: anonymous}
backends:
  - &one
    name: one
    transport: streamable-http
    url: "http://127.0.0.1:9001/mcp"
  - <<: *one
    name: two
    url: "http://127.0.0.1:9002/mcp"
`);
    expect(clean.diagnostics).toEqual([]);
    expect(clean.plan!.backends.map((b) => `${b.name} ${b.transport} ${b.url}`)).toEqual([
      'one streamable-http http://127.0.0.1:9001/mcp',
      'two streamable-http http://127.0.0.1:9002/mcp',
    ]);
  });
  it('point a diagnostic about a merged value at the anchor where it is written', () => {
    const d = compileYaml(`name: x
incomingAuth: {type: anonymous}
backends:
  - &one
    name: one
    transport: carrier-pigeon
    url: "http://127.0.0.1:9001/mcp"
  - <<: *one
    name: two
`).diagnostics;
    expect(d.map((x) => `${x.rule} ${x.path} ${x.line}`)).toEqual(['schema backends[0].transport 6', 'schema backends[1].transport 6']);
  });
  it('refuse a second << in one mapping, and a << whose value is not a mapping, with their positions', () => {
    const twice = compileYaml('a: &a {name: x}\n<<: *a\n<<: *a\nincomingAuth: {type: anonymous}\n').diagnostics;
    expect(twice.map((x) => `${x.rule} ${x.line}:${x.column}`)).toEqual(['yaml 3:1']);
    const scalar = compileYaml('l: &l [1]\nname: x\nincomingAuth:\n  <<: *l\n  type: anonymous\n').diagnostics;
    expect(scalar.map((x) => `${x.rule} ${x.line}:${x.column}`)).toEqual(['yaml 4:7']);
    expect(scalar[0]!.message).toContain('merge key (<<)');
  });
  it('count merged aliases toward the alias cap', () => {
    let bomb = 'name: x\nincomingAuth: {type: anonymous}\nmetadata:\n  a0: &a0 {k: v}\n';
    for (let i = 1; i < 10; i++) bomb += `  a${i}: &a${i} {<<: [*a${i - 1}], m: [*a${i - 1}, *a${i - 1}, *a${i - 1}]}\n`;
    expect(compileYaml(bomb).diagnostics.map((x) => `${x.rule} ${x.message}`)).toEqual([expect.stringMatching(/^yaml aliases expand too far/)]);
  });
});
