/**
 * Direct calls on 2025 sessions (direct-call.ts) answer exactly what the SDK server answers, on the same
 * wire. Each request is sent twice on one session: plain (a direct call) and with a progress token, which
 * only the SDK server serves; the answers must be the same, as JSON since nothing comes before them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { backendsYaml, compileYaml, connectClient, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const text = (r: { content?: unknown }) => ((r.content as { text: string }[])[0]!).text;
const BASE = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

describe('direct calls on 2025 sessions', () => {
  let backend: FixtureBackend;
  let gateway: Gateway;
  let session: Record<string, string>;
  beforeAll(async () => {
    backend = await startFixtureBackend({
      name: 'a',
      extras: true,
      tools: [{ name: 'echo' }, { name: 'fails', run: () => { throw new Error('tool broke'); } }],
    });
    gateway = await startGateway(compileYaml(backendsYaml([{ name: 'a', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)));
    const init = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };
    const opened = await request(gateway.url, { method: 'POST', headers: BASE, body: JSON.stringify(init) });
    await opened.body.dump();
    session = { ...BASE, 'mcp-session-id': String(opened.headers['mcp-session-id']), 'mcp-protocol-version': '2025-11-25' };
    await (await post({ jsonrpc: '2.0', method: 'notifications/initialized' })).body.dump();
  });
  afterAll(async () => {
    await gateway.close();
    await backend.close();
  });

  /** An initialized 2025-11-25 session at `url`: the headers its requests carry. */
  async function openSession(url: string): Promise<Record<string, string>> {
    const init = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };
    const opened = await request(url, { method: 'POST', headers: BASE, body: JSON.stringify(init) });
    await opened.body.dump();
    const headers = { ...BASE, 'mcp-session-id': String(opened.headers['mcp-session-id']), 'mcp-protocol-version': '2025-11-25' };
    await (await request(url, { method: 'POST', headers, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) })).body.dump();
    return headers;
  }

  const post = (body: unknown, headers: Record<string, string> = session) => request(gateway.url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

  /** The answer to a request in a JSON body or an SSE stream, with the content type it came in. */
  async function ask(method: string, params: Record<string, unknown>): Promise<{ type: string; message: unknown }> {
    const res = await post({ jsonrpc: '2.0', id: 9, method, params });
    const text = await res.body.text();
    const type = String(res.headers['content-type']);
    const messages = type.startsWith('text/event-stream')
      ? text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as { id?: unknown })
      : [JSON.parse(text) as { id?: unknown }];
    return { type: type.split(';')[0]!, message: messages.find((m) => m.id === 9) };
  }

  const cases: [string, string, Record<string, unknown>][] = [
    ['a tool result', 'tools/call', { name: 'a_echo', arguments: { x: [1, 'two'] } }],
    ['a failing tool (isError result)', 'tools/call', { name: 'a_fails', arguments: {} }],
    ['an unknown tool', 'tools/call', { name: 'nope', arguments: {} }],
    ['a prompt', 'prompts/get', { name: 'a_greet' }],
    ['an unknown prompt', 'prompts/get', { name: 'nope' }],
    ['a resource', 'resources/read', { uri: 'fixture://a/info' }],
    ['an unknown resource (-32002 goes out as -32602 in 2025)', 'resources/read', { uri: 'fixture://nowhere' }],
  ];
  for (const [what, method, params] of cases) {
    it(`${what}: the same message as the SDK server's`, async () => {
      const direct = await ask(method, params);
      const sdk = await ask(method, { ...params, _meta: { progressToken: 'p' } });
      expect([direct.type, sdk.type]).toEqual(['application/json', 'application/json']);
      expect(direct.message).toEqual(sdk.message);
    });
  }

  it('lists: the same bytes as the SDK server answers, page by page, and the same refusal of a stale cursor', async () => {
    const small = await startGateway(compileYaml(backendsYaml([{ name: 'a', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)), { pageSize: 1 });
    try {
      const headers = await openSession(small.url);
      const raw = async (method: string, params?: Record<string, unknown>) => {
        const res = await request(small.url, { method: 'POST', headers, body: JSON.stringify({ jsonrpc: '2.0', id: 'l', method, ...(params ? { params } : {}) }) });
        return { type: String(res.headers['content-type']), text: await res.body.text() };
      };
      for (const method of ['tools/list', 'prompts/list', 'resources/list', 'resources/templates/list']) {
        let cursor: string | undefined;
        let pages = 0;
        do {
          const direct = await raw(method, cursor === undefined ? undefined : { cursor });
          // Twice: the second answer comes from the page encoded for the first.
          expect(await raw(method, cursor === undefined ? undefined : { cursor })).toEqual(direct);
          const sdk = await raw(method, { ...(cursor === undefined ? {} : { cursor }), _meta: { progressToken: 'p' } });
          expect(direct).toEqual(sdk);
          expect(direct.type).toBe('application/json');
          cursor = (JSON.parse(direct.text) as { result: { nextCursor?: string } }).result.nextCursor;
          pages += 1;
        } while (cursor !== undefined);
        expect(pages).toBe(method === 'tools/list' ? 2 : 1);
      }
      const stale = Buffer.from('1.7').toString('base64url');
      const refused = await raw('tools/list', { cursor: stale });
      expect(refused).toEqual(await raw('tools/list', { cursor: stale, _meta: { progressToken: 'p' } }));
      expect(JSON.parse(refused.text)).toMatchObject({ id: 'l', error: { code: -32602 } });
    } finally {
      await small.close();
    }
  });

  it('keeps concurrent calls apart: each answer reaches the request that asked, on one backend session', async () => {
    const asks = Array.from({ length: 40 }, (_, n) => post({ jsonrpc: '2.0', id: 100 + n, method: 'tools/call', params: { name: 'a_echo', arguments: { n } } }));
    const answers = await Promise.all(asks.map(async (r) => (await r).body.json() as Promise<{ id: number; result: { content: { text: string }[] } }>));
    expect(answers.map((a) => [a.id, a.result.content[0]!.text])).toEqual(Array.from({ length: 40 }, (_, n) => [100 + n, `a:echo:{"n":${n}}`]));
  });

  it("refuses as the SDK transport does: Accept, protocol version, body; params as the SDK server does", async () => {
    const call = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'a_echo' } };
    const accept = await post(call, { ...session, accept: 'application/json' });
    expect(accept.statusCode).toBe(406);
    await accept.body.dump();
    const version = await post(call, { ...session, 'mcp-protocol-version': '1999-01-01' });
    expect(version.statusCode).toBe(400);
    await version.body.dump();
    const garbage = await post('{nope');
    expect(garbage.statusCode).toBe(400);
    expect(JSON.stringify(await garbage.body.json())).toContain('-32700');
    const noName = await ask('tools/call', { arguments: {} });
    expect(noName.message).toMatchObject({ error: { code: -32602 } });
  });
});

describe('a backend that forgot its session', () => {
  it('gets the call again on a new session, and the client sees only the result', async () => {
    const backend = await startFixtureBackend({ name: 'r', tools: [{ name: 'echo' }] });
    const gateway = await startGateway(compileYaml(backendsYaml([{ name: 'r', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)));
    const client = await connectClient(gateway.url);
    try {
      expect(text(await client.callTool({ name: 'r_echo', arguments: { n: 1 } }))).toBe('r:echo:{"n":1}');
      const before = new Set(backend.seenHeaders.map((h) => h['mcp-session-id']));
      backend.dropSessions();
      const results = await Promise.all([2, 3, 4].map((n) => client.callTool({ name: 'r_echo', arguments: { n } })));
      expect(results.map(text)).toEqual([2, 3, 4].map((n) => `r:echo:{"n":${n}}`));
      const last = backend.seenHeaders.at(-1)!['mcp-session-id'];
      expect(before.has(last)).toBe(false);
      expect(gateway.runtime.pool.status()[0]?.state).toBe('healthy');
    } finally {
      await client.close();
      await gateway.close();
      await backend.close();
    }
  });
});
