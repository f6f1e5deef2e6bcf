import { describe, expect, it } from 'vitest';
import { ClientMetadataError, clientMetadataOAuthError, type ClientMetadataErrorCode } from '../../runtime/auth-server/client-id-metadata/errors.js';
import { documentFor } from './helpers/doc-server.js';
import { resolverSuite } from './helpers/resolver-suite.js';

const { server, storage, make, resolver } = resolverSuite();

async function refusal(clientId: string, code: ClientMetadataErrorCode): Promise<ClientMetadataError> {
  const e = await resolver().resolve(clientId).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ClientMetadataError);
  expect((e as ClientMetadataError).code).toBe(code);
  return e as ClientMetadataError;
}

describe('a valid document', () => {
  it('becomes a public client named by its URL', async () => {
    const id = server.url('/oauth/client.json');
    server.json('/oauth/client.json', documentFor(id, { scope: 'openid offline_access', application_type: 'native' }));
    const client = await resolver().resolve(id);
    expect(client).toMatchObject({
      clientId: id,
      clientName: 'Test MCP Client',
      redirectUris: ['http://127.0.0.1/callback', 'https://client.example/cb'],
      grantTypes: ['authorization_code', 'refresh_token'],
      responseTypes: ['code'],
      scopes: ['openid', 'offline_access'],
      applicationType: 'native',
    });
    expect(server.count('/oauth/client.json')).toBe(1);
  });

  it('is asked for with Accept: application/json', async () => {
    const id = server.url('/c');
    let accept: string | undefined;
    server.on('/c', (req, res) => {
      accept = req.headers.accept;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(documentFor(id)));
    });
    await resolver().resolve(id);
    expect(accept).toBe('application/json');
  });
});

describe('an injected fetchDocument', () => {
  it('fetches https client_ids in place of the guarded fetcher, with the same checks after it', async () => {
    const id = 'https://client.example/oauth/metadata.json';
    const asked: string[] = [];
    make({ allowHttpLoopback: false, fetchDocument: async (url) => (asked.push(url.href), { json: documentFor(id), freshnessSeconds: null }) });
    expect((await resolver().resolve(id))?.clientId).toBe(id);
    make({ fetchDocument: async () => ({ json: documentFor(id, { token_endpoint_auth_method: 'client_secret_post' }), freshnessSeconds: null }) });
    await refusal(id, 'CIMD_CONFIDENTIAL_CLIENT');
    expect(asked).toEqual([id]);
  });
});

describe('client_ids that are not URLs', () => {
  it('are looked up in storage', async () => {
    await storage.putClient({ clientId: 'registered-1', clientName: null, redirectUris: ['https://a.example/cb'], grantTypes: ['authorization_code'], responseTypes: ['code'], scopes: ['openid'], applicationType: null, issuedAt: 1 }, 60_000);
    expect((await resolver().resolve('registered-1'))?.redirectUris).toEqual(['https://a.example/cb']);
    expect(await resolver().resolve('unknown-2')).toBeNull();
    expect(server.requests).toEqual([]);
  });
});

