/** The endpoint at HTTP level: protocol versions, sessions and their owners, DNS-rebinding guard, paths. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
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
});
