/**
 * Against a real OpenID provider (panva's oidc-provider on loopback): discovery, its JWKS, and the JWT
 * access tokens it issues (client credentials with a resource indicator) are accepted end to end.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteHandler } from '../../runtime/contract.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { call, json } from './helpers/http.js';
import { oidcPlan } from './helpers/plans.js';

const RESOURCE = 'https://vmcp.test/mcp';
const CLIENT = { id: 'mcp-client', secret: 'test-only-client-secret' };
const echo: RouteHandler = (_req, res, { identity }) =>
  void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ subject: identity?.subject, scope: identity?.claims.scope }));

describe('with oidc-provider as the incoming issuer', () => {
  let idp: ReturnType<typeof createServer>;
  let issuer: string;
  let vmcp: RunningServer;

  beforeAll(async () => {
    let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, s) => void s.writeHead(503).end();
    idp = createServer((req, res) => handler(req, res));
    await new Promise<void>((r) => idp.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const provider = new Provider(issuer, {
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'idp-key', alg: 'RS256', use: 'sig' }] },
      ttl: { ClientCredentials: 300 },
      clients: [{ client_id: CLIENT.id, client_secret: CLIENT.secret, grant_types: ['client_credentials'], redirect_uris: [], response_types: [] }],
      features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => RESOURCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({ scope: 'mcp:tools', audience: RESOURCE, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
        },
      },
    });
    handler = provider.callback();
    vmcp = await startServer(oidcPlan(issuer, { audience: RESOURCE, resource: RESOURCE }), { port: 0, handlers: { mcp: echo } });
  });
  afterAll(async () => {
    await vmcp.close();
    idp.closeAllConnections();
    await new Promise((r) => idp.close(r));
  });

  async function accessToken(): Promise<string> {
    const a = await call(`${issuer}/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'mcp:tools', resource: RESOURCE }).toString(),
    });
    expect(a.status).toBe(200);
    return (json(a) as { access_token: string }).access_token;
  }

  it('accepts its JWT access token, found through discovery', async () => {
    const token = await accessToken();
    const a = await call(`${vmcp.url}/mcp`, { headers: { authorization: `Bearer ${token}` } });
    expect(a.status).toBe(200);
    expect(json(a)).toEqual({ subject: CLIENT.id, scope: 'mcp:tools' });
  });

  it('refuses the same token with a flipped signature bit', async () => {
    const token = await accessToken();
    const [h, p, s] = token.split('.') as [string, string, string];
    const sig = Buffer.from(s, 'base64url');
    sig[0]! ^= 1;
    const a = await call(`${vmcp.url}/mcp`, { headers: { authorization: `Bearer ${h}.${p}.${sig.toString('base64url')}` } });
    expect(a.status).toBe(401);
    expect(json(a)).toEqual({ error: 'invalid_token', error_description: "Invalid token: the token's signature is invalid" });
  });
});
