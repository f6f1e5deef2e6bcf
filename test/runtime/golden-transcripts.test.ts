/**
 * Mode A golden HTTP transcripts: for every Mode A config under test/golden/, a fixed list of requests and
 * the server's answers (status, headers sorted and without Date, body), compared byte for byte with the
 * committed transcript.json. This is the guard that Mode B work never changes what a Mode A server says.
 * Only `npm run golden:update` (VMCP_GOLDEN_UPDATE=1) rewrites them.
 *
 * The server is the one `vmcp serve` runs (runPlan: the runtime core, incoming auth and the MCP runtime),
 * and the transcript ends with an MCP conversation as a client has it: initialize, the lists, a call of
 * every listed tool (and of one that does not exist), then DELETE of the session. Each backend is a real
 * MCP server (test/fixtures/mcp-backend.ts) whose tools answer with the credential headers they received,
 * so outgoing auth is part of what is guarded.
 *
 * What the harness changes, and why nothing recorded depends on it:
 * - the OIDC issuer's keys come from a test issuer on a random loopback port, so a copy of the plan points
 *   `jwksUrl` at it (and allows loopback and http for that fetch); the issuer string stays the config's;
 * - the same copy points each backend's `url` at its fixture and each token_exchange `tokenUrl` at a
 *   loopback STS (test/fixtures/sts.ts), all on random ports that no answer shows;
 * - secrets referenced by environment variable get a placeholder value;
 * - every request carries a fixed Host header, so origins in answers never show the port: the config's
 *   (HOST) outside MCP, `localhost` in the MCP conversation, since a server on loopback answers MCP only to
 *   loopback names and the ones its config gives (DNS-rebinding guard);
 * - tokens are signed per run and recorded only as a label, in requests and wherever an answer echoes one
 *   (an exchanged token names its subject token);
 * - the Mcp-Session-Id a session gets is random: recorded as `<session id>`;
 * - /metrics bodies keep only vmcp's HTTP metric families, since counts and process figures vary.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RuntimePlan } from '../../runtime/contract.js';
import { parsePlan } from '../../runtime/load-plan.js';
import { silentLogger } from '../../runtime/log.js';
import { runPlan } from '../../runtime/run.js';
import { findSecretRefs } from '../../runtime/secrets.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { startSts, type Sts } from '../fixtures/sts.js';
import { call, type Answer } from './helpers/http.js';
import { startTestIssuer, type TestIssuer } from './helpers/test-issuer.js';

const root = 'test/golden';
const HOST = 'vmcp.golden.test';
const DEFAULT_ISSUER = 'https://idp.golden.test';
const MCP_HOST = 'localhost';
const update = process.env.VMCP_GOLDEN_UPDATE === '1';
/** What an environment variable that a plan names holds here. */
const PLACEHOLDER = 'golden-placeholder';
/** Every fixture backend offers these; the configs filter, rename and prefix them. */
const BACKEND_TOOLS = ['create_issue', 'list_issues', 'delete_file'];
const PROTOCOL_VERSION = '2025-11-25';

const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'plan.json')))
  .map((d) => d.name)
  .sort()
  .map((name) => ({ name, plan: parsePlan(readFileSync(join(root, name, 'plan.json'), 'utf8'), name) }))
  .filter((c) => c.plan.mode === 'A');

type TokenKind = 'valid' | 'expired' | 'wrong audience';
interface Step {
  method: string;
  path: string;
  /** Default HOST. */
  host?: string;
  /** What the Authorization header carries: a literal, or a label for a token signed at run time. */
  authorization?: string | { token: TokenKind };
  headers?: Record<string, string>;
  body?: string;
}

const WELL_KNOWN = [
  '/.well-known/oauth-protected-resource',
  '/.well-known/oauth-protected-resource/mcp',
  '/.well-known/openid-configuration',
  '/.well-known/oauth-authorization-server',
  '/.well-known/jwks.json',
  '/.well-known/not-a-document',
];
const RPC = '{"jsonrpc":"2.0","id":1,"method":"ping"}';

function steps(plan: RuntimePlan): Step[] {
  const wellKnown = [...new Set([...WELL_KNOWN, ...plan.routes.filter((r) => r.path.startsWith('/.well-known/')).map((r) => r.path)])];
  const mcp = (authorization?: Step['authorization']): Step => ({
    method: 'POST',
    path: '/mcp',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: RPC,
    ...(authorization === undefined ? {} : { authorization }),
  });
  return [
    ...['/health', '/ping', '/readyz', '/status', '/api/backends/health', '/metrics'].map((path) => ({ method: 'GET', path })),
    ...wellKnown.map((path) => ({ method: 'GET', path })),
    { method: 'OPTIONS', path: '/.well-known/oauth-protected-resource', headers: { origin: 'https://client.golden.test' } },
    { method: 'GET', path: '/oauth/authorize?response_type=code&client_id=golden' },
    mcp(),
    mcp('Basic Z29sZGVuOmdvbGRlbg=='),
    mcp('Bearer not-a-jwt'),
    mcp({ token: 'expired' }),
    mcp({ token: 'wrong audience' }),
    mcp({ token: 'valid' }),
  ];
}

