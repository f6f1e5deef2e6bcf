import * as oauth from 'oauth4webapi';
import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoveryHandlers } from '../../runtime/auth-server/discovery.js';
import { loadSigningKeys, type SigningKeySet } from '../../runtime/auth-server/signing-keys.js';
import { TestHttpServer } from './helpers/http-server.js';
import { writeKeyFiles } from './helpers/key-files.js';
import { compileModeB } from './helpers/plan.js';
import { secretsFor } from './helpers/secrets.js';

const files = writeKeyFiles();
const http = new TestHttpServer();
let issuer: string;
let keys: SigningKeySet;

const compile = (issuerUrl: string) =>
  compileModeB(issuerUrl, {
    runConfigExtra: ['    signing_key_config:', `      key_dir: ${files.dir}`, '      signing_key_file: ec.pem', '      fallback_key_files: [rsa.pem]'],
  });

/** Mounts the handlers on the paths the compiler's route table gives them. */
function mount(issuerUrl: string, keySet: SigningKeySet) {
  const { plan, authServer } = compile(issuerUrl);
  const h = discoveryHandlers(authServer, keySet);
  const routes = plan.routes.filter((r) => r.handler in h).map((r) => ({ path: r.path, match: r.match, handler: h[r.handler as keyof typeof h] }));
  http.mount(plan, routes);
}

beforeAll(async () => {
  issuer = await http.listen();
  const refs = compile(issuer).authServer.signingKeys;
  keys = await loadSigningKeys(refs, { secrets: secretsFor(refs) });
  mount(issuer, keys);
});
afterAll(async () => {
  await http.close();
  files.cleanup();
});

const insecure = { [oauth.allowInsecureRequests]: true } as const;

describe('discovery documents, read by oauth4webapi as a strict client', () => {
  it('serves RFC 8414 metadata that oauth4webapi accepts, with what we support and nothing more', async () => {
    const as = await oauth.processDiscoveryResponse(new URL(issuer), await oauth.discoveryRequest(new URL(issuer), { algorithm: 'oauth2', ...insecure }));
    expect(as).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/oauth/authorize`,
      token_endpoint: `${issuer}/oauth/token`,
      registration_endpoint: `${issuer}/oauth/register`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      authorization_response_iss_parameter_supported: true,
      client_id_metadata_document_supported: true,
    });
    expect(as).not.toHaveProperty('subject_types_supported');
  });

  it('serves OIDC discovery with subject types and the signing algorithms of the published keys', async () => {
    const as = await oauth.processDiscoveryResponse(new URL(issuer), await oauth.discoveryRequest(new URL(issuer), { algorithm: 'oidc', ...insecure }));
    expect(as.subject_types_supported).toEqual(['public']);
    expect(as.id_token_signing_alg_values_supported).toEqual(['ES256', 'RS256']);
    expect(as.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('answers under the path-suffixed forms too (RFC 8414 section 3.1, MCP clients probing)', async () => {
    for (const path of ['/.well-known/oauth-authorization-server/mcp', '/.well-known/openid-configuration/some/path']) {
      const res = await fetch(`${issuer}${path}`);
      expect(res.status, path).toBe(200);
      expect(((await res.json()) as { issuer: string }).issuer).toBe(issuer);
    }
  });

  it('is refused by oauth4webapi when the issuer does not match (the check our documents must pass)', async () => {
    const other = new URL('http://127.0.0.1:1');
    const res = await fetch(`${issuer}/.well-known/oauth-authorization-server`);
    await expect(oauth.processDiscoveryResponse(other, res)).rejects.toThrow(/issuer/);
  });
});

describe('JWKS', () => {
  it('publishes the signing key and the verify-only key, and verifies what the signing key signs', async () => {
    const res = await fetch(`${issuer}/.well-known/jwks.json`);
    const jwks = (await res.json()) as { keys: { kid: string; alg: string }[] };
    expect(jwks.keys.map((k) => [k.kid, k.alg])).toEqual(keys.verify.map((k) => [k.kid, k.alg]));
    const jwt = await new SignJWT({ sub: 'u' }).setProtectedHeader({ alg: keys.signing.alg, kid: keys.signing.kid }).sign(keys.signing.privateKey);
    await expect(jwtVerify(jwt, createLocalJWKSet(jwks as never))).resolves.toMatchObject({ payload: { sub: 'u' }, protectedHeader: { kid: keys.signing.kid } });
  });
});

describe('HTTP behaviour for browser-based clients', () => {
  const paths = ['/.well-known/oauth-authorization-server', '/.well-known/openid-configuration', '/.well-known/jwks.json'];

  it('sets JSON, cache, nosniff and CORS headers', async () => {
    for (const path of paths) {
      const res = await fetch(`${issuer}${path}`, { headers: { Origin: 'https://app.example' } });
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(res.headers.get('cache-control')).toBe(path.endsWith('jwks.json') ? 'public, max-age=300' : 'public, max-age=3600');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('answers a CORS preflight with 204', async () => {
    const res = await fetch(`${issuer}/.well-known/oauth-authorization-server`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'mcp-protocol-version' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('*');
  });

  it('answers HEAD without a body and refuses POST with 405 and Allow', async () => {
    const head = await fetch(`${issuer}/.well-known/jwks.json`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${issuer}/.well-known/openid-configuration`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});
