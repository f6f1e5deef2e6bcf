/**
 * Incoming OIDC auth end to end: a real issuer on loopback (discovery + JWKS), the real server, real HTTP.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteHandler } from '../../runtime/contract.js';
import { createLogger } from '../../runtime/log.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { call, json } from './helpers/http.js';
import { oidcPlan } from './helpers/plans.js';
import { startTestIssuer, type TestIssuer } from './helpers/test-issuer.js';

/** The injected MCP handler shows the identity it was given (the token only as a comparison). */
const echoIdentity: RouteHandler = (_req, res, ctx) => {
  const { token, ...rest } = ctx.identity!;
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...rest, tokenLength: token?.length ?? null }));
};

describe('incoming OIDC auth with discovery', () => {
  let issuer: TestIssuer;
  let server: RunningServer;
  const logs: string[] = [];

  beforeAll(async () => {
    issuer = await startTestIssuer();
    server = await startServer(oidcPlan(issuer.issuer, { scopes: ['openid', 'mcp'] }), {
      port: 0,
      handlers: { mcp: echoIdentity },
      logger: createLogger('debug', (l) => logs.push(l)),
      auth: { keyFetch: { refetchCooldownMs: 0 } },
    });
  });
  afterAll(async () => {
    await server.close();
    await issuer.close();
  });

  const mcp = (authorization?: string) => call(`${server.url}/mcp`, { method: 'POST', headers: authorization === undefined ? {} : { authorization } });

  it('accepts a valid token and hands the handler the identity (upstreamTokens null in Mode A)', async () => {
    const token = await issuer.sign({ sub: 'alice', scope: 'openid' });
    const discoveries = issuer.hits['/.well-known/openid-configuration'] ?? 0;
    const a = await mcp(`Bearer ${token}`);
    expect(a.status).toBe(200);
    const body = json(a) as Record<string, unknown>;
    expect(body.subject).toBe('alice');
    expect(body.upstreamTokens).toBeNull();
    expect(body.tokenLength).toBe(token.length);
    expect((body.claims as Record<string, unknown>).iss).toBe(issuer.issuer);
    // Discovery once, on the first request this server saw (whichever test sent it), and not again.
    expect(issuer.hits['/.well-known/openid-configuration']).toBe(Math.max(discoveries, 1));
  });

  it('caches the keys: later tokens cause no fetch', async () => {
    expect((await mcp(`Bearer ${await issuer.sign()}`)).status).toBe(200); // the keys are loaded, here or before
    const before = issuer.hits['/jwks'];
    for (let i = 0; i < 3; i++) expect((await mcp(`Bearer ${await issuer.sign()}`)).status).toBe(200);
    expect(issuer.hits['/jwks']).toBe(before);
  });

  it('accepts the scheme in any case (RFC 9110)', async () => {
    expect((await mcp(`bearer ${await issuer.sign()}`)).status).toBe(200);
  });

  it("answers a missing header with invalid_request in ToolHive's format", async () => {
    const a = await mcp();
    expect(a.status).toBe(401);
    const origin = server.url;
    expect(a.headers['www-authenticate']).toBe(
      `Bearer realm="${issuer.issuer}", resource_metadata="${origin}/.well-known/oauth-protected-resource/mcp", scope="openid mcp", error="invalid_request", error_description="authorization header required"`,
    );
    expect(json(a)).toEqual({ error: 'invalid_request', error_description: 'authorization header required' });
  });

  it.each([
    ['Basic abc', "invalid authorization header format, expected 'Bearer <token>'"],
    ['Bearer    ', 'empty token in authorization header'],
  ])('answers %j with invalid_request', async (header, description) => {
    const a = await mcp(header);
    expect(a.status).toBe(401);
    expect(json(a)).toEqual({ error: 'invalid_request', error_description: description });
  });

  const refusals: [string, () => Promise<string>, string][] = [
    ['a malformed token', async () => 'not.a.jwt', 'the token is malformed'],
    ['an expired token', async () => issuer.sign({}, { expiresIn: Math.floor(Date.now() / 1000) - 120 }), 'the token has expired'],
    ['a token valid only later', async () => issuer.sign({}, { notBefore: Math.floor(Date.now() / 1000) + 600 }), 'the token is not valid yet'],
    ['a wrong audience', async () => issuer.sign({ aud: 'someone-else' }), 'the token is not meant for this server (audience)'],
    ['an audience list without ours', async () => issuer.sign({ aud: ['a', 'b'] }), 'the token is not meant for this server (audience)'],
    ['another issuer', async () => issuer.sign({ iss: 'https://evil.example' }), 'the token was issued by another issuer'],
    ['no subject', async () => issuer.sign({ sub: undefined }), 'the token lacks the sub claim'],
    ['a tampered payload', async () => tamper(await issuer.sign()), "the token's signature is invalid"],
    ['an HMAC token (algorithm confusion)', async () => hmacToken(issuer.issuer), "the token's signing algorithm is not allowed"],
    ['an alg=none token', async () => noneToken(issuer.issuer), "the token's signing algorithm is not allowed"],
  ];
  it.each(refusals)('refuses %s with invalid_token', async (_name, make, description) => {
    const a = await mcp(`Bearer ${await make()}`);
    expect(a.status).toBe(401);
    expect(a.headers['www-authenticate']).toContain(`error="invalid_token", error_description="${description}"`);
    expect(json(a)).toEqual({ error: 'invalid_token', error_description: `Invalid token: ${description}` });
  });

  it('accepts exp and nbf within the clock tolerance', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await mcp(`Bearer ${await issuer.sign({}, { expiresIn: now - 5 })}`)).status).toBe(200);
    expect((await mcp(`Bearer ${await issuer.sign({}, { notBefore: now + 5 })}`)).status).toBe(200);
  });

  it('refetches the JWKS once for an unknown kid (key rotation)', async () => {
    await issuer.rotate();
    const before = issuer.hits['/jwks'] ?? 0;
    expect((await mcp(`Bearer ${await issuer.sign()}`)).status).toBe(200);
    expect(issuer.hits['/jwks']).toBe(before + 1);
    // A kid the issuer does not have: one refetch, then invalid_token.
    const a = await mcp(`Bearer ${await issuer.sign({}, { kid: 'no-such-kid' })}`);
    expect(a.status).toBe(401);
    expect(json(a)).toEqual({ error: 'invalid_token', error_description: 'Invalid token: no key of the issuer matches the token' });
    expect(issuer.hits['/jwks']).toBe(before + 2);
  });

  it('never writes a token to the logs', async () => {
    const token = await issuer.sign();
    await mcp(`Bearer ${token}`);
    await mcp(`Bearer ${tamper(token)}`);
    const text = logs.join('');
    expect(text).toContain('"msg":"request"'); // the access log is on at debug level, and still shows no token
    expect(text).not.toContain(token.split('.')[2]);
  });
});

