/**
 * `vmcp serve` reloading its config as users change it: an edit that adds a backend (the connected client is
 * told and lists it), an edit that breaks the file (the running plan goes on, the log says why), one that
 * needs a restart (said, not applied), and SIGHUP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';

const dir = mkdtempSync(join(tmpdir(), 'vmcp-reload-'));
const file = join(dir, 'vmcp.yaml');
const config = (name: string, backends: FixtureBackend[]) =>
  `name: ${name}\nincomingAuth: { type: anonymous }\nbackends:\n${backends.map((b, i) => `  - { name: b${i}, url: "${b.url}", transport: streamable-http }\n`).join('')}`;

/** As editors save: a new file renamed over the old one. */
function save(text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

// The steps of one server's life, each starting where the last left it: not shuffled.
describe('vmcp serve reloads its config', { shuffle: false }, () => {
  let one: FixtureBackend;
  let two: FixtureBackend;
  let child: ChildProcess;
  let log = '';
  let client: Client;
  let told = 0;

  beforeAll(async () => {
    if (!existsSync('dist/bundle/main.js')) throw new Error('dist/ is missing: run npm run build (npm test does)');
    [one, two] = await Promise.all([startFixtureBackend({ name: 'one', tools: [{ name: 'echo' }] }), startFixtureBackend({ name: 'two', tools: [{ name: 'echo' }] })]);
    save(config('reload', [one]));
    child = spawn(process.execPath, ['bin/vmcp', 'serve', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    await vi.waitFor(() => expect(log).toMatch(/vmcp: serving reload on (\S+)/), { timeout: 10_000 });
    const url = /vmcp: serving reload on (\S+)/.exec(log)![1]!;
    client = new Client({ name: 'reload-cli', version: '1' }, { listChanged: { tools: { autoRefresh: false, onChanged: () => void (told += 1) } } });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
  });
  afterAll(async () => {
    await client?.close();
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await Promise.all([one?.close(), two?.close()]);
  });

  const names = async () => (await client.listTools()).tools.map((t) => t.name).sort();
  const lines = (from: number) =>
    log
      .slice(from)
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  /** What every reload ends with: one of these lines. */
  const OUTCOMES = [
    'reloaded',
    'reload: nothing changed',
    'reload refused: the config has errors; the running plan goes on',
    'reload needs a restart: these changes cannot be applied while serving; the running plan goes on',
    'reload refused; the running plan goes on',
  ];
  /** Does `act` (an edit, a signal), waits for the reload it causes, and gives the log lines it wrote. */
  async function reloadBy(act: () => void): Promise<Record<string, unknown>[]> {
    const from = log.length;
    act();
    await vi.waitFor(() => expect(lines(from).filter((l) => OUTCOMES.includes(String(l.msg)))).toHaveLength(1), { timeout: 10_000 });
    return lines(from);
  }
  const base = () => config('reload', [one, two]);

  it('an edit that adds a backend is applied: the log says what changed, the client is told and lists it', async () => {
    const before = told;
    const written = await reloadBy(() => save(base()));
    expect(written.find((l) => l.msg === 'reloaded')).toMatchObject({ level: 'info', changes: 1, backendsKept: 'b0', backendsStarted: 'b1', backendsRetired: '' });
    expect(written.filter((l) => l.msg === 'plan change').map((l) => l.change)).toEqual([expect.stringMatching(/^backends: \+ b1/)]);
    await vi.waitFor(() => expect(told).toBeGreaterThan(before));
    expect(await names()).toEqual(['b0_echo', 'b1_echo']);
  });

  it('an edit that breaks the file is refused with its diagnostics; the running plan goes on', async () => {
    const written = await reloadBy(() => save(base().replace('transport: streamable-http', 'transport: streamable_http')));
    expect(written.filter((l) => l.msg === 'config diagnostic').map((l) => l.diagnostic)).toEqual([
      expect.stringContaining('error schema: backends[0].transport must be one of: streamable-http, sse, stdio'),
    ]);
    expect(await names()).toEqual(['b0_echo', 'b1_echo']);
    expect((await reloadBy(() => save(base()))).map((l) => l.msg)).toContain('reload: nothing changed');
  });

  it('an edit that needs a restart is said, change by change, and not applied', async () => {
    const written = await reloadBy(() => save(config('renamed', [one, two])));
    expect(written.find((l) => OUTCOMES.includes(String(l.msg)))).toMatchObject({ level: 'warn', msg: OUTCOMES[3] });
    expect(written.filter((l) => l.msg === 'plan change').map((l) => l.change)).toEqual(['plan: ~ name: reload -> renamed', 'telemetry: ~ serviceName: reload -> renamed']);
    expect(await names()).toEqual(['b0_echo', 'b1_echo']);
    expect((await reloadBy(() => save(base()))).map((l) => l.msg)).toContain('reload: nothing changed');
  });

  it('SIGHUP reloads though the file did not change', async () => {
    const written = await reloadBy(() => child.kill('SIGHUP'));
    expect(written.map((l) => l.msg)).toEqual(['reloading', 'reload: nothing changed']);
    expect(child.exitCode).toBeNull();
  });
});
