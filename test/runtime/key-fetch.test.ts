/**
 * Fetching the issuer's keys: the SSRF guard refusing, discovery failing and recovering, the discovery
 * document's checks, and extra CAs. Every peer is a real HTTP server on loopback.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverJwksUri } from '../../runtime/auth/remote-keys.js';
import type { RouteHandler } from '../../runtime/contract.js';
import { RuntimeError } from '../../runtime/errors.js';
import { createKeyFetcher } from '../../runtime/auth/key-fetch.js';
import { createLogger } from '../../runtime/log.js';
import { startServer } from '../../runtime/server.js';
import { call, json } from './helpers/http.js';
import { planOf } from './helpers/plans.js';
import { startTestIssuer, type TestIssuer } from './helpers/test-issuer.js';

const ok: RouteHandler = (_req, res) => void res.writeHead(200).end();

/** The key fetcher, with a JSON GET on top, as jose and oauth4webapi use it. */
function fetcherOf(opts: Parameters<typeof createKeyFetcher>[0]) {
  const f = createKeyFetcher(opts);
  return { ...f, fetchJson: async (url: string) => (await f.fetch(url)).json() as Promise<unknown> };
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(RuntimeError);
    return (e as RuntimeError).code;
  }
}

describe('SSRF guard', () => {
  let issuer: TestIssuer;
  beforeAll(async () => (issuer = await startTestIssuer()));
  afterAll(() => issuer.close());

  it('refuses loopback IP literals without connecting', async () => {
    const before = issuer.hits['/jwks'] ?? 0; // other tests here fetch it on purpose
    const f = fetcherOf({ allowPrivateIp: false, insecureAllowHttp: true });
    expect(await codeOf(f.fetchJson(issuer.jwksUrl))).toBe('VMCP_SSRF_REFUSED');
    expect(await codeOf(f.fetchJson('http://[::1]:1/jwks'))).toBe('VMCP_SSRF_REFUSED');
    expect(await codeOf(f.fetchJson('http://169.254.169.254/latest/meta-data'))).toBe('VMCP_SSRF_REFUSED');
    expect(issuer.hits['/jwks'] ?? 0).toBe(before);
    await f.close();
  });

  it('refuses a host name that resolves to a loopback address (checks the resolved IPs)', async () => {
    const f = fetcherOf({ allowPrivateIp: false, insecureAllowHttp: true });
    const port = new URL(issuer.url).port;
    const before = issuer.hits['/jwks'] ?? 0;
    expect(await codeOf(f.fetchJson(`http://localhost:${port}/jwks`))).toBe('VMCP_SSRF_REFUSED');
    expect(issuer.hits['/jwks'] ?? 0).toBe(before);
    await f.close();
  });

  it('refuses plain http off loopback unless insecureAllowHttp, without a request', async () => {
    const f = fetcherOf({ allowPrivateIp: true, insecureAllowHttp: false });
    expect(await codeOf(f.fetchJson('http://idp.example/jwks'))).toBe('VMCP_INSECURE_URL');
    expect(await codeOf(f.fetchJson('http://10.0.0.5/jwks'))).toBe('VMCP_INSECURE_URL');
    await f.close();
  });

  // ToolHive pkg/networking/utilities.go:315-327 ValidateIssuerURL and :286-291 (validateEndpointURLWithSkip):
  // https, "except localhost for development" (IsLocalhost, :349-351 -> pkg/oauthproto/locality.go IsLoopbackHost).
  it('lets plain http through on loopback without insecureAllowHttp (the SSRF guard still needs jwksAllowPrivateIp)', async () => {
    const f = fetcherOf({ allowPrivateIp: true, insecureAllowHttp: false });
    const port = new URL(issuer.url).port;
    expect(await f.fetchJson(issuer.jwksUrl)).toHaveProperty('keys');
    expect(await f.fetchJson(`http://localhost:${port}/jwks`)).toHaveProperty('keys');
    expect(await f.fetchJson(`http://[::ffff:127.0.0.1]:${port}/jwks`)).toHaveProperty('keys');
    await f.close();
    const guarded = fetcherOf({ allowPrivateIp: false, insecureAllowHttp: false });
    expect(await codeOf(guarded.fetchJson(issuer.jwksUrl))).toBe('VMCP_SSRF_REFUSED');
    await guarded.close();
  });

  it('fetches when private addresses are allowed', async () => {
    const f = fetcherOf({ allowPrivateIp: true, insecureAllowHttp: true });
    const port = new URL(issuer.url).port;
    expect(await f.fetchJson(`http://localhost:${port}/jwks`)).toHaveProperty('keys');
    await f.close();
  });

  it('a server whose issuer resolves to loopback, without jwksAllowPrivateIp, answers 503 and never calls the issuer', async () => {
    const local = await startTestIssuer();
    local.issuer = local.url.replace('127.0.0.1', 'localhost');
    const logs: string[] = [];
    const plan = planOf(
      JSON.stringify({ name: 's', incomingAuth: { type: 'oidc', oidc: { issuer: local.issuer, audience: 'vmcp', insecureAllowHttp: true } } }),
    );
    const server = await startServer(plan, { port: 0, handlers: { mcp: ok }, logger: createLogger('warn', (l) => logs.push(l)) });
    try {
      const a = await call(`${server.url}/mcp`, { headers: { authorization: `Bearer ${await local.sign()}` } });
      expect(a.status).toBe(503);
      expect(json(a)).toMatchObject({ error: 'temporarily_unavailable' });
      expect(local.hits).toEqual({});
      expect(logs.join('')).toContain('VMCP_SSRF_REFUSED');
    } finally {
      await server.close();
      await local.close();
    }
  });

  it('refuses at start what is wrong without any lookup: a private IP literal, or http without insecureAllowHttp', async () => {
    const start = (oidc: object) =>
      startServer(planOf(JSON.stringify({ name: 's', incomingAuth: { type: 'oidc', oidc: { audience: 'vmcp', ...oidc } } })), { port: 0 });
    await expect(start({ issuer: issuer.issuer, insecureAllowHttp: true })).rejects.toMatchObject({
      code: 'VMCP_SSRF_REFUSED',
      message: expect.stringMatching(/^incomingAuth\.oidc\.issuer: refused .*set jwksAllowPrivateIp/),
    });
    await expect(start({ issuer: 'https://idp.example', jwksUrl: 'https://10.0.0.5/jwks' })).rejects.toMatchObject({
      code: 'VMCP_SSRF_REFUSED',
      message: expect.stringMatching(/^incomingAuth\.oidc\.jwksUrl: /),
    });
    await expect(start({ issuer: 'http://idp.example' })).rejects.toMatchObject({ code: 'VMCP_INSECURE_URL' });
    // A loopback issuer over plain http starts without insecureAllowHttp (it still needs jwksAllowPrivateIp).
    const loopback = await start({ issuer: issuer.issuer, jwksAllowPrivateIp: true });
    await loopback.close();
  });
});

