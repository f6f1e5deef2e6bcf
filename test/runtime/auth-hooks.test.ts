/**
 * The seams Mode B plugs into: an in-process key resolver instead of the issuer's JWKS, and the hook that
 * fills identity.upstreamTokens (or refuses the request).
 */
import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamTokensError, type RouteHandler, type UpstreamTokenLoader } from '../../runtime/contract.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { call, json } from './helpers/http.js';
import { oidcPlan } from './helpers/plans.js';

const ISSUER = 'https://vmcp.self.test';
const echo: RouteHandler = (_req, res, { identity }) =>
  void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ subject: identity?.subject, upstreamTokens: identity?.upstreamTokens }));

describe('Mode B seams', () => {
  let server: RunningServer;
  let sign: (sub: string) => Promise<string>;
  const loader: UpstreamTokenLoader = async (claims) => {
    if (claims.sub === 'stale') throw new UpstreamTokensError('reauthenticate', 'expired upstream token');
    if (claims.sub === 'storage-down') throw new UpstreamTokensError('unavailable', 'redis unreachable');
    return { github: { accessToken: 'gh-token', tokenType: 'Bearer', expiresAt: null, scope: 'repo' } };
  };

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    sign = (sub) =>
      new SignJWT({ sub, aud: 'vmcp', tsid: 't1' }).setProtectedHeader({ alg: 'ES256' }).setIssuer(ISSUER).setExpirationTime('5m').sign(privateKey);
    // No issuer is listening anywhere: the keys come only from the resolver.
    server = await startServer(oidcPlan(ISSUER), {
      port: 0,
      handlers: { mcp: echo },
      auth: { keyResolver: async () => publicKey, upstreamTokens: loader, tokenCache: false },
    });
  });
  afterAll(() => server.close());

  const mcp = async (sub: string) => call(`${server.url}/mcp`, { headers: { authorization: `Bearer ${await sign(sub)}` } });

  it('verifies with the injected key resolver and fills upstreamTokens from the hook', async () => {
    const a = await mcp('alice');
    expect(a.status).toBe(200);
    expect(json(a)).toEqual({ subject: 'alice', upstreamTokens: { github: { accessToken: 'gh-token', tokenType: 'Bearer', expiresAt: null, scope: 'repo' } } });
  });

  it('answers 401 invalid_token when the hook asks for re-authentication', async () => {
    const a = await mcp('stale');
    expect(a.status).toBe(401);
    expect(json(a)).toEqual({ error: 'invalid_token', error_description: 'Invalid token: upstream token is no longer valid; re-authentication required' });
  });

  it('answers 503 when the hook cannot reach its storage, without its message', async () => {
    const a = await mcp('storage-down');
    expect(a.status).toBe(503);
    expect(a.body).not.toContain('redis');
  });
});
