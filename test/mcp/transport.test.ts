/**
 * The endpoint at HTTP level: protocol versions, sessions and their owners, DNS-rebinding guard, paths; and
 * a session's own transport (session-transport.ts) where it answers without the SDK transport's help
 * (DELETE, the GET stream, other methods, batches, refusals), with that transport's status and words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { messageOf, openRawSession, postJsonRpc } from '../security/helpers/mcp-callers.js';
import { backendsYaml, compileYaml, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const alice = { subject: 'alice', claims: { iss: 'https://idp' }, token: null, upstreamTokens: null };
const bob = { subject: 'bob', claims: { iss: 'https://idp' }, token: null, upstreamTokens: null };

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify(body),
  });
}
const CALL = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'a_echo', arguments: { id } } });
const init = (version: string) => ({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: version, capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
});

/** The JSON-RPC message in a JSON or single-event SSE body. */
async function message(body: { text(): Promise<string> }): Promise<Record<string, unknown>> {
  const text = await body.text();
  const data = text.startsWith('{') ? text : text.split('\n').find((l) => l.startsWith('data: '))!.slice(6);
  return JSON.parse(data) as Record<string, unknown>;
}

describe('MCP endpoint over HTTP', () => {
  let backend: FixtureBackend;
  let gateway: Gateway;
  beforeAll(async () => {
    backend = await startFixtureBackend({ name: 'a', tools: [{ name: 'echo' }] });
    gateway = await startGateway(compileYaml(backendsYaml([{ name: 'a', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)));
  });
  afterAll(async () => {
    await gateway.close();
    await backend.close();
  });

  for (const version of ['2025-06-18', '2025-11-25']) {
    it(`serves ${version} with a session`, async () => {
      const res = await post(gateway.url, init(version));
      expect(res.statusCode).toBe(200);
      expect(res.headers['mcp-session-id']).toMatch(/^[0-9a-f-]{36}$/);
      const msg = await message(res.body);
      expect((msg.result as { protocolVersion: string }).protocolVersion).toBe(version);
    });
  }

  it('refuses a request without a session that is not initialize, and an unknown session', async () => {
    const res = await post(gateway.url, { jsonrpc: '2.0', id: 2, method: 'tools/list' });
    expect(res.statusCode).toBe(400);
    await res.body.dump();
    const unknown = await post(gateway.url, { jsonrpc: '2.0', id: 2, method: 'tools/list' }, { 'mcp-session-id': 'nope', 'mcp-protocol-version': '2025-11-25' });
    expect(unknown.statusCode).toBe(404);
    await unknown.body.dump();
  });

  it('a session answers only the caller who opened it', async () => {
    gateway.identity = alice;
    const opened = await post(gateway.url, init('2025-11-25'));
    const sid = opened.headers['mcp-session-id'] as string;
    await opened.body.dump();
    const headers = { 'mcp-session-id': sid, 'mcp-protocol-version': '2025-11-25' };
    await (await post(gateway.url, { jsonrpc: '2.0', method: 'notifications/initialized' }, headers)).body.dump();
    const own = await post(gateway.url, { jsonrpc: '2.0', id: 3, method: 'tools/list' }, headers);
    expect(own.statusCode).toBe(200);
    expect(JSON.stringify(await message(own.body))).toContain('a_echo');
    gateway.identity = bob;
    const other = await post(gateway.url, { jsonrpc: '2.0', id: 4, method: 'tools/list' }, headers);
    expect(other.statusCode).toBe(404);
    await other.body.dump();
    gateway.identity = null;
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin with 403', async () => {
    const host = await post(gateway.url, init('2025-11-25'), { host: 'evil.example:80' });
    expect(host.statusCode).toBe(403);
    await host.body.dump();
    const origin = await post(gateway.url, init('2025-11-25'), { origin: 'http://evil.example' });
    expect(origin.statusCode).toBe(403);
    await origin.body.dump();
    const local = await post(gateway.url, init('2025-11-25'), { origin: 'http://localhost:6274' });
    expect(local.statusCode).toBe(200);
    await local.body.dump();
  });

  it('answers 404 on other paths under the catch-all, and 400 on a body that is not JSON', async () => {
    const other = await post(gateway.url.replace(/\/mcp$/, '/mcp/other'), init('2025-11-25'));
    expect(other.statusCode).toBe(404);
    await other.body.dump();
    const garbage = await request(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: '{nope' });
    expect(garbage.statusCode).toBe(400);
    expect(JSON.stringify(await garbage.body.json())).toContain('-32700');
  });

  it('ends a session on DELETE: it is gone from the table and its id gets 404', async () => {
    const session = await openRawSession(gateway.url);
    const before = gateway.runtime.sessionCount();
    const deleted = await fetch(gateway.url, { method: 'DELETE', headers: session });
    expect(deleted.status).toBe(200);
    await deleted.text();
    expect(gateway.runtime.sessionCount()).toBe(before - 1);
    const after = await postJsonRpc(gateway.url, session, JSON.stringify(CALL(1)));
    expect([after.status, messageOf(after).error?.code]).toEqual([404, -32001]);
  });

  it('keeps one GET stream per session, and refuses a GET that does not accept SSE', async () => {
    const session = await openRawSession(gateway.url);
    const wrong = await fetch(gateway.url, { headers: { ...session, accept: 'application/json' } });
    expect([wrong.status, ((await wrong.json()) as { error: { message: string } }).error.message]).toEqual([406, 'Not Acceptable: Client must accept text/event-stream']);
    const stream = new AbortController();
    const first = await fetch(gateway.url, { headers: { ...session, accept: 'text/event-stream' }, signal: stream.signal });
    expect([first.status, first.headers.get('content-type'), first.headers.get('mcp-session-id')]).toEqual([200, 'text/event-stream', session['mcp-session-id']]);
    const second = await fetch(gateway.url, { headers: { ...session, accept: 'text/event-stream' } });
    expect([second.status, ((await second.json()) as { error: { message: string } }).error.message]).toEqual([409, 'Conflict: Only one SSE stream is allowed per session']);
    stream.abort();
  });

  it('answers methods it does not serve with 405 and Allow', async () => {
    const session = await openRawSession(gateway.url);
    const put = await fetch(gateway.url, { method: 'PUT', headers: session });
    expect([put.status, put.headers.get('allow'), ((await put.json()) as { error: { code: number } }).error.code]).toEqual([405, 'GET, POST, DELETE', -32000]);
  });

  it('answers a batch with one JSON array once every request in it is answered', async () => {
    const session = await openRawSession(gateway.url);
    const answer = await postJsonRpc(gateway.url, session, JSON.stringify([CALL(1), { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 99 } }, CALL(2)]));
    expect(answer.status).toBe(200);
    const messages = (JSON.parse(answer.body) as { id: number; result: { content: { text: string }[] } }[]).map((m) => [m.id, m.result.content[0]!.text]);
    expect(messages.sort()).toEqual([
      [1, 'a:echo:{"id":1}'],
      [2, 'a:echo:{"id":2}'],
    ]);
  });

  it('refuses a second initialize, a message that is not JSON-RPC, and an unknown protocol version', async () => {
    const session = await openRawSession(gateway.url);
    const init = { jsonrpc: '2.0', id: 5, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'x', version: '1' } } };
    const again = await postJsonRpc(gateway.url, session, JSON.stringify(init));
    expect([again.status, messageOf(again).error]).toEqual([400, { code: -32600, message: 'Invalid Request: Server already initialized' }]);
    const notRpc = await postJsonRpc(gateway.url, session, '{"hello":"world"}');
    expect([notRpc.status, messageOf(notRpc).error]).toEqual([400, { code: -32700, message: 'Parse error: Invalid JSON-RPC message' }]);
    const version = await postJsonRpc(gateway.url, { ...session, 'mcp-protocol-version': '1999-01-01' }, JSON.stringify(CALL(3)));
    expect([version.status, messageOf(version).error?.message]).toEqual([400, expect.stringMatching(/^Bad Request: Unsupported protocol version: 1999-01-01 \(supported versions: .*2025-11-25/)]);
  });
});

