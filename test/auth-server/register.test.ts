import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FrozenPlan } from '../../compiler/index.js';
import type { AuthServerPlan } from '../../generated/plan.js';
import type { DeepReadonly } from '../../common/freeze.js';
import { discoveryHandlers } from '../../runtime/auth-server/discovery.js';
import { oauthRouter } from '../../runtime/auth-server/oauth-router.js';
import { registerHandler, type RegisterOptions } from '../../runtime/auth-server/register.js';
import { loadSigningKeys } from '../../runtime/auth-server/signing-keys.js';
import { MemoryStorage } from '../../runtime/auth-server/storage/memory.js';
import { openRedisStorage } from '../../runtime/auth-server/storage/redis.js';
import { deadRedisAddr } from './helpers/redis-server.js';
import { redisPlan } from './helpers/redis-plan.js';
import { TestHttpServer } from './helpers/http-server.js';
import { compileModeB } from './helpers/plan.js';
import { noSecrets } from './helpers/secrets.js';

const http = new TestHttpServer();
let issuer: string;
let plan: FrozenPlan;
let authServer: DeepReadonly<AuthServerPlan>;
let storage: MemoryStorage;

/** Mounts discovery and /oauth (with a register handler built from `over`) on the plan's routes. */
async function mount(over: Partial<RegisterOptions> = {}) {
  const keys = await loadSigningKeys([], { secrets: noSecrets });
  const handlers = {
    ...discoveryHandlers(authServer, keys),
    as_oauth: oauthRouter({ register: registerHandler({ storage, scopesSupported: authServer.scopesSupported, ...over }) }),
  };
  const routes = plan.routes.filter((r) => r.handler in handlers).map((r) => ({ path: r.path, match: r.match, handler: handlers[r.handler as keyof typeof handlers] }));
  http.mount(plan, routes);
}

beforeAll(async () => {
  issuer = await http.listen();
  ({ plan, authServer } = compileModeB(issuer));
});
beforeEach(async () => {
  storage = new MemoryStorage();
  await mount();
});
afterAll(async () => {
  await http.close();
});

