/** `vmcp diff OLD NEW` as the built CLI runs it (npm run build first): output, exit codes like diff(1)'s. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, vmcp } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vmcp-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const OIDC = readFileSync('examples/external-oidc.yaml', 'utf8');
/** A review's worth of edits to examples/external-oidc.yaml. */
const EDITED = OIDC.replace('headerValueEnv: GITHUB_MCP_TOKEN', 'headerValueEnv: GITHUB_TOKEN_V2')
  .replace('url: https://jira-mcp.internal.example.com/sse\n    transport: sse', 'url: https://jira-mcp.internal.example.com/mcp\n    transport: streamable-http')
  .replace('prefixFormat: "{workload}_"', 'prefixFormat: "{workload}."')
  .replace('backends:\n  - name: github', 'backends:\n  - name: wiki\n    url: https://wiki.example.com/mcp\n    transport: streamable-http\n  - name: github')
  .concat('telemetry:\n  enablePrometheusMetricsPath: true\n');

describe('vmcp diff', () => {
  it('exit 0 and says so when the plans are equal: a config against itself, and against its own compiled plan', () => {
    const same = vmcp(['diff', 'examples/quickstart.yaml', 'examples/quickstart.yaml']);
    expect(same).toEqual({ code: 0, stdout: 'no changes: the plans are equal\n', stderr: '' });
    const plan = join(dir, 'quickstart.json');
    expect(vmcp(['compile', 'examples/quickstart.yaml', '-o', plan]).code).toBe(0);
    expect(vmcp(['diff', plan, 'examples/quickstart.yaml']).code).toBe(0);
  });

  it('exit 1 and each change under its area: routes, backends (fields, secret sources), naming, telemetry', () => {
    const old = write('old.yaml', OIDC);
    const next = write('new.yaml', EDITED);
    const r = vmcp(['diff', old, next]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        `--- ${old}`,
        `+++ ${next}`,
        'routes:',
        '  + /metrics -> metrics (auth none)',
        'backends:',
        '  + wiki: streamable-http https://wiki.example.com/mcp, unauthenticated, timeoutMs 30000',
        '  ~ github: outgoingAuth.headerValue: (env GITHUB_MCP_TOKEN) -> (env GITHUB_TOKEN_V2)',
        '  ~ jira: transport: sse -> streamable-http',
        '  ~ jira: url: https://jira-mcp.internal.example.com/sse -> https://jira-mcp.internal.example.com/mcp',
        'aggregation (tool names):',
        '  ~ prefixFormat: "{workload}_" -> "{workload}."',
        'telemetry:',
        '  ~ prometheusMetricsPath: false -> true',
        '',
      ].join('\n'),
    );
  });

  it('--format json: {ok, equal, changes, diagnostics}, secrets as references', () => {
    const r = vmcp(['diff', '--format', 'json', write('old2.yaml', OIDC), write('new2.yaml', EDITED)]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ ok: true, equal: false, diagnostics: [] });
    expect(doc.changes).toContainEqual({ op: 'changed', area: 'backends', item: 'github', field: 'outgoingAuth.headerValue', old: { env: 'GITHUB_MCP_TOKEN' }, new: { env: 'GITHUB_TOKEN_V2' } });
    expect(doc.changes).toContainEqual({ op: 'added', area: 'routes', item: '/metrics', field: null, old: null, new: { auth: 'none', handler: 'metrics', match: 'exact', path: '/metrics' } });
    expect(doc.changes.map((c: { area: string }) => c.area)).toEqual(['routes', 'backends', 'backends', 'backends', 'backends', 'aggregation', 'telemetry']);
  });

  it('a secret written inline and changed in place is the same reference: no change, and no value printed', () => {
    const inline = (value: string) => OIDC.replace('headerValueEnv: GITHUB_MCP_TOKEN', `headerValue: ${value}`);
    const r = vmcp(['diff', write('inline-old.yaml', inline('first-value-never-printed')), write('inline-new.yaml', inline('second-value-never-printed'))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('no changes: the plans are equal\n');
    // V-12 warns about each inline secret, as validate would, without the value.
    expect(r.stderr).toMatch(/warning V-12/);
    expect(r.stdout + r.stderr).not.toContain('never-printed');
  });

  it("an invalid OLD or NEW: validate's diagnostics, exit 2", () => {
    const bad = write('bad.yaml', OIDC.replace('type: oidc', 'type: oidcc'));
    const r = vmcp(['diff', 'examples/external-oidc.yaml', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(vmcp(['validate', bad]).stderr);
    const json = vmcp(['diff', '--format', 'json', bad, 'examples/external-oidc.yaml']);
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.stdout);
    expect(doc.ok).toBe(false);
    // Only the invalid file has something to say; its errors are validate's.
    expect(doc.diagnostics.map((d: { file: string }) => d.file)).toEqual(doc.diagnostics.map(() => bad));
    expect(doc.diagnostics).toEqual(JSON.parse(vmcp(['validate', '--format', 'json', bad]).stdout).diagnostics);
  });

  it('usage errors and unreadable files exit 2 with a sentence', () => {
    for (const args of [['diff', 'examples/quickstart.yaml'], ['diff', '--format', 'yaml', 'examples/quickstart.yaml', 'examples/quickstart.yaml'], ['diff', 'examples/quickstart.yaml', join(dir, 'missing.json')]]) {
      const r = vmcp(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^vmcp: /);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});
