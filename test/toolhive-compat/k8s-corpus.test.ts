/**
 * Manifest sets in ToolHive's current shape (k8s/: v1beta1, written for these tests), each saying in its
 * header what ToolHive's operator does with it and what vmcp must:
 *   # toolhive: reconciles | refused (...)   ToolHive's outcome, with the code path that decides it (required)
 *   # vmcp: not supported yet (...)          only where vmcp refuses what ToolHive reconciles: the one allowed difference
 *   # server: NAMESPACE/NAME                 the VirtualMCPServer to look at
 *   # expect: Ready | Failed
 *   # condition: TYPE STATUS REASON          exactly the conditions `vmcp reconcile` reports, in order
 *   # message: TEXT                          in some condition's message and in `compile --k8s`'s output
 * Each set runs through the built CLI: `vmcp reconcile` (the status) and `vmcp compile --k8s` (exit 0 with a
 * plan when Ready, 1 with the reasons when Failed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vmcp } from '../helpers/cli.js';

const ROOT = 'test/toolhive-compat/k8s';

interface Case {
  file: string;
  toolhive: string;
  vmcpDiffers?: string;
  namespace: string;
  name: string;
  phase: string;
  conditions: string[];
  messages: string[];
}

function load(name: string): Case {
  const file = join(ROOT, name);
  const header = readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('# '));
  const all = (key: string) => header.filter((l) => l.startsWith(`# ${key}: `)).map((l) => l.slice(key.length + 4).trim());
  const [toolhive] = all('toolhive');
  const [server] = all('server');
  const [phase] = all('expect');
  if (!toolhive || !server || !phase) throw new Error(`${file} needs "# toolhive:", "# server:" and "# expect:" lines`);
  const [namespace, serverName] = server.split('/') as [string, string];
  const [differs] = all('vmcp');
  return { file, toolhive, ...(differs ? { vmcpDiffers: differs } : {}), namespace, name: serverName, phase, conditions: all('condition'), messages: all('message') };
}

const cases = readdirSync(ROOT).filter((n) => n.endsWith('.yaml')).sort().map(load);

interface Status {
  phase: string;
  conditions: { type: string; status: string; reason: string; message: string }[];
}

describe("ToolHive's Kubernetes manifests (test/toolhive-compat/k8s/)", () => {
  it('cover each form: inline authServerConfig, oidcConfigRef, telemetryConfigRef, toolConfigRef, v1alpha1, and refusals', () => {
    const text = cases.map((c) => readFileSync(c.file, 'utf8')).join('\n');
    for (const form of ['authServerConfig:', 'oidcConfigRef:', 'telemetryConfigRef:', 'toolConfigRef:', 'apiVersion: toolhive.stacklok.dev/v1alpha1', 'kind: MCPOIDCConfig', 'kind: MCPTelemetryConfig', 'kind: MCPToolConfig']) {
      expect(text, form).toContain(form);
    }
    expect(cases.filter((c) => c.phase === 'Ready').length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.toolhive.startsWith('refused')).length).toBeGreaterThanOrEqual(5);
  });

  for (const c of cases) {
    it(`${c.file.slice(ROOT.length + 1)}: ${c.vmcpDiffers ?? c.toolhive}`, () => {
      // The outcome is ToolHive's, except where vmcp says "not supported yet".
      if (c.vmcpDiffers) {
        expect(c.vmcpDiffers).toMatch(/^not supported yet/);
        expect(c.toolhive).toMatch(/^reconciles/);
        expect(c.phase).toBe('Failed');
      } else {
        expect(c.phase).toBe(c.toolhive.startsWith('reconciles') ? 'Ready' : 'Failed');
      }

      const r = vmcp(['reconcile', c.file]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { virtualMCPServers: { name: string; namespace: string; status: Status; config: unknown }[] };
      const s = out.virtualMCPServers.find((v) => v.name === c.name && v.namespace === c.namespace)!;
      expect(s.status.phase).toBe(c.phase);
      expect(s.status.conditions.map((x) => `${x.type} ${x.status} ${x.reason}`)).toEqual(c.conditions);
      expect(s.config === null).toBe(c.phase === 'Failed');
      const messages = s.status.conditions.map((x) => x.message).join('\n');
      for (const m of c.messages) expect(messages).toContain(m);
      if (c.vmcpDiffers) expect(messages).toContain('is not supported yet by vmcp');

      const compiled = vmcp(['compile', '--k8s', c.file, '--name', c.name, '--namespace', c.namespace]);
      expect(compiled.code).toBe(c.phase === 'Ready' ? 0 : 1);
      if (c.phase === 'Ready') expect(Object.keys(JSON.parse(compiled.stdout) as object)).toContain('backends');
      else expect(compiled.stdout).toBe('');
      for (const m of c.messages) expect(compiled.stderr).toContain(m);
    });
  }
});