const insecure = { [oauth.allowInsecureRequests]: true } as const;
const register = (body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  fetch(`${issuer}/oauth/register`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function expectError(res: Response, status: number, error: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/json');
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = (await res.json()) as { error: string; error_description?: string };
  expect(body.error).toBe(error);
  return body;
}

describe('POST /oauth/register with oauth4webapi as the client', () => {
  it('registers a public client found through discovery, and stores it', async () => {
    const as = await oauth.processDiscoveryResponse(new URL(issuer), await oauth.discoveryRequest(new URL(issuer), insecure));
    const res = await oauth.dynamicClientRegistrationRequest(
      as,
      { redirect_uris: ['http://127.0.0.1/callback', 'com.example.app:/cb'], token_endpoint_auth_method: 'none', client_name: 'Test App', application_type: 'native' },
      insecure,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const client = await oauth.processDynamicClientRegistrationResponse(res);
    expect(client).toMatchObject({
      redirect_uris: ['http://127.0.0.1/callback', 'com.example.app:/cb'],
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      scope: 'openid profile email offline_access',
      client_name: 'Test App',
      application_type: 'native',
    });
    expect(client).not.toHaveProperty('client_secret');
    expect(await storage.getClient(client.client_id)).toMatchObject({ clientId: client.client_id, redirectUris: client.redirect_uris });
  });

  it('keeps a requested subset of scopes and gives each registration its own client_id', async () => {
    const a = await oauth.processDynamicClientRegistrationResponse(await register({ redirect_uris: ['https://app.example/cb'], scope: 'openid offline_access' }));
    const b = await oauth.processDynamicClientRegistrationResponse(await register({ redirect_uris: ['https://app.example/cb'] }));
    expect(a.scope).toBe('openid offline_access');
    expect(a.client_id).not.toBe(b.client_id);
  });
});

describe('registration refusals', () => {
  it.each([
    ['an http URI on a public host', ['http://evil.example/cb']],
    ['javascript:', ['javascript:alert(1)']],
    ['data:', ['data:text/html,hi']],
    ['a fragment', ['https://app.example/cb#x']],
    ['no redirect URIs', []],
    ['more than 10 redirect URIs', Array.from({ length: 11 }, (_, i) => `https://app.example/cb${i}`)],
  ])('refuses %s with invalid_redirect_uri, storing nothing', async (_what, uris) => {
    await expectError(await register({ redirect_uris: uris }), 400, 'invalid_redirect_uri');
    expect(storage.size).toBe(0);
  });

  it.each([
    ['a confidential auth method', { token_endpoint_auth_method: 'client_secret_basic' }],
    ['the client_credentials grant', { grant_types: ['client_credentials'] }],
    ['grant types without authorization_code', { grant_types: ['refresh_token'] }],
    ['the implicit response type', { response_types: ['token'] }],
    ['an unsupported scope', { scope: 'openid admin' }],
    ['an odd application_type', { application_type: 'desktop' }],
    ['a client_name that is not a string', { client_name: 42 }],
  ])('refuses %s with invalid_client_metadata', async (_what, extra) => {
    await expectError(await register({ redirect_uris: ['https://app.example/cb'], ...extra }), 400, 'invalid_client_metadata');
  });

  it('refuses a body that is not JSON, not an object, or not declared as JSON', async () => {
    await expectError(await register('{"redirect_uris": ['), 400, 'invalid_client_metadata');
    await expectError(await register(['https://app.example/cb']), 400, 'invalid_client_metadata');
    await expectError(await register({ redirect_uris: ['https://app.example/cb'] }, { 'Content-Type': 'text/plain' }), 400, 'invalid_client_metadata');
  });

  it('refuses an oversized body with 413, whether declared or streamed', async () => {
    const big = { redirect_uris: ['https://app.example/cb'], client_name: 'x', padding: 'a'.repeat(20_000) };
    await expectError(await register(big), 413, 'invalid_client_metadata');
    const chunks = [Buffer.from('{"padding":"'), Buffer.alloc(20_000, 'a'), Buffer.from('"}')];
    const stream = new ReadableStream({
      pull(c) {
        const next = chunks.shift();
        if (next) c.enqueue(next);
        else c.close();
      },
    });
    const res = await fetch(`${issuer}/oauth/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    await expectError(res, 413, 'invalid_client_metadata');
    expect(storage.size).toBe(0);
  });

  it('limits registrations per client IP with 429 and Retry-After', async () => {
    await mount({ limiter: storage.rateLimiter('register', { burst: 2, perSecond: 0.1 }) });
    const ok = { redirect_uris: ['https://app.example/cb'] };
    expect((await register(ok)).status).toBe(201);
    expect((await register(ok)).status).toBe(201);
    const res = await register(ok);
    await expectError(res, 429, 'temporarily_unavailable');
    expect(res.headers.get('retry-after')).toBe('10');
    expect(storage.size).toBe(2);
  });

  it('answers 503 with Retry-After when storage is down', async () => {
    const dead = openRedisStorage(redisPlan(0, { addr: deadRedisAddr(), dialTimeoutMs: 200, readTimeoutMs: 500, writeTimeoutMs: 500 }), { secrets: noSecrets });
    await mount({ storage: dead });
    const res = await register({ redirect_uris: ['https://app.example/cb'] });
    await expectError(res, 503, 'temporarily_unavailable');
    expect(res.headers.get('retry-after')).toBe('5');
    await dead.close();
  });
});

describe('the /oauth dispatcher', () => {
  it.each(['/oauth/authorize', '/oauth/callback', '/oauth/token', '/oauth/nope', '/oauth', '/oauth/register/'])('answers %s with a JSON 404 until it exists', async (path) => {
    const res = await fetch(`${issuer}${path}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not_found' });
  });

  it('refuses GET on register with 405 and answers the CORS preflight', async () => {
    const get = await fetch(`${issuer}/oauth/register`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    const pre = await fetch(`${issuer}/oauth/register`, { method: 'OPTIONS', headers: { Origin: 'https://inspector.example', 'Access-Control-Request-Method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
  });

  it('lets a browser read the registration answer (CORS on the POST itself)', async () => {
    const res = await register({ redirect_uris: ['https://app.example/cb'] });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
