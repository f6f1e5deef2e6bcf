/**
 * A backend's health and circuit breaker are shared by every caller, so only the backend's own failures
 * may move them: not one caller's missing upstream token, refused token exchange, credentials that are no
 * valid header, or credentials the backend refuses for that caller alone. Thresholds are 1, so a single
 * miscounted failure would show; the last test shows that a real backend failure still counts.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { Identity, UpstreamToken } from '../../runtime/contract.js';
import { BackendPool } from '../../runtime/backends/pool.js';
import { upstreamInject } from '../../runtime/outgoing/upstream-inject.js';
import { resolveSecrets } from '../../runtime/secrets.js';
import { startConformanceBackend } from '../fixtures/conformance-backend.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { startSts, type Sts } from '../fixtures/sts.js';
import { backendsYaml, compileYaml, connectClient, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const github = (accessToken: string): Record<string, UpstreamToken> => ({ github: { accessToken, tokenType: 'Bearer', expiresAt: null, scope: null } });
const user = (subject: string, upstreamTokens: Identity['upstreamTokens'] = null): Identity => ({
  subject,
  claims: { iss: 'https://idp.example' },
  token: `incoming-${subject}`,
  upstreamTokens,
});

/** In front of a real backend: 401 to one user's upstream token, 500 to another's, the rest passed through. */
async function refusingProxy(target: string): Promise<{ url: string; server: Server }> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const auth = req.headers.authorization;
    if (auth === 'Bearer gh-revoked') return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid_token"}');
    if (auth === 'Bearer gh-crash') return void res.writeHead(500).end();
    const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`, server };
}

describe("only the backend's own failures count toward health and the circuit breaker", () => {
  let guarded: FixtureBackend;
  let exchanged: FixtureBackend;
  let proxy: { url: string; server: Server };
  let sts: Sts;
  let gateway: Gateway;

  beforeAll(async () => {
    guarded = await startFixtureBackend({ name: 'guarded', tools: [{ name: 'echo' }] });
    exchanged = await startFixtureBackend({ name: 'exchanged', tools: [{ name: 'echo' }] });
    proxy = await refusingProxy(guarded.url);
    sts = await startSts({ clientId: 'vmcp', clientSecret: 's3cret', reject: ['incoming-mallory'] });
  });
  // A gateway per test: each starts with fresh health and circuits, whatever ran before it.
  beforeEach(async () => {
    const yaml = backendsYaml(
      [
        { name: 'guarded', url: proxy.url },
        { name: 'exchanged', url: exchanged.url },
      ],
      `outgoingAuth:
  source: inline
  default:
    type: unauthenticated
  backends:
    exchanged:
      type: token_exchange
      tokenExchange:
        tokenUrl: ${sts.url}
        clientId: vmcp
        clientSecretEnv: TEST_STS_SECRET
        audience: https://backend.example
        subjectTokenType: urn:ietf:params:oauth:token-type:access_token
operational:
  failureHandling:
    partialFailureMode: best_effort
    healthCheckInterval: 1h
    unhealthyThreshold: 1
    circuitBreaker:
      enabled: true
      failureThreshold: 1
      timeout: 1h
` + PREFIX_AGGREGATION,
    );
    const plan = compileYaml(yaml);
    const secrets = resolveSecrets(plan, { env: { TEST_STS_SECRET: 's3cret' } });
    gateway = await startGateway(plan, { secrets, strategies: new Map([['guarded', upstreamInject('github')]]) });
  });
  afterEach(() => gateway.close());
  afterAll(async () => {
    proxy.server.closeAllConnections();
    await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
    await Promise.all([guarded.close(), exchanged.close(), sts.close()]);
  });

  /** Three calls of `echo` on `backend` for `identity`, through the backend layer every MCP path uses; the errors' messages. */
  async function callsAs(identity: Identity, backend: string): Promise<string[]> {
    const errors: string[] = [];
    for (let i = 0; i < 3; i++) {
      await gateway.runtime.pool.backend(backend)!.call(identity, 'tools/call', { name: 'echo', arguments: {} }).catch((e: Error) => errors.push(e.message));
    }
    return errors;
  }

  const states = () => gateway.runtime.pool.status().map((s) => [s.name, s.state, s.circuit]);

  /** End to end, a user with good credentials is served by both backends. */
  async function aliceIsServed(): Promise<void> {
    gateway.identity = user('alice', github('gh-alice'));
    const alice = await connectClient(gateway.url);
    expect((await alice.listTools()).tools.map((t) => t.name).sort()).toEqual(['exchanged_echo', 'guarded_echo']);
    expect(await alice.callTool({ name: 'guarded_echo', arguments: {} })).toMatchObject({ content: [{ text: 'guarded:echo:{}' }] });
    expect(await alice.callTool({ name: 'exchanged_echo', arguments: {} })).toMatchObject({ content: [{ text: 'exchanged:echo:{}' }] });
    await alice.close();
  }

  it("one caller's refusals leave both backends healthy with closed circuits, and others are served", async () => {
    // Backends with per-caller credentials are judged by calls only: a good one makes them healthy.
    await aliceIsServed();
    expect(await callsAs(user('nobody', {}), 'guarded')).toEqual(Array(3).fill(expect.stringMatching(/no token from upstream provider "github"/)));
    expect(await callsAs(user('crlf', github('gh-a\r\nx-injected: 1')), 'guarded')).toEqual(
      Array(3).fill(expect.stringMatching(/credentials for backend "guarded" are not a valid HTTP header value \(authorization\)/)),
    );
    expect(await callsAs(user('revoked', github('gh-revoked')), 'guarded')).toEqual(
      Array(3).fill(expect.stringMatching(/backend "guarded" refused vmcp's credentials \(HTTP 401\)/)),
    );
    expect(await callsAs(user('mallory'), 'exchanged')).toEqual(Array(3).fill(expect.stringMatching(/token exchange/i)));
    expect(states()).toEqual([
      ['guarded', 'healthy', 'closed'],
      ['exchanged', 'healthy', 'closed'],
    ]);
    await aliceIsServed();
  });

  it("the backend's own failure (HTTP 500) still counts: unhealthy, circuit open", async () => {
    const errors = await callsAs(user('crash', github('gh-crash')), 'guarded');
    expect(errors[0]).toMatch(/backend "guarded" is unavailable \(HTTP 500\)/);
    expect(errors.slice(1)).toEqual([expect.stringMatching(/circuit open/), expect.stringMatching(/circuit open/)]);
    expect(states()[0]).toEqual(['guarded', 'unhealthy', 'open']);
  });
});

describe('a call that runs out of time while the backend waits on the calling client', () => {
  it('is a timeout for that caller only: a person slow to fill in an elicitation form does not mark the backend down', async () => {
    const backend = await startConformanceBackend();
    const failureHandling = `operational:
  timeouts:
    default: 500ms
  failureHandling:
    healthCheckInterval: 1h
    unhealthyThreshold: 1
    circuitBreaker:
      enabled: true
      failureThreshold: 1
      timeout: 1h
