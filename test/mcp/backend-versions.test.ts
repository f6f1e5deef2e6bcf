/**
 * What vmcp speaks to a 2025 backend: the calling client's version, so that a client never waits for a
 * protocol feature it did not ask for (the priming event of 2025-11-25 answers), and the era it learnt
 * from a first connection, so that the next callers' connections do not probe a backend known to speak
 * 2025. The backend is a real SDK server; raw HTTP clients say exactly which version they speak.
 */
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import type { Identity } from '../../runtime/contract.js';
import { upstreamInject } from '../../runtime/outgoing/upstream-inject.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { backendsYaml, compileYaml, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const BASE = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

/** An initialized session of a client at `version`: the headers its requests carry. */
async function openSession(url: string, version: string, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const init = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: version, capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };
  const opened = await request(url, { method: 'POST', headers: { ...BASE, ...extra }, body: JSON.stringify(init) });
  await opened.body.dump();
  const headers = { ...BASE, ...extra, 'mcp-session-id': String(opened.headers['mcp-session-id']), 'mcp-protocol-version': version };
  await (await request(url, { method: 'POST', headers, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) })).body.dump();
  return headers;
}

/** The text of a tools/call result (the SDK server's path when `viaSdk`: a progress token makes it take the call). */
async function callTool(url: string, headers: Record<string, string>, name: string, viaSdk = false): Promise<string> {
  const params = { name, arguments: {}, ...(viaSdk ? { _meta: { progressToken: 'p' } } : {}) };
  const res = await request(url, { method: 'POST', headers, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params }) });
  const text = await res.body.text();
  const json = text.startsWith('{') ? text : text.split('\n').find((l) => l.startsWith('data: {'))!.slice(6);
  return (JSON.parse(json) as { result: { content: { text: string }[] } }).result.content[0]!.text;
}

describe('the version vmcp speaks to a 2025 backend', () => {
  let backend: FixtureBackend;
  let gateway: Gateway;
  beforeAll(async () => {
    backend = await startFixtureBackend({
      name: 'v',
      tools: [{ name: 'version', run: (_args, headers) => ({ content: [{ type: 'text', text: String(headers['mcp-protocol-version']) }] }) }],
    });
    gateway = await startGateway(compileYaml(backendsYaml([{ name: 'v', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)));
  });
  afterAll(async () => {
    await gateway.close();
    await backend.close();
  });

  it("is the calling client's: a 2025-06-18 client's calls go on a 2025-06-18 session, a 2025-11-25 client's on a 2025-11-25 one", async () => {
    const older = await openSession(gateway.url, '2025-06-18');
    const newer = await openSession(gateway.url, '2025-11-25');
    for (const viaSdk of [false, true]) {
      expect(await callTool(gateway.url, older, 'v_version', viaSdk)).toBe('2025-06-18');
      expect(await callTool(gateway.url, newer, 'v_version', viaSdk)).toBe('2025-11-25');
    }
    // Two backend sessions in all, one per version, however many clients and calls.
    const again = await openSession(gateway.url, '2025-06-18');
    expect(await callTool(gateway.url, again, 'v_version')).toBe('2025-06-18');
    const sessions = new Set(backend.seenHeaders.map((h) => h['mcp-session-id']).filter((s) => s !== undefined));
    expect(sessions.size).toBe(2);
  });
});

describe('the era vmcp learnt of a backend', () => {
  it("spares the next callers' connections the server/discover probe a 2025 backend refuses", async () => {
    const backend = await startFixtureBackend({ name: 'gh', tools: [{ name: 'whoami', run: (_args, headers) => ({ content: [{ type: 'text', text: String(headers.authorization) }] }) }] });
    const plan = compileYaml(backendsYaml([{ name: 'gh', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION));
    // Credentials per caller: each user gets a backend connection of their own.
    const gateway = await startGateway(plan, { strategies: new Map([['gh', upstreamInject('github')]]) });
    const identityOf = (user: string): Identity => ({
      subject: user,
      claims: { iss: 'https://idp.example' },
      token: `vmcp-token-of-${user}`,
      upstreamTokens: { github: { accessToken: `gh-${user}`, tokenType: 'Bearer', expiresAt: null, scope: null } },
    });
    gateway.identity = (req: IncomingMessage) => identityOf(String(req.headers['x-test-user']));
    try {
      for (const user of ['alice', 'bob', 'carol']) {
        const headers = await openSession(gateway.url, '2025-11-25', { 'x-test-user': user });
        expect(await callTool(gateway.url, headers, 'gh_whoami')).toBe(`Bearer gh-${user}`);
      }
      const probes = backend.seenHeaders.filter((h) => h['mcp-method'] === 'server/discover');
      const initializes = new Set(backend.seenHeaders.map((h) => h['mcp-session-id']).filter((s) => s !== undefined));
      expect([probes.length, initializes.size]).toEqual([1, 3]);
    } finally {
      await gateway.close();
      await backend.close();
    }
  });
});
