/**
 * Mode A golden HTTP transcripts: for every Mode A config under test/golden/, a fixed list of requests and
 * the server's answers (status, headers sorted and without Date, body), compared byte for byte with the
 * committed transcript.json. This is the guard that Mode B work never changes what a Mode A server says.
 * Only `npm run golden:update` (VMCP_GOLDEN_UPDATE=1) rewrites them.
 *
 * What the harness changes, and why nothing recorded depends on it:
 * - the OIDC issuer's keys come from a test issuer on a random loopback port, so a copy of the plan points
 *   `jwksUrl` at it (and allows loopback and http for that fetch); the issuer string stays the config's;
 * - every request carries the same Host header, so origins in answers never show the port;
 * - tokens are signed per run and recorded only as a label;
 * - the MCP endpoint (another module) is replaced by a handler that shows the identity the auth layer
 *   produced, which is the part of the answer this guard is about (`upstreamTokens` null in Mode A);
 * - /metrics bodies keep only vmcp's HTTP metric families, since counts and process figures vary.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RouteHandler, RuntimePlan } from '../../runtime/contract.js';
import { parsePlan } from '../../runtime/load-plan.js';
import { findSecretRefs, resolveSecrets } from '../../runtime/secrets.js';
import { startServer } from '../../runtime/server.js';
import { call, type Answer } from './helpers/http.js';
import { startTestIssuer, type TestIssuer } from './helpers/test-issuer.js';

const root = 'test/golden';
const HOST = 'vmcp.golden.test';
const DEFAULT_ISSUER = 'https://idp.golden.test';
const update = process.env.VMCP_GOLDEN_UPDATE === '1';

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

/** The harness's copy of the plan: keys from the loopback test issuer, whatever the config says. */
function withTestKeys(plan: RuntimePlan, jwksUrl: string): RuntimePlan {
  const copy = structuredClone(plan) as { incomingAuth: { oidc?: Record<string, unknown> } };
  if (copy.incomingAuth.oidc) Object.assign(copy.incomingAuth.oidc, { jwksUrl, allowPrivateIp: true, insecureAllowHttp: true, caBundlePath: null });
  return copy as unknown as RuntimePlan;
}

/** Stands in for the MCP endpoint: shows the identity; a local user's name is the machine's, so it is masked. */
const identityEcho =
  (plan: RuntimePlan): RouteHandler =>
  (_req, res, { identity }) => {
    const body = JSON.stringify({
      subject: plan.incomingAuth.type === 'local' ? '<local user>' : identity?.subject,
      tokenPresent: identity?.token != null,
      upstreamTokens: identity?.upstreamTokens,
    });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  };

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
  const sorted = Object.fromEntries(Object.entries(headers).sort(([x], [y]) => (x < y ? -1 : 1)));
  const auth = step.authorization;
  return {
    request: {
      method: step.method,
      path: step.path,
      ...(auth === undefined ? {} : { authorization: typeof auth === 'string' ? auth : `Bearer <${auth.token} token>` }),
      ...(step.headers ? { headers: step.headers } : {}),
    },
    response: { status: a.status, headers: sorted, body },
  };
}

async function transcript(plan: RuntimePlan): Promise<string> {
  const oidc = plan.incomingAuth.oidc;
  const issuer = await startTestIssuer({ issuer: oidc?.issuer ?? DEFAULT_ISSUER, alg: 'ES256' });
  const env = Object.fromEntries(findSecretRefs(plan).flatMap(({ ref }) => ('env' in ref ? [[ref.env, 'golden-placeholder']] : [])));
  const server = await startServer(withTestKeys(plan, issuer.jwksUrl), {
    port: 0,
    handlers: { mcp: identityEcho(plan) },
    secrets: resolveSecrets(plan, { env }),
  });
  try {
    const entries: unknown[] = [];
    for (const step of steps(plan)) {
      const auth = step.authorization;
      const authorization =
        auth === undefined ? undefined : typeof auth === 'string' ? auth : `Bearer ${await tokenFor(auth.token, issuer, oidc?.audience ?? 'vmcp')}`;
      const headers = { host: HOST, ...step.headers, ...(authorization ? { authorization } : {}) };
      const answer = await call(`${server.url}${step.path}`, { method: step.method, headers, ...(step.body ? { body: step.body } : {}) });
      entries.push(record(step, answer));
    }
    return JSON.stringify({ host: HOST, exchanges: entries }, null, 2) + '\n';
  } finally {
    await server.close();
    await issuer.close();
  }
}

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