`;
    const gateway = await startGateway(compileYaml(backendsYaml([{ name: 'b', url: backend.url }], UNAUTHENTICATED + failureHandling)));
    const slow = new Client({ name: 'slow-person', version: '1.0.0' }, { capabilities: { elicitation: { form: {} } } });
    try {
      let answered!: () => void;
      const vmcpGaveUp = new Promise<void>((resolve) => (answered = resolve));
      // The person answers only after vmcp has given up on the call.
      slow.setRequestHandler('elicitation/create', async () => {
        await vmcpGaveUp;
        return { action: 'decline' };
      });
      await slow.connect(new StreamableHTTPClientTransport(new URL(gateway.url)));
      const call = slow.callTool({ name: 'b_test_elicitation', arguments: { message: 'who?' } });
      await expect(call).rejects.toThrow(/backend "b" did not answer in time/);
      answered();
      expect(gateway.runtime.pool.status().map((s) => [s.state, s.circuit])).toEqual([['healthy', 'closed']]);
      const other = await connectClient(gateway.url);
      expect(await other.callTool({ name: 'b_test_simple_text', arguments: {} })).toMatchObject({ content: [{ text: 'This is a simple text response for testing.' }] });
      await other.close();
    } finally {
      await slow.close();
      await gateway.close();
      await backend.close();
    }
  });
});

describe('a request on a connection vmcp itself closed', () => {
  it("(one caller's partition evicted for another's) fails for that caller without counting against the backend", async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const backend = await startFixtureBackend({
      name: 'b',
      tools: [
        {
          name: 'wait',
          run: async () => {
            started();
            await finished;
            return { content: [{ type: 'text', text: 'done' }] };
          },
        },
        { name: 'echo' },
      ],
    });
    const yaml = backendsYaml([{ name: 'b', url: backend.url }], `${UNAUTHENTICATED}operational:\n  failureHandling:\n    unhealthyThreshold: 1\n    circuitBreaker:\n      enabled: true\n      failureThreshold: 1\n      timeout: 1h\n`);
    // One partition per backend: a second caller evicts the first one's connection.
    const pool = new BackendPool(compileYaml(yaml), { strategies: new Map([['b', upstreamInject('github')]]), maxPartitionsPerBackend: 1 });
    const b = pool.backend('b')!;
    try {
      await b.call(user('alice', github('gh-alice')), 'tools/call', { name: 'echo', arguments: {} });
      // With a progress listener the call goes through the SDK client, which the eviction closes.
      const inFlight = b.call(user('alice', github('gh-alice')), 'tools/call', { name: 'wait', arguments: {} }, { onProgress: () => {} }).then(
        () => null,
        (e: unknown) => e,
      );
      await running;
      await b.call(user('bob', github('gh-bob')), 'tools/call', { name: 'echo', arguments: {} });
      expect(await inFlight).toMatchObject({ code: 'VMCP_CONNECTION_CLOSED', message: expect.stringMatching(/vmcp closed its connection to backend "b"/) });
      expect([b.health.state, b.breaker?.state]).toEqual(['healthy', 'closed']);
    } finally {
      finish();
      await pool.close();
      await backend.close();
    }
  });
});