describe('discovery failure and recovery', () => {
  it('answers 503 while the issuer is down, fails fast during the backoff, and recovers', async () => {
    const issuer = await startTestIssuer();
    const plan = planOf(
      JSON.stringify({
        name: 'd',
        incomingAuth: { type: 'oidc', oidc: { issuer: issuer.issuer, audience: 'vmcp', jwksAllowPrivateIp: true, insecureAllowHttp: true } },
      }),
    );
    let clock = Date.now();
    const server = await startServer(plan, { port: 0, handlers: { mcp: ok }, auth: { keyFetch: { attempts: 3, retryDelayMs: 5, backoffMs: 150, now: () => clock } } });
    const discovery = '/.well-known/openid-configuration';
    try {
      const token = await issuer.sign();
      const mcp = () => call(`${server.url}/mcp`, { headers: { authorization: `Bearer ${token}` } });
      issuer.failing = true;
      const down = await mcp();
      expect(down.status).toBe(503);
      expect(down.headers['retry-after']).toBe('1');
      expect(issuer.hits[discovery]).toBe(3); // retried within the request
      expect((await mcp()).status).toBe(503);
      expect(issuer.hits[discovery]).toBe(3); // backoff: no new attempt yet
      issuer.failing = false;
      expect((await mcp()).status).toBe(503); // still inside the backoff
      expect(issuer.hits[discovery]).toBe(3);
      clock += 200; // past the backoff
      expect((await mcp()).status).toBe(200);
      expect(issuer.hits[discovery]).toBe(4);
    } finally {
      await server.close();
      await issuer.close();
    }
  });

  it('requires the discovery document to name the same issuer, exactly', async () => {
    const issuer = await startTestIssuer({ issuer: 'https://not-this-one.example' });
    const f = fetcherOf({ allowPrivateIp: true, insecureAllowHttp: true });
    try {
      expect(await codeOf(discoverJwksUri(issuer.url, f.fetch))).toBe('VMCP_DISCOVERY_FAILED');
      expect(await codeOf(discoverJwksUri(`${issuer.url}/`, f.fetch))).toBe('VMCP_DISCOVERY_FAILED');
    } finally {
      await f.close();
      await issuer.close();
    }
  });
});

describe('caBundlePath', () => {
  it("trusts an issuer whose certificate chains to the bundle's CA, refuses it without the bundle, and names an unreadable bundle", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmcp-ca-'));
    // A self-signed certificate for 127.0.0.1, which is then its own CA.
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=vmcp test CA',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'ca.pem')], { stdio: 'ignore' });
    const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'ca.pem')) }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"keys":[]}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    const trusting = fetcherOf({ allowPrivateIp: true, insecureAllowHttp: false, caBundlePath: join(dir, 'ca.pem') });
    const plain = fetcherOf({ allowPrivateIp: true, insecureAllowHttp: false });
    try {
      expect(await trusting.fetchJson(url)).toEqual({ keys: [] });
      const refused = await plain.fetchJson(url).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'VMCP_FETCH_FAILED', message: expect.stringContaining('SELF_SIGNED') });
      expect(() => createKeyFetcher({ allowPrivateIp: true, insecureAllowHttp: false, caBundlePath: join(dir, 'missing.pem') })).toThrow(
        expect.objectContaining({ code: 'VMCP_FETCH_FAILED', message: `cannot read caBundlePath ${join(dir, 'missing.pem')}: ENOENT` }),
      );
    } finally {
      await Promise.all([trusting.close(), plain.close()]);
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
