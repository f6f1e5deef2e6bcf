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
