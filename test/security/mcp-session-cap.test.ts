/**
 * Attack (issue 9, finding 4): vmcp kept 10,000 2025-era sessions for all callers together and dropped
 * the least recently used, so one caller opening sessions in a loop pushed out everyone else's. Now each
 * caller (its subject when authenticated, its address when anonymous) has its own cap, and a caller at it
 * loses its own oldest session. Per address against a real `vmcp serve` (callers are 127.0.0.2 and
 * 127.0.0.3, both reaching it on 127.0.0.1); per subject in process, with real JWTs from a loopback issuer
 * checked by vmcp's own incoming auth, since a Mode A server needs that issuer's address in its config.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuntimePlan } from '../../runtime/contract.js';
import { DEFAULT_MAX_SESSIONS_PER_CALLER } from '../../runtime/http/front-door.js';
import { startMcpRuntime, type McpRuntime } from '../../runtime/mcp/index.js';
import { resolveSecrets } from '../../runtime/secrets.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { compileYaml } from '../mcp/harness.js';
import { startTestIssuer, type TestIssuer } from '../runtime/helpers/test-issuer.js';
import { connectSdkClient, fetchFrom, messageOf, openRawSession, postJsonRpc, type FetchLike } from './helpers/mcp-callers.js';
import { serveVmcp, type Served } from './helpers/mcp-serve.js';

type Session = Record<string, string>;
const CALL = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"one_echo","arguments":{}}}';

/** 200 with the tool's answer, or 404 "Session not found". */
async function use(url: string, session: Session, f: FetchLike): Promise<number> {
  const answer = await postJsonRpc(url, session, CALL, f);
  if (answer.status === 200) expect(messageOf(answer).result, answer.body).toMatchObject({ content: [{ text: 'one:echo:{}' }] });
  else expect([answer.status, messageOf(answer).error?.code]).toEqual([404, -32001]);
  return answer.status;
}

let backend: FixtureBackend;
beforeAll(async () => (backend = await startFixtureBackend({ name: 'one', tools: [{ name: 'echo' }] })));
afterAll(async () => backend.close());

const anonymousConfig = (extra = '') => `name: attack
groupRef: g
backends:
  - { name: one, url: "${backend.url}", transport: streamable-http }
incomingAuth: { type: anonymous }
outgoingAuth: { source: inline, default: { type: unauthenticated } }
${extra}`;

describe('anonymous callers, per address, against vmcp serve', () => {
  let vmcp: Served;
  let mcp: string;
  const a = fetchFrom('127.0.0.2');
  const b = fetchFrom('127.0.0.3');
  beforeAll(async () => {
    vmcp = await serveVmcp(anonymousConfig());
    mcp = `${vmcp.url}/mcp`;
  });
  afterAll(async () => {
    await vmcp.close();
    await a.close();
    await b.close();
  });

  it(`caller A opening ${DEFAULT_MAX_SESSIONS_PER_CALLER + 1} sessions loses only its own oldest; B's sessions all still work`, async () => {
    const bSessions = [await openRawSession(mcp, b), await openRawSession(mcp, b), await openRawSession(mcp, b)];
    const bClient = await connectSdkClient(mcp, { fetch: b });
    const aSessions: Session[] = [];
    for (let i = 0; i <= DEFAULT_MAX_SESSIONS_PER_CALLER; i++) aSessions.push(await openRawSession(mcp, a));

    expect(await use(mcp, aSessions[0]!, a)).toBe(404);
    expect(await use(mcp, aSessions[1]!, a)).toBe(200);
    expect(await use(mcp, aSessions.at(-1)!, a)).toBe(200);
    for (const s of bSessions) expect(await use(mcp, s, b)).toBe(200);
    expect(await bClient.callTool({ name: 'one_echo', arguments: {} })).toMatchObject({ content: [{ text: 'one:echo:{}' }] });
    await bClient.close();
  });
});

