/**
 * The flow wired the way the runtime runs it: a Mode B config compiled by the real compiler, the auth
 * server built by startAuthServer with these flows as its `flow`, everything mounted on the real server
 * core (runtime/server.ts), and a real OIDC upstream. An MCP client (oauth4webapi, strict) discovers the
 * server, registers, logs in, and calls the MCP endpoint, whose middleware loads the upstream tokens by tsid.
 */
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteHandler, SecretValues } from '../../runtime/contract.js';
import { startAuthServer, type AuthServerRuntime } from '../../runtime/auth-server/index.js';
import { oauthFlowEndpoints } from '../../runtime/auth-server/flow/index.js';
import { resolveSecrets } from '../../runtime/secrets.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { compileModeB } from '../auth-server/helpers/plan.js';
import { bindLoopback } from '../fixtures/listen.js';
import { Browser } from './helpers/browser.js';
import { startIdp, type TestIdp } from './helpers/idp.js';

/** Stands in for the MCP endpoint: says who called and which upstream tokens came with it (names only). */
const mcp: RouteHandler = (_req, res, ctx) => {
  const body = JSON.stringify({ subject: ctx.identity?.subject, providers: Object.keys(ctx.identity?.upstreamTokens ?? {}).sort() });
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
};

const insecure = { [oauth.allowInsecureRequests]: true } as const;
const REDIRECT = 'http://127.0.0.1:40123/cb';

let issuer: string;
let idp: TestIdp;
let as: AuthServerRuntime;
let server: RunningServer;
let secrets: SecretValues;
beforeAll(async () => {
  const bound = await bindLoopback();
  issuer = bound.origin;
  idp = await startIdp({ clientId: 'vmcp', clientSecret: 'corp-secret-for-tests', redirectUri: `${issuer}/oauth/callback`, authMethod: 'client_secret_basic' });
  const { plan, authServer } = compileModeB(issuer, { audience: `${issuer}/mcp`, corpIssuer: idp.issuer });
  secrets = resolveSecrets(plan, { env: { CORP_SECRET: idp.clientSecret } });
  // No grace window, so that a replay right after a rotation counts as one (the clock here is the real one).
  as = await startAuthServer(authServer, { secrets, flow: oauthFlowEndpoints(authServer, { secrets, refreshGraceMs: 0 }) });
  server = await startServer(plan, { listener: bound.listener, secrets, handlers: { ...as.handlers, mcp }, auth: as.incomingAuth });
});
afterAll(async () => {
  await server?.close();
  await as?.close();
  await idp?.stop();
});

// The steps of one sign-in, each using what the one before got: in order even under --sequence.shuffle.
describe('an MCP client against vmcp with the embedded authorization server', { shuffle: false }, () => {
  let meta: oauth.AuthorizationServer;
  let client: oauth.Client;
  let tokens: oauth.TokenEndpointResponse;
  const callMcp = (token: string) => fetch(`${issuer}/mcp`, { headers: { Authorization: `Bearer ${token}` } });

  it('discovers the server and registers', async () => {
    meta = await oauth.processDiscoveryResponse(new URL(issuer), await oauth.discoveryRequest(new URL(issuer), insecure));
    expect(meta.authorization_endpoint).toBe(`${issuer}/oauth/authorize`);
    client = await oauth.processDynamicClientRegistrationResponse(
      await oauth.dynamicClientRegistrationRequest(meta, { redirect_uris: ['http://127.0.0.1/cb'], token_endpoint_auth_method: 'none', scope: 'openid offline_access' }, insecure),
    );
  });

  it('logs in through the upstream and gets our tokens', async () => {
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const url = new URL(meta.authorization_endpoint!);
    for (const [k, v] of Object.entries({
      client_id: client.client_id,
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: 'openid offline_access',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      resource: `${issuer}/mcp`,
    })) {
      url.searchParams.set(k, v);
    }
    idp.loginAs('carol');
    const back = await new Browser().follow(url, (u) => u.href.startsWith(REDIRECT));
    const params = oauth.validateAuthResponse(meta, client, back, state);
    const res = await oauth.authorizationCodeGrantRequest(meta, client, oauth.None(), params, REDIRECT, verifier, { ...insecure, additionalParameters: { resource: `${issuer}/mcp` } });
    tokens = await oauth.processAuthorizationCodeResponse(meta, client, res);
    expect(tokens.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('calls the MCP endpoint as the upstream user, with the upstream token loaded', async () => {
    const res = await callMcp(tokens.access_token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ subject: 'carol', providers: ['corp'] });
  });

  it('is accepted as well by a vmcp that finds its own issuer\'s keys by loopback discovery, not in-process', async () => {
    // The contract: the middleware validates vmcp's JWT against its own issuer, a loopback to itself.
    const { plan } = compileModeB(issuer, { audience: `${issuer}/mcp`, corpIssuer: idp.issuer, incomingInsecureHttp: true });
    const replica = await startServer(plan, { port: 0, secrets, handlers: { mcp }, auth: { upstreamTokens: as.incomingAuth.upstreamTokens } });
    try {
      const call = (token: string) => fetch(`${replica.url}/mcp`, { headers: { Authorization: `Bearer ${token}` } });
      const ok = await call(tokens.access_token);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ subject: 'carol', providers: ['corp'] });
      const [head, body] = tokens.access_token.split('.');
      const forged = `${head}.${body}.${'A'.repeat(86)}`;
      expect((await call(forged)).status).toBe(401);
    } finally {
      await replica.close();
    }
  });

  it('refreshes, and a replayed refresh token shuts the session for every token issued in it', async () => {
    const next = await oauth.processRefreshTokenResponse(meta, client, await oauth.refreshTokenGrantRequest(meta, client, oauth.None(), tokens.refresh_token!, insecure));
    expect((await callMcp(next.access_token)).status).toBe(200);
    const replay = await oauth.refreshTokenGrantRequest(meta, client, oauth.None(), tokens.refresh_token!, insecure);
    await expect(oauth.processRefreshTokenResponse(meta, client, replay)).rejects.toMatchObject({ error: 'invalid_grant' });
    // The access tokens still within their lifetime stop working too: their upstream session is gone.
    for (const t of [tokens.access_token, next.access_token]) {
      const res = await callMcp(t);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('invalid_token');
    }
  });
});
