/**
 * Configs written in ToolHive's shape (corpus/: a file, or a folder with vmcp.yaml and ToolHive's sibling
 * authserver-config.yaml), each saying in its header what ToolHive does with it and what vmcp must:
 *   # toolhive: ...                         ToolHive's outcome (documentation; required)
 *   # env: NAME=value                       set for every command run on it
 *   # expect: ok | SEVERITY RULE PATH       exactly the diagnostics `vmcp validate --format json` gives
 *   # serve: starts [PATH] | refuses RULE PATH
 * `serve: refuses` runs `vmcp serve` and requires it to exit 1 with the message validate gave for that
 * diagnostic: validate foresees exactly what serve refuses. `serve: starts` requires it to listen (and answer
 * 200 at PATH when given), then exit 0 on SIGTERM. Expected `env` warnings are also run with --strict, where
 * they must be errors and the exit 1.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { vmcp } from '../helpers/cli.js';

const ROOT = 'test/toolhive-compat/corpus';

interface Case {
  name: string;
  file: string;
  toolhive: string;
  env: Record<string, string>;
  expect: string[];
  serve?: { starts: true; path?: string } | { starts: false; diagnostic: string };
}

function load(name: string): Case {
  const file = statSync(join(ROOT, name)).isDirectory() ? join(ROOT, name, 'vmcp.yaml') : join(ROOT, name);
  const header = readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('# '));
  const directive = (key: string) => header.filter((l) => l.startsWith(`# ${key}: `)).map((l) => l.slice(key.length + 4).trim());
  const env = Object.fromEntries(directive('env').map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const expected = directive('expect');
  const [serve] = directive('serve');
  const [toolhive] = directive('toolhive');
  if (toolhive === undefined || expected.length === 0) throw new Error(`${file} needs "# toolhive:" and "# expect:" lines`);
  let s: Case['serve'];
  if (serve?.startsWith('starts')) s = { starts: true, ...(serve.split(' ')[1] ? { path: serve.split(' ')[1]! } : {}) };
  else if (serve?.startsWith('refuses ')) s = { starts: false, diagnostic: serve.slice('refuses '.length) };
  return { name, file, toolhive, env, expect: expected[0] === 'ok' ? [] : expected, ...(s ? { serve: s } : {}) };
}

const cases = readdirSync(ROOT)
  .filter((n) => n.endsWith('.yaml') || statSync(join(ROOT, n)).isDirectory())
  .sort()
  .map(load);

interface JsonDiagnostic {
  severity: string;
  rule: string;
  path: string;
  message: string;
}

function validate(c: Case, strict = false): { code: number | null; ok: boolean; diagnostics: JsonDiagnostic[] } {
  const r = vmcp(['validate', '--format', 'json', ...(strict ? ['--strict'] : []), c.file], { env: c.env });
  const out = JSON.parse(r.stdout) as { ok: boolean; diagnostics: JsonDiagnostic[] };
  return { code: r.code, ...out };
}

const key = (d: JsonDiagnostic) => `${d.severity} ${d.rule} ${d.path}`;

/** bin/vmcp serve on an ephemeral loopback port: resolves once it listens (with its URL) or once it exits. */
function serve(c: Case): Promise<{ url?: string; stderr: () => string; exit: Promise<number | null>; stop: () => void }> {
  const child = spawn(process.execPath, ['bin/vmcp', 'serve', c.file, '--host', '127.0.0.1', '--port', '0'], {
    env: { ...process.env, ...c.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  void exit.then(() => clearTimeout(timer));
  const stop = () => child.kill('SIGTERM');
  return new Promise((resolve) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /^vmcp: serving .* on (http:\/\/\S+) /m.exec(err);
      if (m) resolve({ url: m[1]!, stderr: () => err, exit, stop });
    });
    void exit.then(() => resolve({ stderr: () => err, exit, stop }));
  });
}

beforeAll(() => {
  if (!existsSync('dist/bundle/main.js')) throw new Error('dist/ is missing: run npm run build');
});

describe('ToolHive-shaped configs: vmcp validate', () => {
  it('has a case for each form the issue names', () => {
    const names = cases.map((c) => c.name).join(' ');
    for (const form of ['telemetry-prometheus-only', 'telemetry-otlp', 'group-only', 'key-dir-alone', 'serve-private-issuer', 'env-secret-missing']) {
      expect(names).toContain(form);
    }
  });

  it.each(cases)('$name', (c) => {
    const r = validate(c);
    expect(r.diagnostics.map(key).sort()).toEqual([...c.expect].sort());
    const errors = c.expect.some((e) => e.startsWith('error '));
    expect(r.ok).toBe(!errors);
    expect(r.code).toBe(errors ? 1 : 0);
  });

  it.each(cases.filter((c) => c.expect.some((e) => e.startsWith('warning env '))))('$name --strict: env problems are errors', (c) => {
    const r = validate(c, true);
    expect(r.code).toBe(1);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map(key).sort()).toEqual(c.expect.map((e) => e.replace(/^warning env /, 'error env ')).sort());
  });
});

describe('start checks in the text output and in compile', () => {
  const byName = (n: string) => cases.find((c) => c.name === n)!;
  it('validate points at the key in the file that names what is missing', () => {
    const c = byName('env-secret-missing.yaml');
    const r = vmcp(['validate', c.file], { env: c.env });
    const line = readFileSync(c.file, 'utf8').split('\n').findIndex((l) => l.includes('headerValueEnv:')) + 1;
    expect(r.stderr).toMatch(new RegExp(`^${c.file}:${line}:\\d+: warning env: environment variable VMCP_COMPAT_UNSET_TOKEN: is not set; vmcp serve would not start$`, 'm'));
    expect(r.stderr).toContain(`${c.file}: ok (1 warning)`);
  });
  it('compile refuses what the config alone makes serve refuse, but not what the build machine lacks', () => {
    const refused = vmcp(['compile', byName('serve-private-issuer.yaml').file]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('error serve: incomingAuth.oidc.issuer');
    const compiled = vmcp(['compile', byName('env-secret-missing.yaml').file]);
    expect(compiled.code).toBe(0);
    expect(compiled.stderr).toBe('');
    expect(JSON.parse(compiled.stdout).backends[0].outgoingAuth.headerValue).toEqual({ env: 'VMCP_COMPAT_UNSET_TOKEN' });
  });
});

describe('ToolHive-shaped configs: vmcp serve refuses exactly what validate reported', () => {
  it.each(cases.filter((c) => c.serve))('$name', async (c) => {
    const s = await serve(c);
    if (c.serve!.starts) {
      expect(s.url, s.stderr()).toBeDefined();
      if (c.serve!.path) expect((await fetch(`${s.url}${c.serve!.path}`)).status).toBe(200);
      s.stop();
      expect(await s.exit).toBe(0);
      return;
    }
    expect(s.url, 'serve must not start').toBeUndefined();
    expect(await s.exit).toBe(1);
    const wanted = c.serve!.diagnostic;
    const d = validate(c).diagnostics.find((x) => `${x.rule} ${x.path}` === wanted);
    expect(d, `validate reports ${wanted}`).toBeDefined();
    // Both run the same start-up function, so serve's refusal carries validate's sentence.
    expect(s.stderr()).toContain(d!.message.replace(/; vmcp serve would not start$/, ''));
  });
});
