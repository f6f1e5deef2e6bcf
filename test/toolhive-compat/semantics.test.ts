/**
 * The corpus in semantics/: ToolHive-shaped configs whose settings must mean here what they mean in ToolHive.
 * Each case serves its file with `vmcp serve` (the built CLI, a child process) in front of real MCP backends
 * and asserts what an MCP SDK client sees and what the peers receive. Every case names the ToolHive code it
 * follows; the reasoning is in each file's header.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProtocolErrorCode, type Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSources, SIBLING_RUN_CONFIG } from '../../compiler/index.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { startSts, type Sts } from '../fixtures/sts.js';
import { connectClient } from '../mcp/harness.js';
import { startTestIssuer, type TestIssuer } from '../runtime/helpers/test-issuer.js';
import { serveVmcp, type Served } from '../security/helpers/mcp-serve.js';

const DIR = join(import.meta.dirname, 'semantics');
const corpus = (file: string) => readFileSync(join(DIR, file), 'utf8');

/** What each fixture serves, by the placeholder port its corpus URL uses. */
/** `extras`: also a resource, a template and the prompt "greet" (test/fixtures/mcp-backend.ts). */
const BACKENDS: Record<string, { name: string; tools: string[]; extras?: boolean }> = {
  '7301': { name: 'yardstick', tools: ['echo', 'ping'] },
  '7302': { name: 'notes', tools: ['echo', 'add_note'] },
  '7311': { name: 'alpha', tools: ['lookup', 'version'] },
  '7312': { name: 'beta', tools: ['lookup', 'status'] },
  '7313': { name: 'gamma', tools: ['status'] },
  '7321': { name: 'docs', tools: ['search', 'fetch'], extras: true },
  '7322': { name: 'tickets', tools: ['fetch', 'create'], extras: true },
};

let fixtures: Map<string, FixtureBackend>;
/** Replaces every placeholder address of the corpus with the fixture that stands for it. */
let bind: (yaml: string) => string;

beforeAll(async () => {
  fixtures = new Map();
  for (const [port, b] of Object.entries(BACKENDS)) {
    fixtures.set(port, await startFixtureBackend({ name: b.name, tools: b.tools.map((name) => ({ name })), extras: b.extras === true }));
  }
  bind = (yaml) => yaml.replace(/http:\/\/127\.0\.0\.1:(73\d\d)\/mcp/g, (whole, port: string) => fixtures.get(port)?.url ?? whole);
});
afterAll(async () => {
  await Promise.all([...fixtures.values()].map((f) => f.close()));
});

async function session(file: string): Promise<{ served: Served; client: Client; close(): Promise<void> }> {
  const served = await serveVmcp(bind(corpus(file)));
  const client = await connectClient(`${served.url}/mcp`);
  return { served, client, close: async () => (await client.close(), await served.close()) };
}

const toolNames = async (client: Client) => (await client.listTools()).tools.map((t) => t.name).sort();
const callText = async (client: Client, name: string, args: Record<string, unknown> = {}) =>
  ((await client.callTool({ name, arguments: args })).content as { text: string }[])[0]!.text;

