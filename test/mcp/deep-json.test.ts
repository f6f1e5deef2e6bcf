/**
 * Deeply nested request bodies, in process: the depth limit refuses them on every path before anything
 * parses them, and when a value with no JSON form does reach the backend layer (the limit raised), it is
 * the caller's error: the backend's health and circuit breaker, shared by every caller, do not move.
 * Thresholds are 1 here, so a single miscounted failure would show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/client';
import type { LoopbackBackend } from '../fixtures/listen.js';
import { startFixtureBackend, type FixtureBackend, type FixtureTool } from '../fixtures/mcp-backend.js';
import { startDeepBackend } from '../security/helpers/mcp-deep-backend.js';
import {
  connectSdkClient,
  DEEP_MARKER,
  deepArray,
  messageOf,
  openRawSession,
  postJsonRpc,
  rewritingFetch,
  type SdkClientOptions,
} from '../security/helpers/mcp-callers.js';
import { backendsYaml, compileYaml, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const STRICT = `operational:
  failureHandling:
    partialFailureMode: fail
    healthCheckInterval: 1h
    unhealthyThreshold: 1
    circuitBreaker:
      enabled: true
      failureThreshold: 1
      timeout: 1h
`;

const calls = { one: 0, two: 0 };
const counting = (name: 'one' | 'two'): FixtureTool => ({
  name: 'echo',
  run: (args) => {
    calls[name] += 1;
    return { content: [{ type: 'text', text: `${name}:${JSON.stringify(args).length}` }] };
  },
});

/** The ways a tools/call reaches vmcp: 2025 session (direct path), 2025 session via the SDK server, 2026 stateless. */
const PATHS: [string, SdkClientOptions][] = [
  ['2025 session, direct path', {}],
  ['2025 session, SDK server', { sampling: true }],
  ['2026-07-28 stateless', { era: 'modern' }],
];

let one: FixtureBackend;
let two: FixtureBackend;
beforeAll(async () => {
  one = await startFixtureBackend({ name: 'one', tools: [counting('one')] });
  two = await startFixtureBackend({ name: 'two', tools: [counting('two')], era: 'modern' });
});
afterAll(async () => {
  await one.close();
  await two.close();
});

async function strictGateway(options: Parameters<typeof startGateway>[1] = {}): Promise<Gateway> {
  const yaml = backendsYaml([{ name: 'one', url: one.url }, { name: 'two', url: two.url }], UNAUTHENTICATED + PREFIX_AGGREGATION + STRICT);
  return startGateway(compileYaml(yaml), options);
}

function expectUntouched(gateway: Gateway): void {
  for (const s of gateway.runtime.pool.status()) expect([s.name, s.state, s.circuit, s.lastError]).toEqual([s.name, 'healthy', 'closed', null]);
}

/** Calls one_echo with `{ x: <value> }`, `value` put in on the wire; the client and the answers it saw. */
async function deepCall(url: string, value: string, o: SdkClientOptions, tool = 'one_echo') {
  const f = rewritingFetch(value);
  const client = await connectSdkClient(url, { ...o, fetch: f });
  const outcome = await client.callTool({ name: tool, arguments: { x: DEEP_MARKER } }).then(
    (r) => ({ ok: true as const, r }),
    (e: unknown) => ({ ok: false as const, e }),
  );
  await client.close();
  return { outcome, answers: f.answers };
}

