/** A backend's list_changed re-aggregates and reaches connected clients; long lists are paginated. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { backendsYaml, compileYaml, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

/** Waits until `check` holds (notifications arrive on their own streams). */
const until = (check: () => boolean): Promise<void> => vi.waitFor(() => expect(check()).toBe(true), { timeout: 5000, interval: 20 });

describe('list_changed and pagination', () => {
  let sessions: FixtureBackend;
  let modern: FixtureBackend;
  let gateway: Gateway;
  beforeAll(async () => {
    // Three tools in all: more than one page of 2, whether or not a list_changed test has added some.
    sessions = await startFixtureBackend({ name: 's', tools: [{ name: 'one' }, { name: 'two' }] });
    modern = await startFixtureBackend({ name: 'm', tools: [{ name: 'one' }], era: 'modern' });
    gateway = await startGateway(
      compileYaml(backendsYaml([{ name: 's', url: sessions.url }, { name: 'm', url: modern.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)),
      { pageSize: 2 },
    );
  });
  afterAll(async () => {
    await gateway.close();
    await sessions.close();
    await modern.close();
  });

  for (const era of ['legacy', 'modern'] as const) {
    it(`a ${era} client hears about a backend's new tool and sees it`, async () => {
      let latest: string[] = [];
      const client = new Client(
        { name: 't', version: '1' },
        {
          ...(era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {}),
          listChanged: { tools: { debounceMs: 0, onChanged: (_e, tools) => void (latest = (tools ?? []).map((t) => t.name)) } },
        },
      );
      await client.connect(new StreamableHTTPClientTransport(new URL(gateway.url)));
      const before = (await client.listTools()).tools.map((t) => t.name);
      const added = `added_${era}`;
      const backend = era === 'legacy' ? sessions : modern;
      backend.setTools([{ name: 'one' }, { name: added }]);
      const prefixed = `${era === 'legacy' ? 's' : 'm'}_${added}`;
      await until(() => latest.includes(prefixed));
      expect(before).not.toContain(prefixed);
      await client.close();
    });
  }

  it('walks pages of the aggregated list with opaque cursors, and refuses a stale cursor', async () => {
    const client = new Client({ name: 't', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(new URL(gateway.url)));
    const first = await client.request({ method: 'tools/list', params: {} });
    expect(first.tools).toHaveLength(2);
    expect(first.nextCursor).toBeTypeOf('string');
    const second = await client.listTools({ cursor: first.nextCursor! });
    expect(second.tools[0]?.name).not.toBe(first.tools[0]?.name);
    const all = await client.listTools();
    expect(all.tools.length).toBeGreaterThan(2);
    expect(new Set(all.tools.map((t) => t.name)).size).toBe(all.tools.length);
    await expect(client.listTools({ cursor: Buffer.from('0.999').toString('base64url') })).rejects.toThrow(/stale cursor/);
    await client.close();
  });
});

describe('resource subscriptions (2025 sessions)', () => {
  let backend: FixtureBackend;
  let gateway: Gateway;
  beforeAll(async () => {
    backend = await startFixtureBackend({ name: 'w', tools: [{ name: 'x' }], extras: true });
    gateway = await startGateway(compileYaml(backendsYaml([{ name: 'w', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)));
  });
  afterAll(async () => {
    await gateway.close();
    await backend.close();
  });

  it('subscribes once at the owning backend, delivers its updates to subscribers, and unsubscribes after the last', async () => {
    const uri = 'fixture://w/info';
    const updates: string[][] = [[], []];
    const clients = await Promise.all(
      [0, 1].map(async (i) => {
        const c = new Client({ name: `t${i}`, version: '1' });
        c.setNotificationHandler('notifications/resources/updated', (n) => void updates[i]!.push(n.params.uri));
        await c.connect(new StreamableHTTPClientTransport(new URL(gateway.url)));
        return c;
      }),
    );
    expect(clients[0]!.getServerCapabilities()?.resources?.subscribe).toBe(true);
    await clients[0]!.subscribeResource({ uri });
    await clients[1]!.subscribeResource({ uri });
    expect(backend.subscribed.has(uri)).toBe(true);
    backend.touch(uri);
    await until(() => updates[0]!.length === 1 && updates[1]!.length === 1);
    await clients[0]!.unsubscribeResource({ uri });
    expect(backend.subscribed.has(uri)).toBe(true);
    await clients[1]!.unsubscribeResource({ uri });
    await until(() => !backend.subscribed.has(uri));
    await expect(clients[0]!.subscribeResource({ uri: 'fixture://nowhere' })).rejects.toThrow(/resource not found/);
    await Promise.all(clients.map((c) => c.close()));
  });
});
