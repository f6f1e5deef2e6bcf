/** The MCP runtime's part of shutdown: drain() ends sessions' GET streams and refuses new ones, and serves the rest. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { openGetStream, openSession } from '../runtime/helpers/raw-session.js';
import { backendsYaml, compileYaml, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

describe('McpRuntime.drain()', () => {
  let backend: FixtureBackend;
  let gateway: Gateway;
  beforeAll(async () => {
    backend = await startFixtureBackend({ name: 'up', tools: [{ name: 'echo' }] });
  });
  afterAll(() => backend.close());
  // drain() is one-way: each test gets its own gateway.
  beforeEach(async () => {
    gateway = await startGateway(compileYaml(backendsYaml([{ name: 'up', url: backend.url }], UNAUTHENTICATED)));
  });
  afterEach(() => gateway.close());

  it('ends 2026-07-28 subscriptions/listen streams properly, after their acknowledgement', async () => {
    const meta = { 'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '1' }, 'io.modelcontextprotocol/clientCapabilities': {} };
    const listen = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-method': 'subscriptions/listen', 'mcp-protocol-version': '2026-07-28' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 'l1', method: 'subscriptions/listen', params: { notifications: { toolsListChanged: true }, _meta: meta } }),
    });
    expect([listen.status, listen.headers.get('content-type')]).toEqual([200, 'text/event-stream']);
    const reader = listen.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('notifications/subscriptions/acknowledged')) text += (await reader.read()).value ?? '';
    gateway.runtime.drain();
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += r.value;
    expect(text).toContain('"toolsListChanged":true');
  });

  it('ends open GET streams properly, answers a new GET 503 with Retry-After, and still serves requests', async () => {
    const session = await openSession(gateway.url);
    const stream = await openGetStream(gateway.url, session);
    gateway.runtime.drain();
    expect(await stream.end).toBe('ended');

    const again = await fetch(gateway.url, { headers: { accept: 'text/event-stream', ...session } });
    expect([again.status, again.headers.get('retry-after'), ((await again.json()) as { error: { code: number } }).error.code]).toEqual([503, '1', -32000]);

    const call = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...session },
      body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'up_echo', arguments: { a: 1 } } }),
    });
    expect(call.status).toBe(200);
    expect(((await call.json()) as { result: { content: { text: string }[] } }).result.content[0]!.text).toBe('up:echo:{"a":1}');
  });
});