function tokenFor(kind: TokenKind, issuer: TestIssuer, audience: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  if (kind === 'expired') return issuer.sign({ sub: 'golden-user', aud: audience }, { expiresIn: now - 3600 });
  if (kind === 'wrong audience') return issuer.sign({ sub: 'golden-user', aud: 'https://wrong-audience.golden.test' });
  return issuer.sign({ sub: 'golden-user', aud: audience });
}

/** Loopback stand-ins for what a plan names outside vmcp: the issuer's keys, backends, token services. */
interface Peers {
  issuer: TestIssuer;
  backends: Map<string, FixtureBackend>;
  sts: Map<string, Sts>;
  close(): Promise<void>;
}

async function startPeers(plan: RuntimePlan): Promise<Peers> {
  const issuer = await startTestIssuer({ issuer: plan.incomingAuth.oidc?.issuer ?? DEFAULT_ISSUER, alg: 'ES256' });
  const credentialHeaders = [
    'authorization',
    ...plan.backends.flatMap((b) => (b.outgoingAuth.type === 'header_injection' ? [b.outgoingAuth.headerName.toLowerCase()] : [])),
  ];
  const backends = new Map<string, FixtureBackend>();
  const sts = new Map<string, Sts>();
  for (const b of plan.backends) {
    const tools = BACKEND_TOOLS.map((name) => ({
      name,
      run: (args: Record<string, unknown>, headers: Record<string, string | string[] | undefined>) => ({
        content: [{ type: 'text' as const, text: `${b.name}:${name}:${JSON.stringify(args)} ${[...new Set(credentialHeaders)].map((h) => `${h}=${String(headers[h] ?? '-')}`).join(' ')}` }],
      }),
    }));
    backends.set(b.name, await startFixtureBackend({ name: b.name, tools, extras: true, era: b.transport === 'sse' ? 'sse' : 'sessions' }));
    const out = b.outgoingAuth;
    if (out.type === 'token_exchange') sts.set(b.name, await startSts({ clientId: out.clientId, clientSecret: out.clientSecret === null ? null : PLACEHOLDER }));
  }
  return {
    issuer,
    backends,
    sts,
    async close() {
      for (const b of backends.values()) await b.close();
      for (const s of sts.values()) await s.close();
      await issuer.close();
    },
  };
}

/** The harness's copy of the plan: keys, backends and token services on loopback, whatever the config says. */
function withPeers(plan: RuntimePlan, peers: Peers): RuntimePlan {
  type Mutable = { incomingAuth: { oidc?: Record<string, unknown> }; backends: { name: string; url: string; outgoingAuth: Record<string, unknown> }[] };
  const copy = structuredClone(plan) as unknown as Mutable;
  const jwks = { jwksUrl: peers.issuer.jwksUrl, allowPrivateIp: true, insecureAllowHttp: true, caBundlePath: null };
  if (copy.incomingAuth.oidc) Object.assign(copy.incomingAuth.oidc, jwks);
  for (const b of copy.backends) {
    b.url = peers.backends.get(b.name)!.url;
    const sts = peers.sts.get(b.name);
    if (sts) b.outgoingAuth.tokenUrl = sts.url;
  }
  return copy as unknown as RuntimePlan;
}

/** A session id is random: shown as a label wherever it is sent or answered. */
const withSessionLabel = <T,>(headers: Record<string, T>): Record<string, T | string> =>
  'mcp-session-id' in headers ? { ...headers, 'mcp-session-id': '<session id>' } : headers;

