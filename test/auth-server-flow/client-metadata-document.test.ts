/**
 * A client that names itself by a metadata document URL (MCP 2025-11-25) goes through /oauth/authorize
 * like a registered one: the document is fetched and checked, and a bad one is refused without a redirect.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientResolver, type ClientResolver } from '../../runtime/auth-server/client-id-metadata/resolver.js';
import { MemoryStorage } from '../../runtime/auth-server/storage/memory.js';
import { Browser } from './helpers/browser.js';
import { authorizeRequest, REGISTERED_REDIRECT, startWorld, type World } from './helpers/world.js';

let w: World;
let docs: Server;
let base: string;
let resolver: ClientResolver;

beforeAll(async () => {
  docs = createServer((req, res) => {
    const url = `${base}${req.url}`;
    if (req.url === '/good.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ client_id: url, client_name: 'Document Client', redirect_uris: [REGISTERED_REDIRECT], token_endpoint_auth_method: 'none' }));
    } else if (req.url === '/liar.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ client_id: `${base}/someone-else.json`, redirect_uris: [REGISTERED_REDIRECT] }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => docs.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(docs.address() as AddressInfo).port}`;
  // Loopback http documents are allowed here as they are for insecure_allow_http development setups.
  resolver = createClientResolver({ storage: new MemoryStorage(), scopesSupported: ['openid', 'offline_access'], allowHttpLoopback: true });
  w = await startWorld({ chain: ['oidc'], flowOptions: { clients: resolver } });
});
afterAll(async () => {
  await w.stop();
  await resolver.close();
  await new Promise((resolve) => docs.close(resolve));
});

describe('client ID metadata documents at /oauth/authorize', () => {
  it('a valid document leads to the consent page naming the client', async () => {
    const page = await new Browser().get((await authorizeRequest(w, { client_id: `${base}/good.json` })).url);
    expect(page.status).toBe(200);
    expect(page.consent).not.toBeNull();
    expect(page.body).toContain('Document Client');
  });
  it('a document whose client_id is another URL is refused with 400 and no redirect', async () => {
    const hop = await new Browser().get((await authorizeRequest(w, { client_id: `${base}/liar.json` })).url);
    expect(hop.status).toBe(400);
    expect(hop.location).toBeNull();
    expect(JSON.parse(hop.body).error).toBe('invalid_client');
  });
  it('a document that cannot be fetched is refused the same way', async () => {
    const hop = await new Browser().get((await authorizeRequest(w, { client_id: `${base}/missing.json` })).url);
    expect(hop.status).toBe(400);
    expect(JSON.parse(hop.body).error).toBe('invalid_client');
  });
});
