/** `vmcp reconcile` and `vmcp compile --k8s` as a user runs them (the built CLI). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasStackTrace, vmcp } from '../helpers/cli.js';
import { embeddedAuthServer, server, yamlOf } from './manifests.js';

const dir = mkdtempSync(join(tmpdir(), 'vmcp-k8s-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('vmcp reconcile', () => {
  it('reads resources split across files in any order and prints status and config; exit 0 even when Failed', () => {
    const a = file('a.yaml', yamlOf(server({}, 'bad'), server({ authServerConfigRef: undefined }, 'plain')));
    const b = file('b.yaml', yamlOf(embeddedAuthServer({ issuer: 'https://elsewhere.example.com' })));
    const r = vmcp(['reconcile', a, b]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { virtualMCPServers: { name: string; namespace: string; status: { phase: string; conditions: { type: string; status: string; reason: string; message: string }[] }; config: unknown }[] };
    expect(out.virtualMCPServers.map((s) => [s.name, s.status.phase])).toEqual([['bad', 'Failed'], ['plain', 'Ready']]);
    const bad = out.virtualMCPServers[0]!;
    expect(bad.config).toBeNull();
    expect(Object.keys(bad.status.conditions[0]!)).toEqual(['type', 'status', 'reason', 'message']);
    expect(bad.status.conditions[0]).toMatchObject({ type: 'AuthServerConfigValid', status: 'False', reason: 'AuthServerIssuerMismatch' });
    expect(out.virtualMCPServers[1]!.config).toMatchObject({ name: 'plain', incomingAuth: { type: 'oidc' } });
  });

  it('--format yaml prints the same document as YAML', () => {
    const a = file('c.yaml', yamlOf(server(), embeddedAuthServer()));
    const json = JSON.parse(vmcp(['reconcile', a]).stdout);
    const y = vmcp(['reconcile', '--format', 'yaml', a]);
    expect(y.code).toBe(0);
    expect(parse(y.stdout)).toEqual(json);
  });

  it('exit 2 with a sentence when input cannot be read: missing file, bad YAML, duplicate object, bad format', () => {
    const dup = file('dup.yaml', yamlOf(server(), server()));
    const broken = file('broken.yaml', 'kind: [\n');
    for (const [args, text] of [
      [['reconcile', join(dir, 'nope.yaml')], 'no such file'],
      [['reconcile', broken], 'broken.yaml:2'],
      [['reconcile', dup], 'defined twice'],
      [['reconcile', '--format', 'xml', dup], '--format'],
      [['reconcile'], 'at least one'],
    ] as const) {
      const r = vmcp([...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(text);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(r.stdout).toBe('');
    }
  });
});

describe('vmcp compile --k8s', () => {
  it('a failing server: exit 1, diagnostics point at the manifest line of the field to change', () => {
    const m = file('v04.yaml', yamlOf(server(), embeddedAuthServer({ issuer: 'https://elsewhere.example.com' })));
    const r = vmcp(['compile', '--k8s', m, '--name', 'gw']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = yamlOf(server(), embeddedAuthServer({ issuer: 'https://elsewhere.example.com' })).split('\n');
    const issuerLine = lines.findIndex((l) => l.includes('issuer: https://elsewhere.example.com')) + 1;
    expect(r.stderr).toContain(`${m}:${issuerLine}:`);
    expect(r.stderr).toContain('V-04');
  });

  it('a server that fails before the rules run: exit 1 with the condition as a diagnostic', () => {
    const m = file('missing.yaml', yamlOf(server()));
    const r = vmcp(['compile', '--k8s', m, '--name', 'gw']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('AuthServerConfigNotFound');
  });

  it('usage errors: unknown name, ambiguous name, --name without --k8s', () => {
    const m = file('two.yaml', yamlOf(server({ authServerConfigRef: undefined }, 'gw', 'a'), server({ authServerConfigRef: undefined }, 'gw', 'b')));
    expect(vmcp(['compile', '--k8s', m, '--name', 'nope']).stderr).toContain('no VirtualMCPServer named nope');
    const amb = vmcp(['compile', '--k8s', m, '--name', 'gw']);
    expect(amb.code).toBe(2);
    expect(amb.stderr).toContain('--namespace');
    expect(vmcp(['compile', '--k8s', m, '--name', 'gw', '--namespace', 'b']).code).toBe(0);
    expect(vmcp(['compile', m, '--name', 'gw']).code).toBe(2);
  });
});
