/** The CLI contract other checks rely on: output formats, exit codes, -o and --ts, the sibling file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { MODE_B } from '../helpers/compile.js';
import { vmcp } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vmcp-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const MISMATCH = MODE_B.replace('issuer: "http://localhost:9090", audience', 'issuer: "http://localhost:8080", audience');

describe('vmcp validate', () => {
  it('text: one line per diagnostic, FILE:LINE:COL: severity RULE: message; exit 1 on errors', () => {
    const f = write('mismatch.yaml', MISMATCH);
    const r = vmcp(['validate', f]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${f}:17:13: error V-04: authServer.runConfig.issuer "http://localhost:9090" does not match incomingAuth.oidc.issuer "http://localhost:8080"; when the embedded auth server is the OIDC issuer both must be the same string`,
    ]);
  });
  it('json: {ok, diagnostics[]} on stdout', () => {
    const f = write('mismatch2.yaml', MISMATCH);
    const r = vmcp(['validate', '--format', 'json', f]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'V-04', path: 'authServer.runConfig.issuer', line: 17, column: 13, file: f }),
    ]);
  });
  it('exit 0 with warnings only', () => {
    const c = parse(MODE_B);
    c.outgoingAuth.backends.docs = { type: 'token_exchange', tokenExchange: { tokenUrl: 'https://sts.example/token' } };
    // MODE_B's upstream secret is set, so this machine lacks nothing (no `env` warning).
    const r = vmcp(['validate', '--format', 'json', write('warn.yaml', stringify(c))], { env: { CORP_SECRET: 'corp-secret' } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, diagnostics: [{ severity: 'warning', rule: 'V-03' }] });
  });
});

describe('vmcp compile', () => {
  it('prints the canonical plan, or writes it with -o', () => {
    const f = write('b.yaml', MODE_B);
    const r = vmcp(['compile', f]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).mode).toBe('B');
    const out = join(dir, 'plan.json');
    expect(vmcp(['compile', f, '-o', out]).stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });
  it('exits 1 with diagnostics on stderr and nothing on stdout when the config has errors', () => {
    const r = vmcp(['compile', write('bad.yaml', MISMATCH)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error V-04');
  });
  it('--ts writes a module exporting the same frozen plan', async () => {
    const f = write('ts.yaml', MODE_B);
    const ts = join(dir, 'plan.ts');
    const r = vmcp(['compile', f, '--ts', ts]);
    expect(r.code).toBe(0);
    const source = readFileSync(ts, 'utf8');
    expect(source).toContain('export const plan = deepFreeze(');
    // Strip the types so Node 20 can import it: the module must be plain TS with only `as const` and generics.
    const { transpileModule, ModuleKind, ScriptTarget } = await import('typescript');
    const js = transpileModule(source, { compilerOptions: { module: ModuleKind.ESNext, target: ScriptTarget.ES2022 } }).outputText;
    const mjs = join(dir, 'plan.mjs');
    writeFileSync(mjs, js);
    const mod = await import(pathToFileURL(mjs).href);
    expect(JSON.parse(JSON.stringify(mod.plan))).toEqual(JSON.parse(r.stdout));
    expect(Object.isFrozen(mod.plan.routes)).toBe(true);
    expect(mod.default).toBe(mod.plan);
  });
});

describe("ToolHive's sibling authserver-config.yaml", () => {
  const { authServer, ...withoutAs } = parse(MODE_B);
  it('is read as authServer.runConfig, with positions in the sibling file', () => {
    const sub = mkdtempSync(join(dir, 'sib-'));
    const config = join(sub, 'vmcp.yaml');
    writeFileSync(config, stringify(withoutAs));
    const rc = { ...authServer.runConfig, issuer: 'http://localhost:9999' };
    writeFileSync(join(sub, 'authserver-config.yaml'), stringify(rc));
    const r = vmcp(['validate', '--format', 'json', config]);
    expect(r.code).toBe(1);
    const [d] = JSON.parse(r.stdout).diagnostics;
    expect(d).toMatchObject({ rule: 'V-04', file: join(sub, 'authserver-config.yaml'), line: 1, path: 'authServer.runConfig.issuer' });
    writeFileSync(join(sub, 'authserver-config.yaml'), stringify(authServer.runConfig));
    const ok = vmcp(['compile', config]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).mode).toBe('B');
  });
  it('both inline and sibling is an error', () => {
    const sub = mkdtempSync(join(dir, 'both-'));
    const config = join(sub, 'vmcp.yaml');
    writeFileSync(config, MODE_B);
    writeFileSync(join(sub, 'authserver-config.yaml'), stringify(authServer.runConfig));
    const r = vmcp(['validate', config]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error V-05: the auth server is configured twice');
  });
});
