/**
 * stdio backends: @modelcontextprotocol/server-everything run by vmcp as `stdio`, behind the real MCP
 * endpoint, reached by the official SDK client. Its environment (a value written in the config, one read
 * from vmcp's environment), its stderr in the log, a crash and the restart, and no process left behind.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Client } from '@modelcontextprotocol/client';
import { createLogger } from '../../runtime/log.js';
import { resolveSecrets } from '../../runtime/secrets.js';
import { compileYaml, connectClient, PREFIX_AGGREGATION, startGateway, type Gateway } from './harness.js';

const EVERYTHING = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/dist/index.js');
const TOKEN = `token-${Math.random().toString(36).slice(2)}`;

const yaml = (command = process.execPath) => `
name: stdio
incomingAuth: { type: anonymous }
backends:
  - name: ev
    transport: stdio
    command: ${JSON.stringify(command)}
    args: [${JSON.stringify(EVERYTHING)}, stdio]
    env:
      GREETING: written-in-the-config
      API_TOKEN: { valueEnv: STDIO_TEST_TOKEN }
${PREFIX_AGGREGATION}`;

/** The gateway on that config, its secrets read as serve reads them (the config file and the environment). */
async function start(text: string, lines: string[] = []): Promise<Gateway> {
  const plan = compileYaml(text);
  const secrets = resolveSecrets(plan, { env: { STDIO_TEST_TOKEN: TOKEN }, readFile: (p) => (p === 'test.yaml' ? text : '') });
  return startGateway(plan, { secrets, logger: createLogger('debug', (l) => lines.push(l)) });
}

/** This process's children running server-everything (runPlan runs in-process here). */
function everythingChildren(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l.includes(EVERYTHING))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const text = (r: Awaited<ReturnType<Client['callTool']>>) => (r.content as { text: string }[])[0]!.text;

describe('a stdio backend', () => {
  let gateway: Gateway;
  let client: Client;
  const lines: string[] = [];
  beforeAll(async () => {
    gateway = await start(yaml(), lines);
    client = await connectClient(gateway.url);
  });
  afterAll(async () => {
    await client?.close();
    await gateway?.close();
  });

  it('is started once, and its tools are listed and called through vmcp', async () => {
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['ev_echo', 'ev_get-env']));
    expect(text(await client.callTool({ name: 'ev_echo', arguments: { message: 'over stdio' } }))).toBe('Echo: over stdio');
    expect(everythingChildren()).toHaveLength(1);
  });

  it('gets the environment the config gives it: a written value, one read from vmcp\'s environment, and only safe variables of vmcp\'s own', async () => {
    const env = JSON.parse(text(await client.callTool({ name: 'ev_get-env', arguments: {} }))) as Record<string, string>;
    expect(env.GREETING).toBe('written-in-the-config');
    expect(env.API_TOKEN).toBe(TOKEN);
    expect(env.PATH).toBe(process.env.PATH);
    // vmcp's own environment is not passed on wholesale (the SDK inherits only HOME, PATH, SHELL, ...).
    expect(env.STDIO_TEST_TOKEN).toBeUndefined();
    expect(env.VITEST).toBeUndefined();
  });

  it('has its stderr in the log at debug, line by line', () => {
    const logged = lines.map((l) => JSON.parse(l) as Record<string, string>).filter((l) => l.msg === 'backend stderr');
    expect(logged).toContainEqual(expect.objectContaining({ level: 'debug', backend: 'ev', line: 'Starting default (STDIO) server...' }));
  });

  it('is started again when it dies, without waiting for a caller, and answers as before', async () => {
    const [first] = everythingChildren();
    process.kill(first!, 'SIGKILL');
    await vi.waitFor(() => expect(lines.some((l) => l.includes('"msg":"stdio backend exited"'))).toBe(true));
    // The first exit is restarted at once, by the backend itself (no call needed).
    await vi.waitFor(() => expect(everythingChildren().filter((pid) => pid !== first)).toHaveLength(1), { timeout: 10_000 });
    expect(alive(first!)).toBe(false);
    expect(text(await client.callTool({ name: 'ev_echo', arguments: { message: 'again' } }))).toBe('Echo: again');
  });
});

describe('stopping vmcp stops its stdio backends', () => {
  it('leaves no process behind', async () => {
    const gateway = await start(yaml());
    const client = await connectClient(gateway.url);
    expect(text(await client.callTool({ name: 'ev_echo', arguments: { message: 'x' } }))).toBe('Echo: x');
    const pids = everythingChildren();
    expect(pids).toHaveLength(1);
    await client.close();
    await gateway.close();
    expect(pids.filter(alive)).toEqual([]);
    expect(everythingChildren()).toEqual([]);
  }, 15_000);
});

describe('a stdio backend whose program cannot start', () => {
  it('is reported unavailable, naming the backend, and the gateway keeps serving', async () => {
    const gateway = await start(yaml('/nonexistent/vmcp-test-program'));
    const client = await connectClient(gateway.url);
    try {
      await expect(client.listTools()).rejects.toThrow(/backend "ev": cannot start its program "\/nonexistent\/vmcp-test-program": no such program/);
      const status = gateway.runtime.pool.status();
      expect(status).toEqual([expect.objectContaining({ name: 'ev', transport: 'stdio', url: null, state: expect.stringMatching(/degraded|unhealthy/) })]);
      // The gateway itself still answers.
      expect((await client.ping()) ?? {}).toEqual({});
    } finally {
      await client.close();
      await gateway.close();
    }
  });
});

describe('a stdio backend whose program keeps exiting', () => {
  it('is started again only after a doubling delay; a request that cannot wait that long is refused at once, saying when', async () => {
    const starts = join(mkdtempSync(join(tmpdir(), 'vmcp-stdio-')), 'starts');
    const crashing = `
name: stdio
incomingAuth: { type: anonymous }
operational: { timeouts: { default: 1500ms } }
backends:
  - name: ev
    transport: stdio
    command: ${JSON.stringify(process.execPath)}
    args: ["-e", ${JSON.stringify(`require('fs').appendFileSync(${JSON.stringify(starts)}, Date.now() + '\\n'); process.exit(3)`)}]
`;
    const gateway = await start(crashing);
    try {
      // The gateway's start was the first try (its exit is restarted at once); then 0.5 s, 1 s, 2 s.
      const ev = gateway.runtime.pool.backend('ev')!;
      const attempts: string[] = [];
      while (attempts.length < 6 && !attempts.at(-1)?.includes('starts again')) attempts.push(await ev.fetchCatalog(null).then(() => 'listed', (e: Error) => e.message));
      expect(attempts.slice(0, -1).every((m) => m === 'backend "ev" is unavailable (Connection closed)')).toBe(true);
      // Refused once the wait (2 s) is longer than the request may take (1.5 s), without starting it.
      expect(attempts.at(-1)).toBe('backend "ev": its program exited and starts again in 2 s');
      const times = readFileSync(starts, 'utf8').trim().split('\n').map(Number);
      expect(times).toHaveLength(attempts.length);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(gaps[0]).toBeLessThan(400);
      expect(gaps[1]).toBeGreaterThanOrEqual(450);
      expect(gaps[2]).toBeGreaterThanOrEqual(950);
    } finally {
      await gateway.close();
    }
  });
});
