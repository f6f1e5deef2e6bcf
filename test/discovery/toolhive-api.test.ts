/**
 * ToolHive's dynamic mode on a workstation: a config with groupRef and no backends serves the group's running
 * workloads, read from a test server that follows ToolHive's API description (test/fixtures/toolhive-api.ts),
 * with real MCP backends behind it and an SDK client in front. Changes reach the client as list_changed;
 * an API that goes away keeps the last backends; an empty or unknown group is a warning and a /status entry.
 */
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../runtime/log.js';
import { runPlan, type RunningPlan } from '../../runtime/run.js';
import { backendsOf } from '../../runtime/discovery/workload-backends.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { startToolhiveApi, workload, type ToolhiveApi } from '../fixtures/toolhive-api.js';
import { planOf } from '../runtime/helpers/plans.js';

const discovering = (api: string, group: string, extra: Record<string, unknown> = {}) =>
  planOf(
    JSON.stringify({
      name: 'thv',
      groupRef: group,
      incomingAuth: { type: 'anonymous' },
      discovery: { toolhiveApi: { url: api }, pollInterval: '100ms' },
      aggregation: { conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}_' } },
      ...extra,
    }),
  );

/** Log lines as objects, for the warnings the tests expect. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: createLogger('info', (l) => void lines.push(JSON.parse(l) as Record<string, unknown>)), warned: (re: RegExp) => lines.some((l) => l.level === 'warn' && re.test(String(l.msg))) };
}

const statusOf = async (server: RunningPlan) => (await (await fetch(`${server.url}/status`)).json()) as { backends: { name: string }[]; discovery: Record<string, unknown> };

describe('discovery from ToolHive\'s API: a group whose workloads come and go', () => {
  let api: ToolhiveApi;
  let github: FixtureBackend;
  let fetcher: FixtureBackend;
  let notes: FixtureBackend;
  let server: RunningPlan;
  let client: Client;
  let listChanged = 0;
  const log = capturedLogger();

  beforeAll(async () => {
    api = await startToolhiveApi();
    github = await startFixtureBackend({ name: 'github', tools: [{ name: 'issues' }] });
    fetcher = await startFixtureBackend({ name: 'fetch', tools: [{ name: 'get' }], era: 'sse' });
    notes = await startFixtureBackend({ name: 'notes', tools: [{ name: 'add' }] });
    startingGroups();
    server = await runPlan(discovering(api.url, 'team'), { host: '127.0.0.1', port: 0, logger: log.logger });
    client = new Client({ name: 'discovery-test', version: '1' }, { listChanged: { tools: { autoRefresh: false, onChanged: () => void (listChanged += 1) } } });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)));
  });
  afterAll(async () => {
    await client?.close();
    await server?.close();
    await Promise.all([api?.close(), github?.close(), fetcher?.close(), notes?.close()]);
  });
  /** The groups each test starts from (the tests run in any order, and some change them). */
  function startingGroups(): void {
    api.groups.set('team', [
      workload('github', github.url, 'team'),
      // A stdio server ToolHive proxies over SSE: proxy_mode says how to reach it.
      workload('fetch', fetcher.url, 'team', { transport_type: 'stdio', proxy_mode: 'sse' }),
      workload('old', 'http://127.0.0.1:9/mcp', 'team', { status: 'stopped' }),
    ]);
    api.groups.set('other', [workload('notes', notes.url, 'other')]);
  }
  beforeEach(async () => {
    startingGroups();
    await server.reload(discovering(api.url, 'team'));
    await vi.waitFor(() => expect(server.plan().backends.map((b) => b.name).sort()).toEqual(['fetch', 'github']), { timeout: 5000 });
  });

  const names = async () => (await client.listTools()).tools.map((t) => t.name).sort();

  it('serves the running workloads of the group from the start, over the transport ToolHive reports, and no other group\'s', async () => {
    expect(await names()).toEqual(['fetch_get', 'github_issues']);
    expect(server.plan().backends.map((b) => [b.name, b.transport, b.metadata.group])).toEqual([
      ['fetch', 'sse', 'team'],
      ['github', 'streamable-http', 'team'],
    ]);
    expect((await client.callTool({ name: 'github_issues', arguments: { n: 1 } })).content).toEqual([{ type: 'text', text: 'github:issues:{"n":1}' }]);
    const status = await statusOf(server);
    expect(status.discovery).toMatchObject({ source: 'toolhive_api', url: api.url, group: 'team', state: 'ok', message: null, backends: ['fetch', 'github'] });
  });

  it('a workload added to the group, then removed: the connected client is told each time and sees the change', async () => {
    const told = listChanged;
    api.groups.get('team')!.push(workload('notes', notes.url, 'team'));
    await vi.waitFor(() => expect(listChanged).toBeGreaterThan(told), { timeout: 5000 });
    expect(await names()).toEqual(['fetch_get', 'github_issues', 'notes_add']);
    expect((await client.callTool({ name: 'notes_add', arguments: {} })).content).toEqual([{ type: 'text', text: 'notes:add:{}' }]);

    const again = listChanged;
    api.groups.set('team', api.groups.get('team')!.filter((w) => w.name !== 'github'));
    await vi.waitFor(() => expect(listChanged).toBeGreaterThan(again), { timeout: 5000 });
    expect(await names()).toEqual(['fetch_get', 'notes_add']);
    await expect(client.callTool({ name: 'github_issues', arguments: {} })).rejects.toThrow(/unknown tool: github_issues/);
    expect(log.lines.some((l) => l.msg === 'discovery: backends changed' && l.backendsRetired === 'github')).toBe(true);
  });

  it('the API goes away: the last backends go on serving, with a warning and /status saying so; it comes back: ok again', async () => {
    const before = await names();
    await api.stop();
    await vi.waitFor(async () => expect((await statusOf(server)).discovery.state).toBe('unreachable'), { timeout: 5000 });
    expect(log.warned(/ToolHive's API at .* cannot be reached: .*backends found last go on serving/)).toBe(true);
    expect(await names()).toEqual(before);
    expect((await client.callTool({ name: 'fetch_get', arguments: {} })).content).toEqual([{ type: 'text', text: 'fetch:get:{}' }]);
    expect((await statusOf(server)).discovery.message).toMatch(/go on serving/);

    await api.start();
    await vi.waitFor(async () => expect((await statusOf(server)).discovery).toMatchObject({ state: 'ok', message: null }), { timeout: 5000 });
    expect(await names()).toEqual(before);
  });

  it('an edited config reloads with the discovered backends kept (they are not in the file)', async () => {
    const before = await names();
    const outcome = await server.reload(discovering(api.url, 'team', { aggregation: { conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}.' } } }));
    expect(outcome).toMatchObject({ status: 'applied', pool: { started: [], retired: [] } });
    expect(await names()).toEqual(before.map((n) => n.replace('_', '.')));
  });
});

describe('discovery that finds nothing is never a silent empty server', () => {
  let api: ToolhiveApi;
  beforeAll(async () => {
    api = await startToolhiveApi();
    api.groups.set('empty', [workload('down', 'http://127.0.0.1:9/mcp', 'empty', { status: 'error' })]);
  });
  afterAll(() => api?.close());

  it('an empty group: a warning naming the group, and /status says there is nothing', async () => {
    const log = capturedLogger();
    const server = await runPlan(discovering(api.url, 'empty'), { host: '127.0.0.1', port: 0, logger: log.logger });
    try {
      expect(log.warned(/group "empty" has no running workload/)).toBe(true);
      const status = await statusOf(server);
      expect(status.backends).toEqual([]);
      expect(status.discovery).toMatchObject({ state: 'empty', group: 'empty', backends: [] });
      expect(String(status.discovery.message)).toMatch(/no backends are served/);
    } finally {
      await server.close();
    }
  });

  it('an unknown group (404 from ToolHive): a warning and /status say the group does not exist', async () => {
    const log = capturedLogger();
    const server = await runPlan(discovering(api.url, 'nope'), { host: '127.0.0.1', port: 0, logger: log.logger });
    try {
      expect(log.warned(/ToolHive has no group "nope"/)).toBe(true);
      expect((await statusOf(server)).discovery).toMatchObject({ state: 'group_not_found', group: 'nope', backends: [] });
    } finally {
      await server.close();
    }
  });

  it('an API that is not there at start: vmcp serves, warns, and picks the workloads up once it answers', async () => {
    const later = await startToolhiveApi();
    const backend = await startFixtureBackend({ name: 'late', tools: [{ name: 'hi' }] });
    later.groups.set('g', [workload('late', backend.url, 'g')]);
    await later.stop();
    const log = capturedLogger();
    const server = await runPlan(discovering(later.url, 'g'), { host: '127.0.0.1', port: 0, logger: log.logger });
    try {
      expect(log.warned(/cannot be reached/)).toBe(true);
      expect((await statusOf(server)).discovery).toMatchObject({ state: 'unreachable', backends: [] });
      await later.start();
      await vi.waitFor(() => expect(server.plan().backends.map((b) => b.name)).toEqual(['late']), { timeout: 5000 });
      expect((await statusOf(server)).discovery).toMatchObject({ state: 'ok', backends: ['late'] });
    } finally {
      await server.close();
      await Promise.all([later.close(), backend.close()]);
    }
  });
});

describe('a workload as a backend (ToolHive\'s GetWorkloadAsVMCPBackend)', () => {
  const plan = discovering('http://127.0.0.1:8080', 'team', {
    outgoingAuth: { default: { type: 'header_injection', headerInjection: { headerName: 'X-Key', headerValueEnv: 'KEY' } }, backends: { open: { type: 'unauthenticated' } } },
    operational: { timeouts: { default: '20s', perWorkload: { open: '3s' } } },
  });
  const w = (name: string, extra: Record<string, unknown> = {}) => ({ name, url: `http://127.0.0.1:1/${name}`, status: 'running', proxyMode: '', transportType: 'streamable-http', ...extra });

  it('takes the workload\'s own auth and timeout entries, else the defaults', () => {
    const { backends } = backendsOf([w('open'), w('other')], plan.discovery!, 'team');
    expect(backends.map((b) => [b.name, b.outgoingAuth.type, b.timeoutMs])).toEqual([
      ['open', 'unauthenticated', 3000],
      ['other', 'header_injection', 20000],
    ]);
  });

  it('skips what cannot be reached: not running, no url, a transport vmcp does not speak over HTTP', () => {
    const { backends, skipped } = backendsOf(
      [w('a', { status: 'stopped' }), w('b', { url: '' }), w('c', { transportType: 'stdio' }), w('d', { proxyMode: 'sse', transportType: 'stdio' })],
      plan.discovery!,
      'team',
    );
    expect(backends.map((b) => [b.name, b.transport])).toEqual([['d', 'sse']]);
    expect(skipped.map((s) => `${s.name}: ${s.reason}`)).toEqual(['a: status stopped', 'b: no url', 'c: transport stdio (vmcp reaches workloads over sse or streamable-http)']);
  });
});

describe('vmcp validate and explain on a config that discovers its backends (bin/vmcp, after npm run build)', () => {
  const run = async (args: string[]) => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    return promisify(execFile)(process.execPath, ['bin/vmcp', ...args]).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
  };
  it('validate passes; explain says the backends are the group\'s workloads, found at run time', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'vmcp-disc-')), 'vmcp.yaml');
    writeFileSync(file, 'name: thv\ngroupRef: team\nincomingAuth: { type: anonymous }\ndiscovery: { pollInterval: 5s }\n');
    expect(await run(['validate', file])).toMatchObject({ code: 0, out: expect.stringContaining(': ok') });
    const explained = await run(['explain', file]);
    expect(explained.code).toBe(0);
    expect(explained.out).toContain('backends: discovered from group team at run time');
    expect(explained.out).toContain('GET http://127.0.0.1:8080/api/v1beta/workloads?group=team');
  });
});
