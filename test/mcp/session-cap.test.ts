/**
 * 2025-era sessions are capped per caller (subject when authenticated, address otherwise, IPv6 per /64)
 * and in all; a caller at its cap loses its own least recently used session, and the global cap takes
 * from the caller holding the most. Callers are told apart here by X-Forwarded-For from a trusted
 * loopback proxy (the real resolver, http/client-address.ts). Resource subscriptions are capped per session.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '../../runtime/contract.js';
import { clientAddressResolver } from '../../runtime/http/client-address.js';
import { createMcpEndpoint } from '../../runtime/mcp/endpoint.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { connectSdkClient, messageOf, openRawSession, postJsonRpc } from '../security/helpers/mcp-callers.js';
import { backendsYaml, compileYaml, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

let one: FixtureBackend;
let two: FixtureBackend;
let gateway: Gateway | undefined;
beforeAll(async () => {
  one = await startFixtureBackend({ name: 'one', tools: [{ name: 'echo' }], extras: true });
  two = await startFixtureBackend({ name: 'two', tools: [{ name: 'echo' }], extras: true });
});
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});
afterAll(async () => {
  await one.close();
  await two.close();
});

async function start(options: { maxSessions?: number; maxSessionsPerCaller?: number; maxSubscriptionsPerSession?: number }): Promise<Gateway> {
  const yaml = backendsYaml([{ name: 'one', url: one.url }, { name: 'two', url: two.url }], UNAUTHENTICATED + PREFIX_AGGREGATION);
  gateway = await startGateway(compileYaml(yaml), { ...options, clientAddress: clientAddressResolver(['127.0.0.1']) });
  return gateway;
}

type Session = Record<string, string>;
const from = (address: string) => ({ 'x-forwarded-for': address });
const open = (g: Gateway, address: string): Promise<Session> => openRawSession(g.url, fetch, from(address));
const openMany = async (g: Gateway, address: string, n: number): Promise<Session[]> => {
  const out: Session[] = [];
  for (let i = 0; i < n; i++) out.push(await open(g, address));
  return out;
};

/** 200 with the tool's answer, or 404 when the session is gone. */
async function use(g: Gateway, session: Session): Promise<number> {
  const answer = await postJsonRpc(g.url, session, '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"one_echo","arguments":{}}}');
  if (answer.status === 200) expect(messageOf(answer).result).toMatchObject({ content: [{ text: 'one:echo:{}' }] });
  else expect(messageOf(answer).error?.code).toBe(-32001);
  return answer.status;
}
const useAll = async (g: Gateway, sessions: Session[]) => {
  const out: number[] = [];
  for (const s of sessions) out.push(await use(g, s));
  return out;
};

describe('the per-caller session cap', () => {
  it("evicts the caller's own least recently used session, never another caller's", async () => {
    const g = await start({ maxSessionsPerCaller: 3 });
    const b = await openMany(g, '198.51.100.7', 2);
    const [a1, a2, a3] = await openMany(g, '203.0.113.5', 3);
    expect(await use(g, a1!)).toBe(200); // a2 is now A's least recently used
    const a4 = await open(g, '203.0.113.5');
    expect(await useAll(g, [a1!, a2!, a3!, a4])).toEqual([200, 404, 200, 200]);
    expect(await useAll(g, b)).toEqual([200, 200]);
    expect(g.runtime.sessionCount()).toBe(5);
  });

  it('counts an IPv6 caller per /64', async () => {
    const g = await start({ maxSessionsPerCaller: 2 });
    const other = await open(g, '2001:db8:1:3::1');
    const a = [await open(g, '2001:db8:1:2::1'), await open(g, '2001:db8:1:2::ffff')];
    const a3 = await open(g, '2001:db8:1:2:aaaa::7');
    expect(await useAll(g, [...a, a3, other])).toEqual([404, 200, 200, 200]);
  });

  it('counts an authenticated caller per subject, whatever its address; anonymous callers per address', async () => {
    const g = await start({ maxSessionsPerCaller: 2 });
    const as = (subject: string): Identity => ({ subject, claims: { iss: 'https://idp.example' }, token: `token-of-${subject}`, upstreamTokens: null });
    g.identity = as('alice');
    const alice = [await open(g, '203.0.113.1'), await open(g, '203.0.113.2'), await open(g, '203.0.113.3')];
    g.identity = as('bob');
    const bob = [await open(g, '203.0.113.1'), await open(g, '203.0.113.1')];
    expect(await useAll(g, bob)).toEqual([200, 200]);
    g.identity = as('alice');
    expect(await useAll(g, alice)).toEqual([404, 200, 200]);
    // Anonymous (no token): the shared subject does not lump callers together.
    g.identity = { subject: 'anonymous', claims: {}, token: null, upstreamTokens: null };
    const anon = [await open(g, '198.51.100.1'), await open(g, '198.51.100.2'), await open(g, '198.51.100.2')];
    expect(await useAll(g, anon)).toEqual([200, 200, 200]);
  });
});

describe('the global session cap', () => {
  it('takes from the caller holding the most sessions, not from the least recently used overall', async () => {
    const g = await start({ maxSessions: 5, maxSessionsPerCaller: 4 });
    const b = await openMany(g, '198.51.100.7', 2); // the least recently used overall
    const a = await openMany(g, '203.0.113.5', 3);
    const c = await open(g, '192.0.2.9');
    expect(await useAll(g, b)).toEqual([200, 200]);
    expect(await useAll(g, [...a, c])).toEqual([404, 200, 200, 200]);
    expect(g.runtime.sessionCount()).toBe(5);
  });
});

describe('resource subscriptions per session', () => {
  it('refuses one more distinct URI than the cap; unsubscribing makes room; repeating a URI costs nothing', async () => {
    const g = await start({ maxSubscriptionsPerSession: 1 });
    const client = await connectSdkClient(g.url);
    try {
      await client.subscribeResource({ uri: 'fixture://one/info' });
      await client.subscribeResource({ uri: 'fixture://one/info' });
      await expect(client.subscribeResource({ uri: 'fixture://two/info' })).rejects.toMatchObject({
        code: -32600,
        data: { vmcpCode: 'VMCP_TOO_MANY_SUBSCRIPTIONS', max: 1 },
      });
      expect(two.subscribed.has('fixture://two/info')).toBe(false);
      await client.unsubscribeResource({ uri: 'fixture://one/info' });
      await client.subscribeResource({ uri: 'fixture://two/info' });
      expect(two.subscribed.has('fixture://two/info')).toBe(true);
    } finally {
      await client.close();
    }
  });
});

describe('createMcpEndpoint limits', () => {
  it('refuses a limit that is not a positive integer, naming it', async () => {
    const g = await start({});
    for (const bad of [{ maxSessionsPerCaller: 0 }, { maxSessions: 1.5 }, { maxJsonDepth: -1 }, { maxSubscriptionsPerSession: Number.NaN }]) {
      expect(() => createMcpEndpoint({ pool: g.runtime.pool, ...bad })).toThrow(
        expect.objectContaining({ code: 'VMCP_PLAN_INVALID', message: expect.stringMatching(new RegExp(`^${Object.keys(bad)[0]} must be a positive integer`)) }),
      );
    }
  });
});
