/**
 * `vmcp serve` as users run it: bin/vmcp (the built CLI; `npm test` builds first) in a child process.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureBackend } from '../fixtures/mcp-backend.js';
import { connectClient } from '../mcp/harness.js';
import { call, type Answer } from './helpers/http.js';

const BIN = 'bin/vmcp';
const dir = mkdtempSync(join(tmpdir(), 'vmcp-serve-'));
const children: ChildProcess[] = [];

const CONFIG = `
name: cli-test
groupRef: g
backends:
  - { name: one, url: "http://127.0.0.1:9/mcp", transport: streamable-http }
  - { name: two, url: "http://127.0.0.1:10/mcp", transport: streamable-http }
incomingAuth:
  type: oidc
  oidc: { issuer: "https://idp.example", audience: vmcp, resource: "https://vmcp.example/mcp", scopes: [openid] }
`;

interface Serving {
  child: ChildProcess;
  url: string;
  line: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function serve(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Serving> {
  const child = spawn(process.execPath, [BIN, 'serve', file, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let err = '';
  const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /^vmcp: serving .* on (http:\/\/\S+) .*$/m.exec(err);
      if (m) resolve({ child, url: m[1]!, line: m[0], stderr: () => err, exit });
    });
    void exit.then((code) => reject(new Error(`vmcp serve exited ${code}: ${err}`)));
  });
}

beforeAll(() => {
  if (!existsSync('dist/bundle/main.js')) throw new Error('dist/ is missing: run npm run build (npm test does)');
  writeFileSync(join(dir, 'vmcp.yaml'), CONFIG);
  const compiled = spawnSync(process.execPath, [BIN, 'compile', join(dir, 'vmcp.yaml'), '-o', join(dir, 'plan.json')]);
  expect(compiled.status).toBe(0);
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('vmcp serve', () => {
  it('says the URL, the mode and the number of backends; YAML and plan JSON give the same server', async () => {
    const fromYaml = await serve(join(dir, 'vmcp.yaml'));
    const fromPlan = await serve(join(dir, 'plan.json'));
    expect(fromYaml.line).toMatch(/^vmcp: serving cli-test on http:\/\/127\.0\.0\.1:\d+ \(mode A, 2 backends\)$/);
    expect(fromPlan.line.replace(/:\d+ /, ' ')).toBe(fromYaml.line.replace(/:\d+ /, ' '));
    for (const path of ['/health', '/readyz', '/status', '/api/backends/health', '/.well-known/oauth-protected-resource/mcp', '/.well-known/x', '/mcp']) {
      const [a, b] = await Promise.all([fromYaml, fromPlan].map((s) => call(`${s.url}${path}`, { headers: { host: 'vmcp.test' } })));
      const strip = (x: Answer) => ({ ...x, headers: { ...x.headers, date: undefined } });
      expect(strip(a!)).toEqual(strip(b!));
    }
    fromYaml.child.kill('SIGTERM');
    fromPlan.child.kill('SIGINT');
    expect(await fromYaml.exit).toBe(0);
    expect(await fromPlan.exit).toBe(0);
  });

  it('exits 0 promptly on SIGTERM with an SDK client connected (its GET stream does not hold the drain)', async () => {
    const backend = await startFixtureBackend({ name: 'up', tools: [{ name: 'echo' }] });
    try {
      const file = join(dir, 'anonymous.yaml');
      writeFileSync(file, `name: cli-test\ngroupRef: g\nbackends:\n  - { name: up, url: "${backend.url}", transport: streamable-http }\nincomingAuth: { type: anonymous }\n`);
      const served = await serve(file);
      const client = await connectClient(`${served.url}/mcp`);
      client.onerror = () => {}; // its reconnect attempts fail once vmcp is gone, as they should
      expect((await client.listTools()).tools).toHaveLength(1);
      const t = performance.now();
      served.child.kill('SIGTERM');
      expect(await served.exit).toBe(0);
      // A guard far below the 10 s drain limit the GET stream used to hold it to, not a measurement.
      expect(performance.now() - t).toBeLessThan(3000);
      await client.close();
    } finally {
      await backend.close();
    }
  });

  it('exits 1 with the same diagnostics as validate when the config has errors', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: bad\nincomingAuth: { type: oidc }\noutgoingAuth: { source: inline, default: { type: upstream_inject } }\n');
    const served = spawnSync(process.execPath, [BIN, 'serve', bad, '--port', '0'], { encoding: 'utf8' });
    const validated = spawnSync(process.execPath, [BIN, 'validate', bad], { encoding: 'utf8' });
    expect(served.status).toBe(1);
    expect(validated.status).toBe(1);
    expect(served.stderr).toBe(validated.stderr);
    expect(served.stderr).toMatch(/error V-/);
  });

  it('exits 1 naming a missing secret reference, before listening', () => {
    const file = join(dir, 'secret.yaml');
    writeFileSync(
      file,
      `${CONFIG}outgoingAuth:\n  source: inline\n  default: { type: header_injection, headerInjection: { headerName: X-Key, headerValueEnv: VMCP_CLI_TEST_UNSET } }\n`,
    );
    const env = { ...process.env };
    delete env.VMCP_CLI_TEST_UNSET;
    const r = spawnSync(process.execPath, [BIN, 'serve', file, '--port', '0'], { encoding: 'utf8', env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('environment variable VMCP_CLI_TEST_UNSET: is not set');
    expect(r.stderr).not.toContain('serving');
  });

  it('exits 1 on a JSON file that is not a plan, and 2 on bad usage', () => {
    const file = join(dir, 'not-plan.json');
    writeFileSync(file, '{"planVersion": 1}');
    const r = spawnSync(process.execPath, [BIN, 'serve', file, '--port', '0'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not a valid vmcp plan');
    expect(spawnSync(process.execPath, [BIN, 'serve'], { encoding: 'utf8' }).status).toBe(2);
    expect(spawnSync(process.execPath, [BIN, 'serve', file, '--port', 'x'], { encoding: 'utf8' }).status).toBe(2);
  });
});

describe('vmcp serve with a stdio backend', () => {
  it('starts its program, serves its tools, and on SIGTERM stops it before exiting: no process left behind', async () => {
    const everything = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/dist/index.js');
    const file = join(dir, 'stdio.yaml');
    writeFileSync(file, `
name: stdio-cli
incomingAuth: { type: anonymous }
backends:
  - { name: ev, transport: stdio, command: ${JSON.stringify(process.execPath)}, args: [${JSON.stringify(everything)}, stdio] }
`);
    const s = await serve(file);
    expect(s.line).toMatch(/\(mode A, 1 backend\)$/);
    const client = await connectClient(`${s.url}/mcp`);
    const result = await client.callTool({ name: 'ev_echo', arguments: { message: 'from the CLI' } });
    expect((result.content as { text: string }[])[0]!.text).toBe('Echo: from the CLI');
    await client.close();
    const programs = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(s.child.pid)], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((l) => l.includes(everything))
      .map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(programs).toHaveLength(1);
    s.child.kill('SIGTERM');
    expect(await s.exit).toBe(0);
    expect(() => process.kill(programs[0]!, 0)).toThrow(/ESRCH/);
  }, 20_000);
});
