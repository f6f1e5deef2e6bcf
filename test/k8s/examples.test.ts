/** The examples in examples/k8s/ stay valid: each VirtualMCPServer in them reconciles Ready. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadManifests, reconcileAll } from '../../compiler/k8s/index.js';

const dir = 'examples/k8s';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('examples/k8s', () => {
  it('every VirtualMCPServer reconciles Ready, Mode A and Mode B both shown', () => {
    const set = loadManifests(files.map((f) => ({ file: `${dir}/${f}`, bytes: readFileSync(`${dir}/${f}`) })));
    const results = reconcileAll(set);
    expect(results.length).toBeGreaterThanOrEqual(2);
    for (const r of results) expect([r.name, r.status.phase, r.status.conditions.filter((c) => c.status !== 'True')]).toEqual([r.name, 'Ready', []]);
    expect(new Set(results.map((r) => (r.config!.authServer ? 'B' : 'A')))).toEqual(new Set(['A', 'B']));
  });
});
