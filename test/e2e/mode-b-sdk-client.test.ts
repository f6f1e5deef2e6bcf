/**
 * Mode B end to end with real peers only (issue 5, item 9): vmcp served by runPlan from a compiled YAML
 * config; two oidc-provider IdPs on loopback, one as an `oidc` upstream and one as a plain `oauth2`
 * upstream; two MCP backends built with the official SDK behind `upstream_inject`, each checking with its
 * IdP whose token it received; a real Redis as the auth server's storage; and the official MCP SDK client
 * (Streamable HTTP with an OAuthClientProvider) driving everything from the first 401. The test plays the
 * browser (redirects, scripted IdP logins, consent) and, where a test needs time to pass, signs an expired
 * twin of a token with vmcp's key file or moves a stored upstream expiry into the past.
 */
import { createPrivateKey, randomBytes } from 'node:crypto';
import { Client, StreamableHTTPClientTransport, UnauthorizedError, type FetchLike } from '@modelcontextprotocol/client';
import { Redis } from 'ioredis';
import { decodeJwt, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSources } from '../../compiler/index.js';
import { keyringFrom } from '../../runtime/auth-server/storage/keyring.js';
import { openUpstream, sealUpstream } from '../../runtime/auth-server/storage/sealed-records.js';
import { silentLogger } from '../../runtime/log.js';
import { runPlan } from '../../runtime/run.js';
import type { RunningServer } from '../../runtime/server.js';
import { Browser } from '../auth-server-flow/helpers/browser.js';
import { oauth2UpstreamConfig, startIdp, type TestIdp } from '../auth-server-flow/helpers/idp.js';
import { writeKeyFiles } from '../auth-server/helpers/key-files.js';
import { startRedis, type RedisProcess } from '../auth-server/helpers/redis-server.js';
import { bindLoopback } from '../fixtures/listen.js';
import { ScriptedHost } from './helpers/sdk-host.js';
import { startTokenCheckingBackend, type TokenCheckingBackend } from './helpers/token-checking-backend.js';

const REDIRECT = 'http://127.0.0.1:40555/callback';
/** vmcp prefixes each backend's tools with the backend's name (the default conflict resolution). */
const CORP_WHOAMI = 'corp-api_whoami';
const GH_WHOAMI = 'gh-api_whoami';
const ENV = { corp: 'VMCP_E2E_CORP_SECRET', gh: 'VMCP_E2E_GH_SECRET' } as const;

let origin: string;
let corp: TestIdp;
let gh: TestIdp;
let corpApi: TokenCheckingBackend;
let ghApi: TokenCheckingBackend;
let server: RunningServer;
let keys: ReturnType<typeof writeKeyFiles>;
let redis: RedisProcess;
/** A direct connection to vmcp's storage, where the test plays time on upstream tokens. */
let raw: Redis;
const PREFIX = 'vmcp-e2e:';