describe("a session's SDK server, made only when a request needs it", () => {
  let backend: FixtureBackend;
  let gateway: Gateway;
  beforeAll(async () => {
    backend = await startFixtureBackend({ name: 'a', tools: [{ name: 'echo' }] });
    gateway = await startGateway(compileYaml(backendsYaml([{ name: 'a', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)));
  });
  afterAll(async () => {
    await gateway.close();
    await backend.close();
  });
  const answer = async (res: Awaited<ReturnType<typeof post>>) => [res.statusCode, res.headers['content-type'], await res.body.text()];

  it("answers initialize in the SDK server's words whether or not that server exists yet, and tells a server made later", async () => {
    // The first session of a version is answered by its SDK server; the next by what that server said.
    const first = await post(gateway.url, init('2025-06-18'));
    const second = await post(gateway.url, init('2025-06-18'));
    expect(await answer(second)).toEqual(await answer(first));
    // A version the server does not speak is negotiated by the SDK server every time, and never remembered.
    for (let i = 0; i < 2; i++) {
      const odd = await message((await post(gateway.url, init('2024-01-01'))).body);
      expect((odd.result as { protocolVersion: string }).protocolVersion).toBe('2025-11-25');
    }
    // A request only the SDK server serves makes one for the second session; it was told the session's initialize.
    const session = { 'mcp-session-id': String(second.headers['mcp-session-id']), 'mcp-protocol-version': '2025-06-18' };
    const ping = await post(gateway.url, { jsonrpc: '2.0', id: 7, method: 'ping' }, session);
    expect(await ping.body.text()).toBe('{"result":{},"jsonrpc":"2.0","id":7}');
    const call = await message((await post(gateway.url, CALL(8), session)).body);
    expect(call).toMatchObject({ id: 8, result: { content: [{ text: 'a:echo:{"id":8}' }] } });
  });
});