describe('aggregation through vmcp serve', () => {
  it('overrides first, then the prefix; the filter matches the overridden name (ToolHive default_aggregator.go:118-123, :392, :728; prefix_resolver.go:48)', async () => {
    const s = await session('overrides-then-prefix.yaml');
    try {
      const { tools } = await s.client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['notes_add_note', 'notes_echo', 'yardstick_custom_echo_tool']);
      expect(tools.find((t) => t.name === 'yardstick_custom_echo_tool')!.description).toBe('Echo, renamed for this gateway');
      // The call reaches the backend under the name it knows.
      expect(await callText(s.client, 'yardstick_custom_echo_tool', { message: 'hi' })).toBe('yardstick:echo:{"message":"hi"}');
    } finally {
      await s.close();
    }
  });

  it('priority: an unlisted clash keeps both contenders as "{workload}_" names (ToolHive priority_resolver.go:85-111, :49)', async () => {
    const s = await session('priority-unlisted-clash.yaml');
    try {
      expect(await toolNames(s.client)).toEqual(['beta_status', 'gamma_status', 'lookup', 'version']);
      expect(await callText(s.client, 'lookup')).toBe('alpha:lookup:{}');
      expect(await callText(s.client, 'beta_status')).toBe('beta:status:{}');
      expect(await callText(s.client, 'gamma_status')).toBe('gamma:status:{}');
    } finally {
      await s.close();
    }
  });

  it('manual with filters only is served, names unprefixed (ToolHive validator.go:423-427)', async () => {
    const s = await session('manual-filters-only.yaml');
    try {
      expect(await toolNames(s.client)).toEqual(['lookup', 'search', 'version']);
      expect(await callText(s.client, 'lookup')).toBe('alpha:lookup:{}');
      // Prompts are prefixed under manual too (ToolHive conflict_resolver.go:52-60).
      expect((await s.client.listPrompts()).prompts.map((p) => p.name)).toEqual(['docs_greet']);
    } finally {
      await s.close();
    }
  });

  it('manual: a name two tools share fails the aggregation, hidden ones included; serve runs and every list and call is refused (ToolHive manual_resolver.go:58-67, default_aggregator.go:118-123, :291-295, core_vmcp.go:573-576)', async () => {
    expect(compileSources({ file: 'manual-hidden-clash.yaml', bytes: corpus('manual-hidden-clash.yaml') }).diagnostics).toEqual([]);
    const s = await session('manual-hidden-clash.yaml');
    try {
      const refused = { code: ProtocolErrorCode.InternalError, message: expect.stringContaining('"fetch" (backends docs, tickets)') as unknown };
      await expect(s.client.listTools()).rejects.toMatchObject(refused);
      await expect(s.client.listPrompts()).rejects.toMatchObject(refused);
      await expect(s.client.callTool({ name: 'search', arguments: {} })).rejects.toMatchObject(refused);
      expect((await fetch(`${s.served.url}/health`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('prompts: under priority a listed backend keeps bare names, the others are prefixed even without a clash (ToolHive capability_conflicts.go:176-182, conflict_resolver.go:52-76)', async () => {
    const s = await session('prompt-names.yaml');
    try {
      expect((await s.client.listPrompts()).prompts.map((p) => p.name)).toEqual(['greet', 'tickets.greet']);
      const text = async (name: string) => ((await s.client.getPrompt({ name })).messages[0]!.content as { text: string }).text;
      expect(await text('greet')).toBe('hello from docs');
      expect(await text('tickets.greet')).toBe('hello from tickets');
      // Tools keep the priority strategy: docs wins "fetch", unique names stay bare (priority_resolver.go:68-83).
      expect(await toolNames(s.client)).toEqual(['create', 'fetch', 'search']);
      expect(await callText(s.client, 'fetch')).toBe('docs:fetch:{}');
    } finally {
      await s.close();
    }
  });

  it('a static prefixFormat is prepended as written (ToolHive prefix_resolver.go:21, conflict_resolver.go:26-28)', async () => {
    const s = await session('static-prefix.yaml');
    try {
      expect(await toolNames(s.client)).toEqual(['backend_create', 'backend_fetch', 'backend_search']);
      expect(await callText(s.client, 'backend_create')).toBe('tickets:create:{}');
      // Both "greet" prompts compose to "backend_greet": no backend owns it, so neither is listed (capability_conflicts.go:204-226).
      expect((await s.client.listPrompts()).prompts).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('YAML merge keys are applied, keys written in place win (ToolHive yaml_loader.go:41-44, yaml.v3)', async () => {
    const s = await session('merge-keys.yaml');
    try {
      expect(await toolNames(s.client)).toEqual(['docs_search', 'tickets_create']);
      expect(await callText(s.client, 'tickets_create')).toBe('tickets:create:{}');
    } finally {
      await s.close();
    }
  });
});

describe('plan settings', () => {
  it('health-check timeout defaults to 10 s (ToolHive pkg/vmcp/cli/serve.go:275-280, pkg/vmcp/health/monitor.go:216)', () => {
    const r = compileSources({ file: 'health-check-timeout-default.yaml', bytes: corpus('health-check-timeout-default.yaml') });
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.operational.failureHandling.healthCheckTimeoutMs).toBe(10_000);
  });
});

describe('token exchange with a short subjectTokenType, behind a loopback http issuer', () => {
  let issuer: TestIssuer;
  let sts: Sts;
  let whoami: FixtureBackend;
  let served: Served;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    sts = await startSts({ clientId: 'vmcp', clientSecret: 'sts-secret' });
    whoami = await startFixtureBackend({
      name: 'whoami',
      tools: [{ name: 'whoami', run: (_a, h) => ({ content: [{ type: 'text', text: String(h.authorization) }] }) }],
    });
    const yaml = corpus('token-exchange-short-form.yaml')
      .replace('http://127.0.0.1:7331/mcp', whoami.url)
      .replace('http://127.0.0.1:7401', issuer.url)
      .replace('http://127.0.0.1:7402/token', sts.url);
    served = await serveVmcp(yaml, { env: { SEMANTICS_STS_SECRET: 'sts-secret' } });
  });
  afterAll(async () => {
    await served.close();
    await Promise.all([issuer.close(), sts.close(), whoami.close()]);
  });

  // ToolHive pkg/oauthproto/tokenexchange/exchange.go:26-49, pkg/vmcp/auth/strategies/tokenexchange.go:262-268;
  // the issuer over plain http on loopback: pkg/networking/utilities.go:315-327.
  it('starts without insecureAllowHttp, and the token service receives the id_token URN', async () => {
    const token = await issuer.sign({ aud: 'vmcp', sub: 'alice' });
    const client = await connectClient(`${served.url}/mcp`, 'legacy', { authorization: `Bearer ${token}` });
    try {
      expect(await callText(client, 'whoami_whoami')).toMatch(/^Bearer exchanged:/);
    } finally {
      await client.close();
    }
    const exchange = sts.requests.at(-1)!;
    expect(exchange.get('subject_token_type')).toBe('urn:ietf:params:oauth:token-type:id_token');
    expect(exchange.get('subject_token')).toBe(token);
    expect(issuer.hits['/.well-known/openid-configuration']).toBeGreaterThan(0);
  });
});

describe('an oauth2 first upstream with neither userinfo nor identity_from_token', () => {
  const config = corpus('oauth2-synthesized-subject/vmcp-config.yaml');
  const sibling = corpus(`oauth2-synthesized-subject/${SIBLING_RUN_CONFIG}`);

  // ToolHive pkg/authserver/config.go:612-616, pkg/authserver/upstream/oauth2.go:562-565 and :603-606.
  it('compiles with one V-05 warning that says the user id is not stable', () => {
    const r = compileSources({ file: 'vmcp-config.yaml', bytes: config }, { file: SIBLING_RUN_CONFIG, bytes: sibling });
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.path}`)).toEqual(['warning V-05 authServer.runConfig.upstreams[0].oauth2_config']);
    expect(r.diagnostics[0]!.message).toContain('no stable identity');
  });

  it('is served (vmcp serve starts the auth server with it)', async () => {
    const served = await serveVmcp(bind(config), { files: { [SIBLING_RUN_CONFIG]: sibling }, env: { SEMANTICS_TRACKER_SECRET: 'tracker-secret' } });
    try {
      expect(served.stderr()).toMatch(/warning.*V-05/);
      const metadata = await fetch(`${served.url}/.well-known/oauth-authorization-server`);
      expect(metadata.status).toBe(200);
    } finally {
      await served.close();
    }
  });
});