beforeAll(async () => {
  const bound = await bindLoopback();
  origin = bound.origin;
  const callback = `${origin}/oauth/callback`;
  corp = await startIdp({ clientId: 'vmcp-corp', clientSecret: randomBytes(24).toString('base64url'), redirectUri: callback, authMethod: 'client_secret_basic' });
  gh = await startIdp({ clientId: 'vmcp-gh', clientSecret: randomBytes(24).toString('base64url'), redirectUri: callback, authMethod: 'client_secret_post' });
  corpApi = await startTokenCheckingBackend('whoami', `${corp.issuer}/me`);
  ghApi = await startTokenCheckingBackend('whoami', `${gh.issuer}/me`);
  keys = writeKeyFiles();
  redis = await startRedis();
  raw = new Redis({ host: '127.0.0.1', port: redis.port });
  // runPlan reads secrets as `vmcp serve` does: from the environment and from files.
  process.env[ENV.corp] = corp.clientSecret;
  process.env[ENV.gh] = gh.clientSecret;
  const yaml = `
name: e2e-mode-b
groupRef: g
backends:
  - { name: corp-api, url: "${corpApi.url}", transport: streamable-http }
  - { name: gh-api, url: "${ghApi.url}", transport: streamable-http }
incomingAuth:
  type: oidc
  oidc: { issuer: "${origin}", audience: "${origin}/mcp", resource: "${origin}/mcp", jwksAllowPrivateIp: true }
outgoingAuth:
  source: inline
  default: { type: unauthenticated }
  backends:
    corp-api: { type: upstream_inject, upstreamInject: { providerName: corp } }
    gh-api: { type: upstream_inject, upstreamInject: { providerName: gh } }
authServer:
  runConfig:
    issuer: "${origin}"
    upstreams:
      - name: corp
        type: oidc
        oidc_config:
          issuer_url: "${corp.issuer}"
          client_id: vmcp-corp
          client_secret_env_var: ${ENV.corp}
          # oidc-provider issues a refresh token for offline_access only after consent.
          scopes: [openid, offline_access]
          additional_authorization_params: { prompt: consent }
      - name: gh
        type: oauth2
        oauth2_config: ${oauth2UpstreamConfig(gh, ENV.gh)}
    allowed_audiences: ["${origin}/mcp"]
    signing_key_config: { key_dir: "${keys.dir}", signing_key_file: ec.pem }
    hmac_secret_files: ["${keys.hmacPath}"]
    storage: { type: redis, redis_config: { addr: "127.0.0.1:${redis.port}", key_prefix: "${PREFIX}" } }
`;
  const compiled = compileSources({ file: 'vmcp.yaml', bytes: yaml });
  if (!compiled.ok || !compiled.plan) throw new Error(`test config does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  server = await runPlan(compiled.plan, { host: '127.0.0.1', port: bound.port, listener: bound.listener, logger: silentLogger });
});
afterAll(async () => {
  await server?.close();
  await Promise.all([corpApi?.close(), ghApi?.close(), corp?.stop(), gh?.stop()]);
  raw?.disconnect();
  await redis?.stop();
  keys?.cleanup();
  delete process.env[ENV.corp];
  delete process.env[ENV.gh];
});

/** Every request the SDK makes, as "METHOD path status" (no query, no headers: nothing secret). */
const sdkRequests: string[] = [];
const recordingFetch: FetchLike = async (url, init) => {
  const res = await fetch(url, init);
  sdkRequests.push(`${init?.method ?? 'GET'} ${new URL(url).pathname} ${res.status}`);
  return res;
};
const count = (request: string) => sdkRequests.filter((r) => r === request).length;
const transport = (host: ScriptedHost) => new StreamableHTTPClientTransport(new URL(`${origin}/mcp`), { authProvider: host, fetch: recordingFetch });

async function connect(host: ScriptedHost): Promise<Client> {
  const client = new Client({ name: 'vmcp-e2e', version: '1.0.0' });
  await client.connect(transport(host));
  return client;
}

/** The whole login of one user: the SDK's first attempt, the browser through both IdPs, the code redeemed by the SDK. */
async function signIn(host: ScriptedHost, user: string): Promise<void> {
  await expect(connect(host)).rejects.toBeInstanceOf(UnauthorizedError);
  corp.loginAs(user);
  gh.loginAs(`${user}-at-gh`);
  const back = await new Browser().follow(host.authorizationUrl!, (u) => u.href.startsWith(REDIRECT));
  await transport(host).finishAuth(back.searchParams);
}

const text = (r: Awaited<ReturnType<Client['callTool']>>) => (r.content as { type: string; text: string }[])[0]!.text;

/** A JWT signed with vmcp's own key (the test holds the key file), to stand in for a token time or another user made. */
async function signedByVmcp(claims: JWTPayload): Promise<string> {
  const jwks = (await (await fetch(`${origin}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: jwks.keys[0]!.kid, typ: 'at+jwt' }).sign(createPrivateKey(keys.pem.ec));
}

const mcpPost = (token: string, method: string) =>
  fetch(`${origin}/mcp`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: {} }),
  });

