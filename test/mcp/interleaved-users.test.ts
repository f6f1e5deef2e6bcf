/**
 * Two users calling one backend at the same time, each through a 2025-era session and a 2026-07-28
 * (stateless) client: every call reaches the backend with that user's own upstream token (upstream_inject),
 * never the other's, however their calls interleave. The backend is a real MCP server that records the
 * Authorization header of each call and holds every call until both users have one in flight.
 */
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/client';
import type { Identity } from '../../runtime/contract.js';
import { upstreamInject } from '../../runtime/outgoing/upstream-inject.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { backendsYaml, compileYaml, connectClient, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const USERS = ['alice', 'bob'] as const;
type User = (typeof USERS)[number];
const CALLS_PER_CLIENT = 6;

const identityOf = (user: User): Identity => ({
  subject: user,
  claims: { iss: 'https://idp.example' },
  token: `vmcp-token-of-${user}`,
  upstreamTokens: { github: { accessToken: `gh-token-of-${user}`, tokenType: 'Bearer', expiresAt: null, scope: null } },
});

/** What the backend saw per call: who the client says is calling (its argument), and the credential that came with it. */
const received: { caller: string; authorization: string | undefined }[] = [];
let bothInFlight!: () => void;
const both = new Promise<void>((resolve) => (bothInFlight = resolve));
const callers = new Set<string>();

let backend: FixtureBackend;
let gateway: Gateway;
beforeAll(async () => {
  backend = await startFixtureBackend({
    name: 'gh',
    tools: [
      {
        name: 'whoami',
        run: async (args, headers) => {
          const caller = String(args.caller);
          received.push({ caller, authorization: headers.authorization as string | undefined });
          callers.add(caller);
          if (callers.size === USERS.length) bothInFlight();
          await both;
          return { content: [{ type: 'text', text: `${caller}|${String(headers.authorization)}` }] };
        },
      },
    ],
  });
  const plan = compileYaml(backendsYaml([{ name: 'gh', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION));
  gateway = await startGateway(plan, { strategies: new Map([['gh', upstreamInject('github')]]) });
  // What the incoming middleware would do: each request carries its own caller's identity.
  gateway.identity = (req: IncomingMessage) => identityOf(req.headers['x-test-user'] as User);
});
afterAll(async () => {
  await gateway.close();
  await backend.close();
});

describe("two users' calls interleaved on one backend", () => {
  it("each call carries its own user's upstream token, in both protocol eras", async () => {
    const clients: { user: User; client: Client }[] = [];
    for (const user of USERS) {
      for (const era of ['legacy', 'modern'] as const) clients.push({ user, client: await connectClient(gateway.url, era, { 'x-test-user': user }) });
    }
    try {
      const answers = await Promise.all(
        clients.flatMap(({ user, client }) =>
          Array.from({ length: CALLS_PER_CLIENT }, async () => {
            const r = await client.callTool({ name: 'gh_whoami', arguments: { caller: user } });
            return { user, text: (r.content as { text: string }[])[0]!.text };
          }),
        ),
      );
      for (const { user, text } of answers) expect(text).toBe(`${user}|Bearer gh-token-of-${user}`);
      expect(received).toHaveLength(clients.length * CALLS_PER_CLIENT);
      for (const { caller, authorization } of received) expect([caller, authorization]).toEqual([caller, `Bearer gh-token-of-${caller}`]);
      // No backend session carried both users' tokens: one user's credentials never ride on another's session.
      const tokensPerSession = new Map<string, Set<string | undefined>>();
      for (const h of backend.seenHeaders) {
        const sid = h['mcp-session-id'];
        if (typeof sid === 'string') tokensPerSession.set(sid, (tokensPerSession.get(sid) ?? new Set()).add(h.authorization));
      }
      expect(tokensPerSession.size).toBeGreaterThanOrEqual(USERS.length);
      for (const tokens of tokensPerSession.values()) expect(tokens.size).toBe(1);
      // They did interleave: the backend saw bob's first call before alice's last, and alice's before bob's last.
      const order = received.map((r) => r.caller);
      expect(order.indexOf('bob')).toBeLessThan(order.lastIndexOf('alice'));
      expect(order.indexOf('alice')).toBeLessThan(order.lastIndexOf('bob'));
    } finally {
      for (const { client } of clients) await client.close();
    }
  });
});
