/**
 * Live reload as runPlan does it: a new plan's backends and aggregation swapped in while an SDK client keeps
 * its session; unchanged backends keep their connections, calls in flight finish, removed backends are
 * closed, and what needs a restart (or a secret the new plan cannot read) leaves the running plan serving.
 */
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../runtime/log.js';
import { runPlan, type RunningPlan } from '../../runtime/run.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { planOf } from './helpers/plans.js';

const config = (backends: { name: string; url: string }[], extra: Record<string, unknown> = {}) =>
  planOf(
    JSON.stringify({
      name: 'reload',
      backends: backends.map((b) => ({ ...b, transport: 'streamable-http' })),
      incomingAuth: { type: 'anonymous' },
      aggregation: { conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}_' } },
      ...extra,
    }),
  );

describe('reloading a running plan', () => {
  let a: FixtureBackend;
  let b: FixtureBackend;
  let release: () => void = () => {};
  const slow = new Promise<void>((resolve) => (release = resolve));
  let server: RunningPlan;
  let client: Client;
  let listChanged = 0;

  beforeAll(async () => {
    a = await startFixtureBackend({ name: 'a', tools: [{ name: 'echo' }, { name: 'slow', run: async () => (await slow, { content: [{ type: 'text', text: 'slow done' }] }) }] });
    b = await startFixtureBackend({ name: 'b', tools: [{ name: 'echo' }] });
    server = await runPlan(config([{ name: 'a', url: a.url }]), { host: '127.0.0.1', port: 0, logger: silentLogger });
    client = new Client({ name: 'reload-test', version: '1' }, { listChanged: { tools: { autoRefresh: false, onChanged: () => void (listChanged += 1) } } });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)));
  });
  afterAll(async () => {
    release();
    await client?.close();
    await server?.close();
    await Promise.all([a?.close(), b?.close()]);
  });
  afterEach(() => release());

  const names = async () => (await client.listTools()).tools.map((t) => t.name).sort();
  const sessionsAt = (f: FixtureBackend) => new Set(f.seenHeaders.map((h) => h['mcp-session-id']).filter((s) => s !== undefined));

  it('adds a backend: the client is told, lists it, and keeps its session; the unchanged backend keeps its connection', async () => {
    // The tests run in any order: each starts from the plan it needs.
    await server.reload(config([{ name: 'a', url: a.url }]));
    expect(await names()).toEqual(['a_echo', 'a_slow']);
    const before = sessionsAt(a);
    const told = listChanged;
    const outcome = await server.reload(config([{ name: 'a', url: a.url }, { name: 'b', url: b.url }]));
    expect(outcome).toMatchObject({ status: 'applied', pool: { kept: ['a'], started: ['b'], retired: [] } });
    if (outcome.status !== 'applied') throw new Error('not applied');
    expect(outcome.changes.map((c) => `${c.op} ${c.area} ${c.item}`)).toEqual(['added backends b']);
    await vi.waitFor(() => expect(listChanged).toBeGreaterThan(told));
    expect(await names()).toEqual(['a_echo', 'a_slow', 'b_echo']);
    expect((await client.callTool({ name: 'a_echo', arguments: { n: 1 } })).content).toEqual([{ type: 'text', text: 'a:echo:{"n":1}' }]);
    expect(sessionsAt(a)).toEqual(before);
  });

  it('removes a backend while a call to it is in flight: the call finishes, then the backend is closed and gone from the list', async () => {
    await server.reload(config([{ name: 'a', url: a.url }, { name: 'b', url: b.url }]));
    const seen = a.seenHeaders.length;
    const inFlight = client.callTool({ name: 'a_slow', arguments: {} });
    // The call has reached the backend (the fixture holds it until release).
    await vi.waitFor(() => expect(a.seenHeaders.length).toBeGreaterThan(seen));
    const outcome = await server.reload(config([{ name: 'b', url: b.url }]));
    expect(outcome).toMatchObject({ status: 'applied', pool: { kept: ['b'], started: [], retired: ['a'] } });
    expect(await names()).toEqual(['b_echo']);
    expect(a.openSessions()).toBe(1);
    release();
    expect((await inFlight).content).toEqual([{ type: 'text', text: 'slow done' }]);
    // Retired once idle: its session ended with DELETE.
    await vi.waitFor(() => expect(a.openSessions()).toBe(0));
    await expect(client.callTool({ name: 'a_echo', arguments: {} })).rejects.toThrow(/unknown tool: a_echo/);
  });

  it('refuses what needs a restart (another name, another incoming auth) and keeps serving the running plan', async () => {
    const running = server.plan();
    const renamed = await server.reload(planOf(JSON.stringify({ name: 'other', incomingAuth: { type: 'local' } })));
    expect(renamed.status).toBe('restart_required');
    if (renamed.status !== 'restart_required') throw new Error('applied');
    expect(renamed.blocked.map((c) => `${c.area} ${c.field}`)).toEqual(expect.arrayContaining(['incomingAuth type', 'plan name']));
    expect(server.plan()).toBe(running);
    const listed = await names();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((n) => n.includes('_'))).toBe(true);
  });

  it('refuses a plan whose secrets cannot be read, naming the reference, and keeps serving', async () => {
    const running = server.plan();
    const outcome = await server.reload(
      config([{ name: 'b', url: b.url }], {
        outgoingAuth: { backends: { b: { type: 'header_injection', headerInjection: { headerName: 'X-Key', headerValueEnv: 'VMCP_RELOAD_TEST_MISSING' } } } },
      }),
    );
    expect(outcome).toMatchObject({ status: 'refused', message: expect.stringContaining('environment variable VMCP_RELOAD_TEST_MISSING') });
    expect(server.plan()).toBe(running);
  });

  it('a rotated secret, the plan unchanged: the backend is rebuilt and sends the new value', async () => {
    const withKey = config([{ name: 'b', url: b.url }], {
      outgoingAuth: { backends: { b: { type: 'header_injection', headerInjection: { headerName: 'X-Key', headerValueEnv: 'VMCP_RELOAD_TEST_KEY' } } } },
    });
    process.env.VMCP_RELOAD_TEST_KEY = 'first';
    try {
      expect((await server.reload(withKey)).status).toBe('applied');
      await client.callTool({ name: 'b_echo', arguments: {} });
      expect(b.seenHeaders.at(-1)!['x-key']).toBe('first');
      process.env.VMCP_RELOAD_TEST_KEY = 'second';
      const outcome = await server.reload(withKey);
      expect(outcome).toMatchObject({ status: 'applied', changes: [], pool: { started: ['b'], retired: ['b'] } });
      await client.callTool({ name: 'b_echo', arguments: {} });
      expect(b.seenHeaders.at(-1)!['x-key']).toBe('second');
    } finally {
      delete process.env.VMCP_RELOAD_TEST_KEY;
    }
  });
});

describe('what a reload may change', () => {
  it("the auth server's issuer or keys need a restart; backends, aggregation and operational settings do not", async () => {
    const { MODE_B } = await import('../helpers/compile.js');
    const { reloadChanges } = await import('../../runtime/reload.js');
    const before = planOf(MODE_B);
    const issuer = planOf(MODE_B.replaceAll('http://localhost:9090', 'http://localhost:9099'));
    expect(reloadChanges(before, issuer).blocked.map((c) => `${c.area} ${c.field}`)).toEqual(expect.arrayContaining(['incomingAuth oidc.issuer', 'authServer issuer']));
    const keys = planOf(MODE_B.replace('allowed_audiences:', 'signing_key_config: { key_dir: /keys, signing_key_file: k.pem }\n    allowed_audiences:'));
    expect(reloadChanges(before, keys).blocked.map((c) => `${c.area} ${c.field}`)).toEqual(['authServer signingKeys']);
    const backends = planOf(MODE_B.replace('http://127.0.0.1:9002/mcp', 'http://127.0.0.1:9003/mcp').replace('outgoingAuth:', 'operational: { timeouts: { default: 5s } }\noutgoingAuth:'));
    const { changes, blocked } = reloadChanges(before, backends);
    expect(changes.length).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
  });
});