describe('vmcp in Mode B with the official MCP SDK client', () => {
  const alice = new ScriptedHost(REDIRECT);
  /**
   * Alice's sign-in, done once by whichever test runs first (tests run in any order): always the file's
   * first sign-in, so its requests lead `sdkRequests`.
   */
  let aliceSignIn: Promise<void> | undefined;
  const aliceSignedIn = () => (aliceSignIn ??= signIn(alice, 'alice'));

  /** Every request a backend got carried an upstream token: never one of the tokens vmcp gave the client. */
  function expectOnlyUpstreamTokensAtBackends(): void {
    const ours = alice.savedTokens.map((t) => t.access_token);
    for (const backend of [corpApi, ghApi]) {
      const seen = backend.tokens();
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((t) => t !== '' && !ours.includes(t))).toBe(true);
      // oidc-provider's access tokens are opaque: nothing that reaches a backend is a JWT of ours.
      expect(seen.some((t) => t.split('.').length === 3 && decodeJwt(t).iss === origin)).toBe(false);
    }
  }

  it('goes from the first 401 through discovery, registration, both upstream logins and the token request', async () => {
    await aliceSignedIn();
    // In this order: the 401, the protected-resource metadata it points to, the authorization server's
    // metadata, registration, then (after the browser's round trip) the code redeemed at the token endpoint.
    const steps = [
      'POST /mcp 401',
      'GET /.well-known/oauth-protected-resource/mcp 200',
      'GET /.well-known/oauth-authorization-server 200',
      'POST /oauth/register 201',
      'POST /oauth/token 200',
    ];
    expect(sdkRequests[0]).toBe(steps[0]);
    const at = steps.map((r) => sdkRequests.indexOf(r));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(alice.authorizationUrl!.origin + alice.authorizationUrl!.pathname).toBe(`${origin}/oauth/authorize`);
    expect(alice.authorizationUrl!.searchParams.get('resource')).toBe(`${origin}/mcp`);
    const tokens = alice.tokens()!;
    expect(tokens.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({ iss: origin, sub: 'alice', aud: `${origin}/mcp`, client_id: alice.clientId() });
    expect(typeof claims.tsid).toBe('string');
  });

  it('calls a tool on each backend, which receives its own upstream token and never vmcp\'s JWT', async () => {
    await aliceSignedIn();
    const client = await connect(alice);
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining([CORP_WHOAMI, GH_WHOAMI]));
    expect(text(await client.callTool({ name: CORP_WHOAMI, arguments: {} }))).toBe('upstream user: alice');
    expect(text(await client.callTool({ name: GH_WHOAMI, arguments: {} }))).toBe('upstream user: alice-at-gh');
    expectOnlyUpstreamTokensAtBackends();
    // Each backend got the token of its own upstream: the other IdP does not know it.
    const corpToken = corpApi.tokens().at(-1)!;
    expect((await fetch(`${gh.issuer}/me`, { headers: { authorization: `Bearer ${corpToken}` } })).status).toBe(401);
    await client.close();
  });

  it('refreshes its access token through the SDK when vmcp refuses the expired one, and calls again', async () => {
    await aliceSignedIn();
    const client = await connect(alice);
    const before = alice.tokens()!;
    const claims = decodeJwt(before.access_token);
    const now = Math.floor(Date.now() / 1000);
    // The same token an hour later: expired beyond any clock tolerance (the test signs it with vmcp's key file).
    alice.replaceAccessToken(await signedByVmcp({ ...claims, iat: now - 7200, exp: now - 3600 }));
    const saved = alice.savedTokens.length;
    const [refused, refreshed] = [count('POST /mcp 401'), count('POST /oauth/token 200')];

    expect(text(await client.callTool({ name: CORP_WHOAMI, arguments: {} }))).toBe('upstream user: alice');
    // vmcp refused the expired token once; the SDK redeemed its refresh token once and retried.
    expect([count('POST /mcp 401'), count('POST /oauth/token 200')]).toEqual([refused + 1, refreshed + 1]);
    expect(alice.savedTokens.length).toBe(saved + 1);
    const after = alice.tokens()!;
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(after.refresh_token).not.toBe(before.refresh_token);
    // The refreshed token carries the same upstream session: no new login was needed.
    expect(decodeJwt(after.access_token)).toMatchObject({ sub: 'alice', tsid: claims.tsid });
    expect(text(await client.callTool({ name: GH_WHOAMI, arguments: {} }))).toBe('upstream user: alice-at-gh');
    expectOnlyUpstreamTokensAtBackends();
    await client.close();
  });

  it('refreshes an expired upstream token behind the scenes: the call just works and the backend gets the new token', async () => {
    await aliceSignedIn();
    const tsid = decodeJwt(alice.tokens()!.access_token).tsid as string;
    const key = `${PREFIX}up:${tsid}`;
    // Sealed at rest with a key derived from hmac_secret_files: the test opens it with the same file.
    const keyring = keyringFrom([keys.hmacSecret], false);
    const sealed = (await raw.hget(key, 'corp'))!;
    const before = openUpstream(keyring, tsid, 'corp', sealed);
    expect(before.refreshToken).toEqual(expect.any(String));
    expect(sealed).not.toContain(before.accessToken);
    expect(sealed).not.toContain(before.refreshToken);
    // Time passes for the upstream token only: its stored expiry moves into the past.
    await raw.hset(key, 'corp', sealUpstream(keyring, tsid, { ...before, expiresAt: Date.now() - 1000 }));
    const saved = alice.savedTokens.length;
    const c = await connect(alice);
    expect(text(await c.callTool({ name: CORP_WHOAMI, arguments: {} }))).toBe('upstream user: alice');
    const after = openUpstream(keyring, tsid, 'corp', (await raw.hget(key, 'corp'))!);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.expiresAt).toBeGreaterThan(Date.now());
    expect(corpApi.tokens().at(-1)).toBe(after.accessToken);
    // Nothing changed for the client: no 401, no new token of ours.
    expect(alice.savedTokens.length).toBe(saved);
    await c.close();
  });

  it('refuses a second user\'s JWT that names the first user\'s tsid (401)', async () => {
    await aliceSignedIn();
    const bob = new ScriptedHost(REDIRECT);
    await signIn(bob, 'bob');
    const bobClient = await connect(bob);
    expect(text(await bobClient.callTool({ name: CORP_WHOAMI, arguments: {} }))).toBe('upstream user: bob');
    await bobClient.close();

    // Only a holder of vmcp's signing key (or a bug) could make such a token; binding the tsid to the user
    // it was stored for is the defence in depth RFC-0053 asks for.
    const aliceTsid = decodeJwt(alice.tokens()!.access_token).tsid;
    const forged = await signedByVmcp({ ...decodeJwt(bob.tokens()!.access_token), tsid: aliceTsid });
    const res = await mcpPost(forged, 'tools/list');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(res.headers.get('www-authenticate')).toContain('re-authentication required');
    // The refusal touched neither session: each user still reaches the backend as themselves.
    for (const [host, user] of [[alice, 'alice'], [bob, 'bob']] as const) {
      const c = await connect(host);
      expect(text(await c.callTool({ name: CORP_WHOAMI, arguments: {} }))).toBe(`upstream user: ${user}`);
      await c.close();
    }
  });
});