describe('requiredTokenType (Mode A option; RFC 7515 section 4.1.9 comparison)', () => {
  let issuer: TestIssuer;
  let strict: RunningServer;
  let lenient: RunningServer;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    strict = await startServer(oidcPlan(issuer.issuer, { requiredTokenType: 'at+jwt' }), { port: 0, handlers: { mcp: echoIdentity } });
    lenient = await startServer(oidcPlan(issuer.issuer), { port: 0, handlers: { mcp: echoIdentity } });
  });
  afterAll(async () => {
    await strict.close();
    await lenient.close();
    await issuer.close();
  });
  const status = async (server: RunningServer, typ: string | null) =>
    (await call(`${server.url}/mcp`, { method: 'POST', headers: { authorization: `Bearer ${await issuer.sign({}, { typ })}` } })).status;

  it('accepts at+jwt in either spelling, refuses another typ or none', async () => {
    expect(await status(strict, 'at+jwt')).toBe(200);
    expect(await status(strict, 'application/AT+JWT')).toBe(200);
    expect(await status(strict, 'JWT')).toBe(401);
    expect(await status(strict, null)).toBe(401);
  });

  it('without it, accepts any typ, as before', async () => {
    expect(await status(lenient, 'JWT')).toBe(200);
    expect(await status(lenient, null)).toBe(200);
  });
});

describe('unknown-kid refetch cooldown', () => {
  it('does not refetch more than once per cooldown, whatever kids arrive', async () => {
    const issuer = await startTestIssuer();
    const server = await startServer(oidcPlan(issuer.issuer, { jwksUrl: issuer.jwksUrl }), { port: 0, handlers: { mcp: echoIdentity } });
    try {
      expect((await call(`${server.url}/mcp`, { headers: { authorization: `Bearer ${await issuer.sign()}` } })).status).toBe(200);
      for (let i = 0; i < 5; i++) {
        const a = await call(`${server.url}/mcp`, { headers: { authorization: `Bearer ${await issuer.sign({}, { kid: `random-${i}` })}` } });
        expect(a.status).toBe(401);
      }
      expect(issuer.hits['/jwks']).toBe(1);
      expect(issuer.hits['/.well-known/openid-configuration']).toBeUndefined();
    } finally {
      await server.close();
      await issuer.close();
    }
  });
});

function tamper(token: string): string {
  const [h, p, s] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
  return `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: 'mallory' })).toString('base64url')}.${s}`;
}

const hmacToken = (iss: string) =>
  new SignJWT({ sub: 'alice', aud: 'vmcp' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(iss)
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode('x'.repeat(32)));

function noneToken(iss: string): string {
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${enc({ alg: 'none' })}.${enc({ sub: 'alice', aud: 'vmcp', iss, exp: Math.floor(Date.now() / 1000) + 300 })}.`;
}
