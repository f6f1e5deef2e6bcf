/**
 * Attack (issue 9, finding 3): a tools/call whose arguments nest 100,000 levels deep (200 KB) made vmcp's
 * own JSON.stringify throw; that counted as a backend failure, so three such calls marked the backend
 * unhealthy for every user (with partialFailureMode: fail, every tools/list then failed) or opened its
 * circuit breaker. Against a real `vmcp serve` and real backends, on every path a request takes (a 2025
 * session's direct path, a 2025 session served by the SDK server, a 2026-07-28 stateless request), the
 * attack is sent 5 times: each is refused with a JSON-RPC -32600 for that request alone, the backend never
 * sees it, stays healthy, and other callers are served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureBackend, type FixtureBackend, type FixtureTool } from '../fixtures/mcp-backend.js';
import {
  connectSdkClient,
  DEEP_MARKER,
  deepArray,
  messageOf,
  openRawSession,
  postJsonRpc,
  rewritingFetch,
  type SdkClientOptions,
} from './helpers/mcp-callers.js';
import { serveVmcp, type Served } from './helpers/mcp-serve.js';

const ATTACK = deepArray(100_000);
const TOO_DEEP = { code: -32600, message: 'Invalid Request: the JSON body is nested deeper than 64 levels', data: { vmcpCode: 'VMCP_JSON_TOO_DEEP', maxDepth: 64 } };

let served = 0;
const echo: FixtureTool = {
  name: 'echo',
  run: (args) => {
    served += 1;
    return { content: [{ type: 'text', text: `echo:${JSON.stringify(args)}` }] };
  },
};

// Thresholds of 1: a single miscounted failure would show. Health checks are an hour apart, so none
// repairs the state between the attack and the assertions.
const SETUPS: [string, string][] = [
  [
    'partialFailureMode: fail',
    `  failureHandling:
    partialFailureMode: fail
    healthCheckInterval: 1h
    unhealthyThreshold: 1
`,
  ],
  [
    'circuit breaker enabled',
    `  failureHandling:
    partialFailureMode: best_effort
    healthCheckInterval: 1h
    unhealthyThreshold: 100
    circuitBreaker:
      enabled: true
      failureThreshold: 1
      timeout: 1h
`,
  ],
];

let legacyBackend: FixtureBackend;
let modernBackend: FixtureBackend;
beforeAll(async () => {
  legacyBackend = await startFixtureBackend({ name: 'one', tools: [echo] });
  modernBackend = await startFixtureBackend({ name: 'two', tools: [echo], era: 'modern' });
});
afterAll(async () => {
  await legacyBackend.close();
  await modernBackend.close();
});

for (const [setup, failureHandling] of SETUPS) {
  describe(`deep JSON against vmcp serve (${setup})`, () => {
    let vmcp: Served;
    let mcp: string;
    let servedBefore = 0;
    beforeAll(async () => {
      servedBefore = served;
      vmcp = await serveVmcp(`name: attack
groupRef: g
backends:
  - { name: one, url: "${legacyBackend.url}", transport: streamable-http }
  - { name: two, url: "${modernBackend.url}", transport: streamable-http }
incomingAuth: { type: anonymous }
outgoingAuth: { source: inline, default: { type: unauthenticated } }
aggregation: { conflictResolution: prefix, conflictResolutionConfig: { prefixFormat: "{workload}_" } }
operational:
${failureHandling}`);
      mcp = `${vmcp.url}/mcp`;
    });
    afterAll(async () => vmcp.close());

    it('2025 session, direct path: 5 attacks, each refused 400 / -32600 with its own id', async () => {
      const session = await openRawSession(mcp);
      for (let i = 0; i < 5; i++) {
        const body = `{"jsonrpc":"2.0","id":"attack-${i}","method":"tools/call","params":{"name":"one_echo","arguments":{"x":${ATTACK}}}}`;
        const answer = await postJsonRpc(mcp, session, body);
        expect(answer.status).toBe(400);
        expect(messageOf(answer)).toEqual({ jsonrpc: '2.0', id: `attack-${i}`, error: TOO_DEEP });
      }
    });

    const sdkPaths: [string, SdkClientOptions, string][] = [
      ['2025 session served by the SDK server (client declares sampling)', { sampling: true }, 'one_echo'],
      ['2026-07-28 stateless request', { era: 'modern' }, 'two_echo'],
    ];
    for (const [path, options, tool] of sdkPaths) {
      it(`${path}: 5 attacks from the official SDK client, each refused 400 / -32600 with its own id`, async () => {
        const f = rewritingFetch(ATTACK);
        const client = await connectSdkClient(mcp, { ...options, fetch: f });
        for (let i = 0; i < 5; i++) await expect(client.callTool({ name: tool, arguments: { x: DEEP_MARKER } })).rejects.toThrow(/nested deeper than 64 levels/);
        await client.close();
        expect(f.answers).toHaveLength(5);
        for (const a of f.answers) expect([a.status, messageOf(a)]).toEqual([400, { jsonrpc: '2.0', id: a.sentId, error: TOO_DEEP }]);
      });
    }

    it('afterwards: no backend saw an attack, both are healthy, and another caller lists and calls on both eras', async () => {
      expect(served).toBe(servedBefore);
      const health = (await (await fetch(`${vmcp.url}/api/backends/health`)).json()) as Record<string, unknown>;
      expect(health).toEqual({ monitoring_enabled: true, summary: { total: 2, healthy: 2, degraded: 0, unhealthy: 0, unknown: 0 }, backends: { one: 'healthy', two: 'healthy' } });
      expect(((await (await fetch(`${vmcp.url}/status`)).json()) as { healthy: boolean }).healthy).toBe(true);
      for (const era of ['legacy', 'modern'] as const) {
        const other = await connectSdkClient(mcp, { era });
        expect((await other.listTools()).tools.map((t) => t.name).sort()).toEqual(['one_echo', 'two_echo']);
        // A closed breaker lets both calls through; an open one would refuse them.
        expect(await other.callTool({ name: 'one_echo', arguments: { x: 1 } })).toMatchObject({ content: [{ text: 'echo:{"x":1}' }] });
        expect(await other.callTool({ name: 'two_echo', arguments: { x: 2 } })).toMatchObject({ content: [{ text: 'echo:{"x":2}' }] });
        await other.close();
      }
      expect(served).toBe(servedBefore + 4);
    });
  });
}