describe('refusals', () => {
  it('a document whose client_id is not exactly its URL', async () => {
    const id = server.url('/doc');
    server.json('/doc', documentFor(server.url('/other')));
    await refusal(id, 'CIMD_CLIENT_ID_MISMATCH');
    server.json('/doc', documentFor(`${id}/`));
    await refusal(server.url('/doc?x=1'), 'CIMD_CLIENT_ID_MISMATCH');
    server.json('/doc', documentFor(id, { client_id: undefined }));
    await refusal(server.url('/doc?x=2'), 'CIMD_CLIENT_ID_MISMATCH');
  });

  it('an http URL unless http on loopback was allowed', async () => {
    make({ allowHttpLoopback: false });
    const id = server.url('/doc');
    server.json('/doc', documentFor(id));
    const e = await refusal(id, 'CIMD_INSECURE_URL');
    expect(e.message).toMatch(/https/);
    make({ allowHttpLoopback: true });
    await refusal('http://client.example/doc', 'CIMD_INSECURE_URL');
    await refusal(`http://localhost:${server.port}/doc`, 'CIMD_INSECURE_URL');
    expect(server.connections).toBe(0);
  });

  it('a host name that resolves to a loopback address, checked in the connection\'s DNS lookup', async () => {
    server.json('/doc', documentFor(`https://localhost:${server.port}/doc`));
    const e = await refusal(`https://localhost:${server.port}/doc`, 'CIMD_ADDRESS_REFUSED');
    expect(e.message).toMatch(/localhost is or resolves to (127\.0\.0\.1|::1)/);
    expect(server.connections).toBe(0);
  });

  it('private, loopback, link-local, mapped, 6to4, NAT64, site-local and Teredo IP literals', async () => {
    for (const id of [
      `https://127.0.0.1:${server.port}/doc`,
      'https://10.1.2.3/doc',
      'https://192.168.0.10/doc',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/doc',
      'https://[::ffff:7f00:1]/doc',
      'https://[fd00::1]/doc',
      'https://[2002:7f00:1::1]/doc',
      'https://[64:ff9b:1::a00:1]/doc',
      'https://[64:ff9b::a9fe:a9fe]/doc',
      'https://[fec0::1]/doc',
      'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/doc',
    ]) {
      await refusal(id, 'CIMD_ADDRESS_REFUSED');
    }
    expect(server.connections).toBe(0);
  });

  it('a document over the size cap, declared or streamed', async () => {
    make({ fetch: { maxBytes: 5 * 1024 } });
    const declared = server.url('/declared');
    const big = documentFor(declared, { client_name: 'x'.repeat(100), padding: 'p'.repeat(6000) });
    server.json('/declared', big);
    await refusal(declared, 'CIMD_TOO_LARGE');
    const streamed = server.url('/streamed');
    server.on('/streamed', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const text = JSON.stringify(documentFor(streamed, { padding: 'p'.repeat(6000) }));
      // No Content-Length: chunked, so only counting the bytes can catch it.
      res.write(text.slice(0, 3000));
      res.end(text.slice(3000));
    });
    await refusal(streamed, 'CIMD_TOO_LARGE');
  });

  it('a server that does not answer in time, or drips its answer', async () => {
    make({ fetch: { timeoutMs: 400 } });
    server.on('/silent', () => undefined);
    const started = Date.now();
    await refusal(server.url('/silent'), 'CIMD_TIMEOUT');
    const drip = server.url('/drip');
    server.on('/drip', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      // Each byte comes before a per-read timeout would fire; only the whole-exchange deadline stops it.
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    });
    await refusal(drip, 'CIMD_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a redirect, which is not followed', async () => {
    const id = server.url('/moved');
    server.on('/moved', (_req, res) => res.writeHead(302, { location: server.url('/real') }).end());
    server.json('/real', documentFor(id));
    const e = await refusal(id, 'CIMD_REDIRECT_REFUSED');
    expect(e.message).toMatch(/HTTP 302/);
    expect(server.count('/real')).toBe(0);
  });

  it('a confidential client: a secret auth method, another method, or a secret in the document', async () => {
    for (const [path, over] of [
      ['/basic', { token_endpoint_auth_method: 'client_secret_basic' }],
      ['/post', { token_endpoint_auth_method: 'client_secret_post' }],
      ['/jwt', { token_endpoint_auth_method: 'client_secret_jwt' }],
      ['/pkjwt', { token_endpoint_auth_method: 'private_key_jwt' }],
      ['/secret', { client_secret: 'do-not-echo-this-value' }],
      ['/expires', { token_endpoint_auth_method: undefined, client_secret_expires_at: 0 }],
    ] as const) {
      const id = server.url(path);
      server.json(path, documentFor(id, over));
      const e = await refusal(id, 'CIMD_CONFIDENTIAL_CLIENT');
      expect(e.message).not.toContain('do-not-echo-this-value');
    }
  });

  it('redirect URIs that registration would refuse', async () => {
    for (const [path, uris] of [
      ['/http-remote', ['http://client.example/cb']],
      ['/script', ['javascript:alert(1)']],
      ['/fragment', ['https://client.example/cb#x']],
      ['/none', []],
      ['/missing', undefined],
    ] as const) {
      const id = server.url(path);
      server.json(path, documentFor(id, { redirect_uris: uris }));
      await refusal(id, 'CIMD_REDIRECT_URI_INVALID');
    }
  });

  it('other metadata that registration would refuse', async () => {
    for (const [path, over] of [
      ['/grant', { grant_types: ['client_credentials'] }],
      ['/response', { response_types: ['token'] }],
      ['/scope', { scope: 'admin' }],
      ['/app', { application_type: 'desktop' }],
    ] as const) {
      const id = server.url(path);
      server.json(path, documentFor(id, over));
      await refusal(id, 'CIMD_METADATA_INVALID');
    }
  });

  it('an answer that is not a JSON object', async () => {
    const html = server.url('/html');
    server.on('/html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(JSON.stringify(documentFor(html))));
    await refusal(html, 'CIMD_NOT_JSON');
    const broken = server.url('/broken');
    server.on('/broken', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"client_id": '));
    await refusal(broken, 'CIMD_NOT_JSON');
    server.json('/array', [documentFor(server.url('/array'))]);
    await refusal(server.url('/array'), 'CIMD_NOT_JSON');
  });

  it('an HTTP error status', async () => {
    await refusal(server.url('/absent'), 'CIMD_FETCH_FAILED');
    expect(server.count('/absent')).toBe(1);
  });
});

describe('client_id URL rules (draft section 3), refused before any fetch', () => {
  it.each([
    ['https://client.example/doc#frag', 'fragment'],
    ['https://user:pw@client.example/doc', 'user information'],
    ['https://client.example', 'path'],
    ['https://client.example/', 'path'],
    ['https://client.example/a/../doc', '".."'],
    ['https://client.example/a/./doc', '"."'],
    ['https://client.example/a/%2E%2e/doc', '".."'],
    ['https://CLIENT.example/doc', 'canonical'],
    ['https://client.example:443/doc', 'canonical'],
    ['https:client.example/doc', 'canonical'],
    ['https://client.example/a b', 'canonical'],
    ['https://', 'not a valid URL'],
  ])('%s', async (id, rule) => {
    // A fetcher that records what it is asked for: a URL refused by its form must never reach it.
    const asked: string[] = [];
    make({ fetchDocument: async (url) => (asked.push(url.href), { json: documentFor(id), freshnessSeconds: null }) });
    const e = await refusal(id, 'CIMD_URL_INVALID');
    expect(e.message).toContain(rule);
    expect(asked).toEqual([]);
  });
});

describe('the OAuth answer for a refusal', () => {
  it('is invalid_request for a malformed client_id and invalid_client for a bad document', () => {
    const url = clientMetadataOAuthError(new ClientMetadataError('CIMD_URL_INVALID', 'x'), 'authorize');
    expect([url.error, url.status]).toEqual(['invalid_request', 400]);
    const insecure = clientMetadataOAuthError(new ClientMetadataError('CIMD_INSECURE_URL', 'x'), 'token');
    expect([insecure.error, insecure.status]).toEqual(['invalid_request', 400]);
    const doc = clientMetadataOAuthError(new ClientMetadataError('CIMD_CLIENT_ID_MISMATCH', 'x'), 'authorize');
    expect([doc.error, doc.status]).toEqual(['invalid_client', 400]);
    const token = clientMetadataOAuthError(new ClientMetadataError('CIMD_TIMEOUT', 'x'), 'token');
    expect([token.error, token.status]).toEqual(['invalid_client', 401]);
  });
});