describe('the cap and the trusted proxies from the config (http section), against vmcp serve', () => {
  let vmcp: Served;
  let mcp: string;
  const proxy = fetchFrom('127.0.0.2');
  const direct = fetchFrom('127.0.0.3');
  beforeAll(async () => {
    vmcp = await serveVmcp(anonymousConfig('http: { maxSessionsPerCaller: 2, trustedProxies: ["127.0.0.2"] }\n'));
    mcp = `${vmcp.url}/mcp`;
  });
  afterAll(async () => {
    await vmcp.close();
    await proxy.close();
    await direct.close();
  });

  it('tells callers behind the trusted proxy apart by X-Forwarded-For, and believes no one else\'s', async () => {
    const as = (address: string) => ({ 'x-forwarded-for': address });
    const first = [await openRawSession(mcp, proxy, as('203.0.113.1')), await openRawSession(mcp, proxy, as('203.0.113.1'))];
    const other = [await openRawSession(mcp, proxy, as('203.0.113.2')), await openRawSession(mcp, proxy, as('203.0.113.2'))];
    // An untrusted peer claiming to be 203.0.113.1 is counted as itself, so it cannot push out that caller.
    for (let i = 0; i < 3; i++) await openRawSession(mcp, direct, as('203.0.113.1'));
    for (const session of [...first, ...other]) expect(await use(mcp, session, proxy)).toBe(200);
    const third = await openRawSession(mcp, proxy, as('203.0.113.1'));
    expect(await use(mcp, first[0]!, proxy)).toBe(404);
    expect(await use(mcp, first[1]!, proxy)).toBe(200);
    expect(await use(mcp, third, proxy)).toBe(200);
    for (const session of other) expect(await use(mcp, session, proxy)).toBe(200);
  });
});

describe('authenticated callers, per subject (in process, real JWTs)', () => {
  let issuer: TestIssuer;
  let runtime: McpRuntime;
  let server: RunningServer;
  let mcp: string;
  const addresses = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'].map(fetchFrom);
  beforeAll(async () => {
    issuer = await startTestIssuer();
    const plan: RuntimePlan = compileYaml(`name: attack
groupRef: g
backends:
  - { name: one, url: "${backend.url}", transport: streamable-http }
incomingAuth:
  type: oidc
  oidc: { issuer: "${issuer.issuer}", audience: vmcp, jwksAllowPrivateIp: true, insecureAllowHttp: true }
outgoingAuth: { source: inline, default: { type: unauthenticated } }
`);
    const secrets = resolveSecrets(plan);
    runtime = await startMcpRuntime(plan, { secrets, maxSessionsPerCaller: 3 });
    server = await startServer(plan, { port: 0, secrets, handlers: { mcp: runtime.handler }, health: runtime.health });
    mcp = `${server.url}/mcp`;
  });
  afterAll(async () => {
    await server.close();
    await runtime.close();
    await issuer.close();
    await Promise.all(addresses.map((f) => f.close()));
  });

  it("alice's fourth session, from a fourth address, closes her oldest; bob, on alice's first address, keeps his", async () => {
    const bearer = async (sub: string) => ({ authorization: `Bearer ${await issuer.sign({ sub })}` });
    const alice = await bearer('alice');
    const bob = await bearer('bob');
    const bobSessions = [await openRawSession(mcp, addresses[0]!, bob), await openRawSession(mcp, addresses[0]!, bob)];
    const aliceSessions: Session[] = [];
    for (const f of addresses) aliceSessions.push(await openRawSession(mcp, f, alice));

    const statuses: number[] = [];
    for (const [i, s] of aliceSessions.entries()) statuses.push(await use(mcp, s, addresses[i]!));
    expect(statuses).toEqual([404, 200, 200, 200]);
    for (const s of bobSessions) expect(await use(mcp, s, addresses[0]!)).toBe(200);
    expect(runtime.sessionCount()).toBe(5);
  });
});