describe('the JSON depth limit', () => {
  let gateway: Gateway;
  beforeAll(async () => (gateway = await strictGateway()));
  afterAll(async () => gateway.close());

  for (const [path, o] of PATHS) {
    it(`${path}: 64 levels are served, 65 are refused with -32600 and the request's id`, async () => {
      // The envelope takes three levels (message, params, arguments).
      const atLimit = await deepCall(gateway.url, deepArray(61), o);
      expect(atLimit.outcome.ok).toBe(true);
      const over = await deepCall(gateway.url, deepArray(62), o);
      expect(over.outcome.ok).toBe(false);
      expect(over.answers).toHaveLength(1);
      const [answer] = over.answers;
      expect(answer!.status).toBe(400);
      expect(messageOf(answer!)).toEqual({
        jsonrpc: '2.0',
        id: answer!.sentId,
        error: { code: -32600, message: 'Invalid Request: the JSON body is nested deeper than 64 levels', data: { vmcpCode: 'VMCP_JSON_TOO_DEEP', maxDepth: 64 } },
      });
    });
  }

  it('refuses a deep initialize before a session exists for it', async () => {
    const before = gateway.runtime.sessionCount();
    const body = `{"jsonrpc":"2.0","id":"init-1","method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"x","version":"1","x":${deepArray(100_000)}}}}`;
    const answer = await postJsonRpc(gateway.url, {}, body);
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatchObject({ id: 'init-1', error: { code: -32600 } });
    expect(gateway.runtime.sessionCount()).toBe(before);
  });

  it('follows createMcpEndpoint({ maxJsonDepth })', async () => {
    const lenient = await strictGateway({ maxJsonDepth: 70 });
    try {
      expect((await deepCall(lenient.url, deepArray(67), {})).outcome.ok).toBe(true);
      const over = await deepCall(lenient.url, deepArray(68), {});
      expect(messageOf(over.answers[0]!).error?.data).toEqual({ vmcpCode: 'VMCP_JSON_TOO_DEEP', maxDepth: 70 });
    } finally {
      await lenient.close();
    }
  });

  it('the attack: 100,000 levels, 5 times on each path, never reaches a backend nor moves health or breaker; others are served', async () => {
    const before = { ...calls };
    const session = await openRawSession(gateway.url);
    for (let i = 0; i < 5; i++) {
      for (const [, o] of PATHS) {
        const { outcome, answers } = await deepCall(gateway.url, deepArray(100_000), o);
        expect(outcome.ok).toBe(false);
        expect([answers[0]!.status, messageOf(answers[0]!).error?.code]).toEqual([400, -32600]);
      }
      const raw = await postJsonRpc(gateway.url, session, `{"jsonrpc":"2.0","id":${i},"method":"tools/call","params":{"name":"one_echo","arguments":{"x":${deepArray(100_000)}}}}`);
      expect([raw.status, messageOf(raw).id, messageOf(raw).error?.code]).toEqual([400, i, -32600]);
    }
    expect(calls).toEqual(before);
    expectUntouched(gateway);
    const other: Client = await connectSdkClient(gateway.url);
    expect((await other.listTools()).tools.map((t) => t.name).sort()).toEqual(['one_echo', 'two_echo']);
    expect(await other.callTool({ name: 'two_echo', arguments: { x: 1 } })).toMatchObject({ content: [{ text: 'two:7' }] });
    await other.close();
  });
});

describe('a value with no JSON form that reaches the backend layer (depth limit raised)', () => {
  let gateway: Gateway;
  beforeAll(async () => (gateway = await strictGateway({ maxJsonDepth: 1_000_000 })));
  afterAll(async () => gateway.close());

  const cases: [string, string, SdkClientOptions, boolean][] = [
    ['2025 backend, direct POST', 'one_echo', {}, false],
    ['2025 backend, SDK client (progress requested)', 'one_echo', {}, true],
    ['2026-07-28 backend, SDK client', 'two_echo', { era: 'modern' }, false],
  ];
  for (const [name, tool, o, progress] of cases) {
    it(`${name}: -32602 for that caller, three times; health and breaker do not move`, async () => {
      for (let i = 0; i < 3; i++) {
        const f = rewritingFetch(deepArray(100_000));
        const client = await connectSdkClient(gateway.url, { ...o, fetch: f });
        const call = client.callTool({ name: tool, arguments: { x: DEEP_MARKER } }, progress ? { onprogress: () => {} } : undefined);
        await expect(call).rejects.toMatchObject({ code: -32602, data: { vmcpCode: 'VMCP_REQUEST_UNSERIALIZABLE' } });
        await client.close();
      }
      expectUntouched(gateway);
      const other = await connectSdkClient(gateway.url);
      expect(await other.callTool({ name: tool, arguments: {} })).toMatchObject({ content: [{ text: expect.stringMatching(/:2$/) }] });
      await other.close();
    });
  }
});

describe('a backend answering values nested too deeply to pass on', () => {
  let deep: LoopbackBackend;
  let gateway: Gateway;
  beforeAll(async () => {
    deep = await startDeepBackend(100_000);
    gateway = await startGateway(compileYaml(backendsYaml([{ name: 'deep', url: deep.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)));
  });
  afterAll(async () => {
    await gateway.close();
    await deep.close();
  });

  for (const [path, o] of PATHS) {
    it(`${path}: that call gets -32603, the deep log message is dropped, and the session goes on`, async () => {
      const client = await connectSdkClient(gateway.url, o);
      const logs: unknown[] = [];
      client.setNotificationHandler('notifications/message', (n) => void logs.push(n.params.data));
      try {
        await expect(client.callTool({ name: 'deep_deep_result', arguments: {} })).rejects.toMatchObject({ code: -32603 });
        expect(await client.callTool({ name: 'deep_deep_log', arguments: {} })).toMatchObject({ content: [{ text: 'logged' }] });
        // 2026-07-28 requests get logs only at a level their envelope asks for; 2025 sessions get them all.
        expect(logs).toEqual(o.era === 'modern' ? [] : ['shallow']);
        expect(await client.callTool({ name: 'deep_plain', arguments: {} })).toMatchObject({ content: [{ text: 'plain' }] });
      } finally {
        await client.close();
      }
    });
  }
});
