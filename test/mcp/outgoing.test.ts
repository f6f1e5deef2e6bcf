/** Outgoing auth end to end: what each strategy makes vmcp send to a real backend, and what it never sends. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '../../runtime/contract.js';
import { upstreamInject } from '../../runtime/outgoing/upstream-inject.js';
import { resolveSecrets } from '../../runtime/secrets.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { startSts, type Sts } from '../fixtures/sts.js';
import { backendsYaml, compileYaml, connectClient, PREFIX_AGGREGATION, startGateway } from './harness.js';

const INCOMING = 'incoming-token-must-not-leak';
const user = (subject: string, token: string | null = `${INCOMING}-${subject}`, upstreamTokens: Identity['upstreamTokens'] = null): Identity => ({
  subject,
  claims: { iss: 'https://idp.example' },
  token,
  upstreamTokens,
});
const sent = (b: FixtureBackend) => b.seenHeaders.map((h) => JSON.stringify(h)).join('\n');
const text = (r: { content?: unknown }) => ((r.content as { text: string }[])[0]!).text;

/** The tool answers with the Authorization and X-Api-Key headers its request carried. */
const whoami = {
  name: 'whoami',
  run: (_a: Record<string, unknown>, h: Record<string, string | string[] | undefined>) => ({
    content: [{ type: 'text' as const, text: `${h.authorization ?? '-'}|${h['x-api-key'] ?? '-'}` }],
  }),
};

describe('outgoing strategies', () => {
  let plain: FixtureBackend;
  let keyed: FixtureBackend;
  let exchanged: FixtureBackend;
  let sts: Sts;
  beforeAll(async () => {
    plain = await startFixtureBackend({ name: 'plain', tools: [whoami] });
    keyed = await startFixtureBackend({ name: 'keyed', tools: [whoami] });
    exchanged = await startFixtureBackend({ name: 'exchanged', tools: [whoami] });
    sts = await startSts({ clientId: 'vmcp', clientSecret: 's3cret', reject: [`${INCOMING}-mallory`] });
  });
  afterAll(async () => {
    await Promise.all([plain.close(), keyed.close(), exchanged.close(), sts.close()]);
  });

  it('unauthenticated sends nothing, header_injection its header, token_exchange the exchanged token; never the incoming token', async () => {
    const yaml = backendsYaml(
      [
        { name: 'plain', url: plain.url },
        { name: 'keyed', url: keyed.url },
        { name: 'exchanged', url: exchanged.url },
      ],
      `outgoingAuth:
  source: inline
  default:
    type: unauthenticated
  backends:
    keyed:
      type: header_injection
      headerInjection:
        headerName: X-Api-Key
        headerValueEnv: TEST_API_KEY
    exchanged:
      type: token_exchange
      tokenExchange:
        tokenUrl: ${sts.url}
        clientId: vmcp
        clientSecretEnv: TEST_STS_SECRET
        audience: https://backend.example
        scopes: [read, write]
        subjectTokenType: urn:ietf:params:oauth:token-type:access_token
` + PREFIX_AGGREGATION,
    ).replace('type: anonymous', 'type: anonymous');
    const plan = compileYaml(yaml);
    const secrets = resolveSecrets(plan, { env: { TEST_API_KEY: 'key-123', TEST_STS_SECRET: 's3cret' } });
    const gateway = await startGateway(plan, { secrets }, user('alice'));
    const client = await connectClient(gateway.url);
    try {
      expect(text(await client.callTool({ name: 'plain_whoami', arguments: {} }))).toBe('-|-');
      expect(text(await client.callTool({ name: 'keyed_whoami', arguments: {} }))).toBe('-|key-123');
      const first = text(await client.callTool({ name: 'exchanged_whoami', arguments: {} }));
      expect(first).toMatch(new RegExp(`^Bearer exchanged:${INCOMING}-alice:\\d+\\|-$`));
      // Cached per subject: the second call reuses the exchanged token.
      expect(text(await client.callTool({ name: 'exchanged_whoami', arguments: {} }))).toBe(first);
      const aliceExchanges = sts.requests.filter((f) => f.get('subject_token') === `${INCOMING}-alice`);
      expect(aliceExchanges).toHaveLength(1);
      expect(aliceExchanges[0]!.get('audience')).toBe('https://backend.example');
      expect(aliceExchanges[0]!.get('scope')).toBe('read write');
      expect(aliceExchanges[0]!.get('subject_token_type')).toBe('urn:ietf:params:oauth:token-type:access_token');

      // A 2026-07-28 (stateless) client: the identity reaches the per-request server too.
      const modern = await connectClient(gateway.url, 'modern');
      expect(text(await modern.callTool({ name: 'exchanged_whoami', arguments: {} }))).toBe(first);
      await modern.close();

      // Another user gets their own exchange and their own backend session.
      gateway.identity = user('bob');
      const bobClient = await connectClient(gateway.url);
      expect(text(await bobClient.callTool({ name: 'exchanged_whoami', arguments: {} }))).toMatch(/^Bearer exchanged:incoming-token-must-not-leak-bob:/);
      await bobClient.close();

      // A refused exchange is an MCP error for that backend only.
      gateway.identity = user('mallory');
      const mallory = await connectClient(gateway.url);
      const tools = (await mallory.listTools()).tools.map((t) => t.name);
      expect(tools).toContain('plain_whoami');
      expect(tools).not.toContain('exchanged_whoami');
      expect(text(await mallory.callTool({ name: 'plain_whoami', arguments: {} }))).toBe('-|-');
      await mallory.close();

      for (const b of [plain, keyed]) expect(sent(b)).not.toContain(INCOMING);
      expect(sent(exchanged)).not.toMatch(/"authorization":"Bearer incoming-token/);
    } finally {
      await client.close();
      await gateway.close();
    }
  });

  it('upstream_inject sends the named upstream token; a missing or expired one is an error for that backend only', async () => {
    const plan = compileYaml(
      backendsYaml([{ name: 'plain', url: plain.url }, { name: 'keyed', url: keyed.url }], `outgoingAuth:\n  source: inline\n  default:\n    type: unauthenticated\n` + PREFIX_AGGREGATION),
    );
    const tokens = { github: { accessToken: 'gh-token', tokenType: 'Bearer', expiresAt: Date.now() + 60_000, scope: null } };
    const gateway = await startGateway(plan, { strategies: new Map([['keyed', upstreamInject('github')]]) }, user('carol', 'vmcp-jwt', tokens));
    const client = await connectClient(gateway.url);
    try {
      expect(text(await client.callTool({ name: 'keyed_whoami', arguments: {} }))).toBe('Bearer gh-token|-');
      expect(text(await client.callTool({ name: 'plain_whoami', arguments: {} }))).toBe('-|-');

      gateway.identity = user('carol', 'vmcp-jwt', { github: { ...tokens.github, expiresAt: Date.now() - 1000 } });
      await expect(client.callTool({ name: 'keyed_whoami', arguments: {} })).rejects.toThrow(/backend "keyed": the token from upstream provider "github" has expired/);
      gateway.identity = user('carol', 'vmcp-jwt', {});
      await expect(client.callTool({ name: 'keyed_whoami', arguments: {} })).rejects.toThrow(/no token from upstream provider "github"/);
      expect(text(await client.callTool({ name: 'plain_whoami', arguments: {} }))).toBe('-|-');
      expect(sent(keyed)).not.toContain('vmcp-jwt');
    } finally {
      await client.close();
      await gateway.close();
    }
  });
});
