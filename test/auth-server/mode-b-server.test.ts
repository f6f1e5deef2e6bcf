/**
 * The auth server mounted on the real server core (runtime/server.ts) with a real Mode B plan: the
 * plan's routes reach our handlers, and the incoming middleware verifies our JWTs in-process and loads
 * upstream tokens by tsid, refusing another user's session (401) and answering 503 when storage is down.
 */
import { randomUUID } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteHandler } from '../../runtime/contract.js';
import { startAuthServer, type AuthServerRuntime, type FlowEndpoints } from '../../runtime/auth-server/index.js';
import { resolveSecrets } from '../../runtime/secrets.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { secret, upstreamTokens } from './helpers/records.js';
import { compileModeB } from './helpers/plan.js';
import { bindLoopback } from '../fixtures/listen.js';
import { listenRefusing, type RefusingServer } from '../helpers/refusing-server.js';

/** Stands in for the MCP endpoint: reports what the middleware put into the identity, never token values. */
const mcp: RouteHandler = (_req, res, ctx) => {
  const body = JSON.stringify({ subject: ctx.identity?.subject, providers: Object.keys(ctx.identity?.upstreamTokens ?? {}).sort() });
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
};

async function boot(runConfigExtra: string[] = [], flow?: FlowEndpoints) {
  const { origin: issuer, listener } = await bindLoopback();
  const { plan } = compileModeB(issuer, { runConfigExtra });
  const secrets = resolveSecrets(plan, { env: { CORP_SECRET: secret() } });
  const as = await startAuthServer(plan.authServer!, { secrets, ...(flow ? { flow } : {}) });
  const server = await startServer(plan, { listener, secrets, handlers: { ...as.handlers, mcp }, auth: as.incomingAuth });
  return { issuer, as, server };
}

async function jwt(as: AuthServerRuntime, issuer: string, claims: Record<string, unknown>) {
  return new SignJWT({ client_id: 'c1', ...claims })
    .setProtectedHeader({ alg: as.keys.signing.alg, kid: as.keys.signing.kid, typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(issuer)
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti(randomUUID())
    .sign(as.keys.signing.privateKey);
}

describe('Mode B on the server core, memory storage', () => {
  let issuer: string;
  let as: AuthServerRuntime;
  let server: RunningServer;
  beforeAll(async () => {
    ({ issuer, as, server } = await boot());
  });
  afterAll(async () => {
    await server.close();
    await as.close();
  });

  const insecure = { [oauth.allowInsecureRequests]: true } as const;
  const callMcp = async (token: string) => fetch(`${issuer}/mcp`, { headers: { Authorization: `Bearer ${token}` } });

  it('serves discovery and registration through the plan routes', async () => {
    const meta = await oauth.processDiscoveryResponse(new URL(issuer), await oauth.discoveryRequest(new URL(issuer), insecure));
    const client = await oauth.processDynamicClientRegistrationResponse(
      await oauth.dynamicClientRegistrationRequest(meta, { redirect_uris: ['http://127.0.0.1/cb'], token_endpoint_auth_method: 'none' }, insecure),
    );
    expect(await as.storage.getClient(client.client_id)).not.toBeNull();
    const other = await fetch(`${issuer}/oauth/token`, { method: 'POST' });
    expect(other.status).toBe(404);
  });

  it('loads the caller\'s upstream tokens by tsid into the identity', async () => {
    const tsid = secret();
    await as.storage.putUpstreamTokens(tsid, upstreamTokens({ provider: 'corp', userId: 'user-1', clientId: 'c1' }), 60_000);
    const res = await callMcp(await jwt(as, issuer, { sub: 'user-1', tsid }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ subject: 'user-1', providers: ['corp'] });
  });

  it('answers 401 invalid_token for a tsid stored for another user', async () => {
    const tsid = secret();
    await as.storage.putUpstreamTokens(tsid, upstreamTokens({ userId: 'victim' }), 60_000);
    const res = await callMcp(await jwt(as, issuer, { sub: 'attacker', tsid }));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
  });

  it('answers 401 for a tsid with nothing stored (e.g. after a restart with memory storage)', async () => {
    const res = await callMcp(await jwt(as, issuer, { sub: 'user-1', tsid: secret() }));
    expect(res.status).toBe(401);
  });
});

describe('Mode B on the server core, Redis storage down', () => {
  let dead: RefusingServer;
  let issuer: string;
  let as: AuthServerRuntime;
  let server: RunningServer;
  beforeAll(async () => {
    dead = await listenRefusing();
    ({ issuer, as, server } = await boot(['    storage:', '      type: redis', '      redis_config:', `        addr: 127.0.0.1:${dead.port}`, '        dial_timeout: 200ms']));
  });
  afterAll(async () => {
    await server.close();
    await as.close();
    await dead.close();
  });

  it('answers 503 to an authenticated request whose upstream tokens cannot be loaded', async () => {
    const res = await fetch(`${issuer}/mcp`, { headers: { Authorization: `Bearer ${await jwt(as, issuer, { sub: 'user-1', tsid: secret() })}` } });
    expect(res.status).toBe(503);
  });

  it('answers 503 to a registration', async () => {
    const res = await fetch(`${issuer}/oauth/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ redirect_uris: ['https://a.example/cb'] }) });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toBe('temporarily_unavailable');
  });
});

describe('Mode B with flow endpoints plugged in', () => {
  let issuer: string;
  let as: AuthServerRuntime;
  let server: RunningServer;
  let seen: string | undefined;
  beforeAll(async () => {
    // Stands in for the authorization flow: proves the dispatcher routes to what the factory returns,
    // built over the same storage and keys.
    const flow: FlowEndpoints = ({ storage, keys }) => ({
      token: (_req, res) => {
        seen = `${storage === as.storage}:${keys.signing.kid === as.keys.signing.kid}`;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      },
    });
    ({ issuer, as, server } = await boot([], flow));
  });
  afterAll(async () => {
    await server.close();
    await as.close();
  });

  it('routes /oauth/token to the flow, keeps register, and still answers 404 for what the flow lacks', async () => {
    expect((await fetch(`${issuer}/oauth/token`, { method: 'POST' })).status).toBe(200);
    expect(seen).toBe('true:true');
    expect((await fetch(`${issuer}/oauth/authorize`)).status).toBe(404);
    const reg = await fetch(`${issuer}/oauth/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ redirect_uris: ['https://a.example/cb'] }) });
    expect(reg.status).toBe(201);
  });
});

describe('Mode B start failures', () => {
  it('fails the start when the flow cannot be built, with the flow\'s own error', async () => {
    const { plan } = compileModeB('http://127.0.0.1:1');
    const secrets = resolveSecrets(plan, { env: { CORP_SECRET: secret() } });
    const broken: FlowEndpoints = () => {
      throw new Error('upstream corp must identify the user');
    };
    await expect(startAuthServer(plan.authServer!, { secrets, flow: broken })).rejects.toThrow(/must identify the user/);
  });
});