function record(step: Step, a: Answer): unknown {
  let body = a.body;
  const headers = { ...a.headers };
  delete headers.date;
  if (step.path === '/metrics' && a.status === 200) {
    body = body
      .split('\n')
      .filter((l) => /^# (HELP|TYPE) vmcp_http_/.test(l))
      .join('\n');
    delete headers['content-length'];
  }
  const sorted = Object.fromEntries(Object.entries(withSessionLabel(headers)).sort(([x], [y]) => (x < y ? -1 : 1)));
  const auth = step.authorization;
  return {
    request: {
      method: step.method,
      path: step.path,
      ...(auth === undefined ? {} : { authorization: typeof auth === 'string' ? auth : `Bearer <${auth.token} token>` }),
      ...(step.host ? { host: step.host } : {}),
      ...(step.headers ? { headers: withSessionLabel(step.headers) } : {}),
      ...(step.body ? { body: step.body } : {}),
    },
    response: { status: a.status, headers: sorted, body },
  };
}

/** Sends the steps in order; `next` may add steps from the answers so far (the MCP conversation does). */
async function transcript(plan: RuntimePlan): Promise<string> {
  const peers = await startPeers(plan);
  for (const { ref } of findSecretRefs(plan)) if ('env' in ref) vi.stubEnv(ref.env, PLACEHOLDER);
  const server = await runPlan(withPeers(plan, peers), { host: '127.0.0.1', port: 0, logger: silentLogger });
  const audience = plan.incomingAuth.oidc?.audience ?? 'vmcp';
  // One token of each kind per transcript, as a client keeps using the token it has.
  const tokens = new Map<TokenKind, string>();
  const sign = async (kind: TokenKind): Promise<string> => {
    if (!tokens.has(kind)) tokens.set(kind, await tokenFor(kind, peers.issuer, audience));
    return tokens.get(kind)!;
  };
  const entries: unknown[] = [];
  const send = async (step: Step): Promise<Answer> => {
    const auth = step.authorization;
    const authorization = auth === undefined ? undefined : typeof auth === 'string' ? auth : `Bearer ${await sign(auth.token)}`;
    const headers = { host: step.host ?? HOST, ...step.headers, ...(authorization ? { authorization } : {}) };
    const answer = await call(`${server.url}${step.path}`, { method: step.method, headers, ...(step.body ? { body: step.body } : {}) });
    entries.push(record(step, answer));
    return answer;
  };
  try {
    for (const step of steps(plan)) await send(step);
    await conversation(plan, send);
    let text = JSON.stringify({ host: HOST, exchanges: entries }, null, 2) + '\n';
    // Answers that echo a token (an exchanged token names its subject) show its label, as requests do.
    for (const [kind, token] of tokens) text = text.replaceAll(token, `<${kind} token>`);
    return text;
  } finally {
    await server.close();
    await peers.close();
  }
}

/** An MCP client's session: initialize, the lists, a call of every listed tool and of an unknown one, DELETE. */
async function conversation(plan: RuntimePlan, send: (step: Step) => Promise<Answer>): Promise<void> {
  const authorization: Step['authorization'] = plan.incomingAuth.type === 'oidc' ? { token: 'valid' } : undefined;
  const base = { host: MCP_HOST, ...(authorization ? { authorization } : {}) };
  const post = (headers: Record<string, string>, message: unknown): Step => ({
    ...base,
    method: 'POST',
    path: '/mcp',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify(message),
  });
  let id = 0;
  const request = (method: string, params?: unknown) => ({ jsonrpc: '2.0', id: ++id, method, ...(params === undefined ? {} : { params }) });
  const init = await send(post({}, request('initialize', { protocolVersion: PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'golden', version: '1.0.0' } })));
  const sessionId = init.headers['mcp-session-id'];
  if (typeof sessionId !== 'string') return;
  const session = { 'mcp-session-id': sessionId, 'mcp-protocol-version': PROTOCOL_VERSION };
  await send(post(session, { jsonrpc: '2.0', method: 'notifications/initialized' }));
  const tools = messageOf(await send(post(session, request('tools/list')))).result?.tools ?? [];
  await send(post(session, request('resources/list')));
  await send(post(session, request('prompts/list')));
  for (const { name } of [...tools, { name: 'no_such_tool' }]) await send(post(session, request('tools/call', { name, arguments: { from: 'golden' } })));
  await send({ ...base, method: 'DELETE', path: '/mcp', headers: session });
}

/** The JSON-RPC message of an answer, plain or as its one SSE event. */
function messageOf(a: Answer): { result?: { tools?: { name: string }[] } } {
  const data = /^data: (.*)$/m.exec(a.body)?.[1] ?? a.body;
  try {
    return JSON.parse(data) as { result?: { tools?: { name: string }[] } };
  } catch {
    return {};
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Mode A golden transcripts', () => {
  it('has the Mode A golden configs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const { name, plan } of cases) {
    it(name, async () => {
      const text = await transcript(plan);
      const golden = join(root, name, 'transcript.json');
      if (update) writeFileSync(golden, text);
      else if (!existsSync(golden)) throw new Error(`${golden} is missing: run npm run golden:update and review it`);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
