/**
 * Issue 9, finding 6: DNS rebinding off loopback. Bound to a wide address, vmcp compared Origin with the
 * Host header, which a rebinding page controls (it reaches the server under its own name, with its own
 * origin), so the page could drive an anonymous MCP endpoint. Now Host must be an allowed name: the
 * config's `http.allowedHosts`, else the hosts it already names; and Origin an allowed host or origin.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMcpRuntime, type McpRuntime } from '../../runtime/mcp/index.js';
import { rebindingPolicyFor } from '../../runtime/mcp/rebinding-guard.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { compileYaml, noSecrets } from '../mcp/harness.js';
import { startModeB, type ModeB } from './helpers/mode-b.js';
import { serveVmcp, type Served } from './helpers/mcp-serve.js';

const INITIALIZE = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'page', version: '1' } } });

/** What a page's fetch sends: the Host it reached and its own Origin. */
async function initialize(url: string, host: string, origin?: string): Promise<number> {
  const res = await request(url, {
    method: 'POST',
    headers: { host, 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...(origin ? { origin } : {}) },
    body: INITIALIZE,
  });
  await res.body.text();
  return res.statusCode;
}

let backend: FixtureBackend;
beforeAll(async () => (backend = await startFixtureBackend({ name: 'one', tools: [{ name: 'echo' }] })));
afterAll(async () => backend.close());

const anonymousConfig = (http: string) => `name: target
groupRef: g
backends:
  - { name: one, url: "${backend.url}", transport: streamable-http }
incomingAuth: { type: anonymous }
outgoingAuth: { source: inline, default: { type: unauthenticated } }
${http}`;

describe('served on a wide address (the server logic of a 0.0.0.0 bind, listening on loopback for the test)', () => {
  let mcp: McpRuntime;
  let server: RunningServer;
  beforeAll(async () => {
    const plan = compileYaml(anonymousConfig('http: { allowedHosts: [vmcp.example.com] }\n'));
    mcp = await startMcpRuntime(plan, { secrets: noSecrets, rebinding: rebindingPolicyFor('0.0.0.0', plan) });
    server = await startServer(plan, { port: 0, secrets: noSecrets, handlers: { mcp: mcp.handler } });
  });
  afterAll(async () => {
    await server.close();
    await mcp.close();
  });

  it('refuses a rebinding page whose Origin matches the Host it sent', async () => {
    expect(await initialize(`${server.url}/mcp`, 'rebind.evil.example', 'http://rebind.evil.example')).toBe(403);
    expect(await initialize(`${server.url}/mcp`, 'rebind.evil.example')).toBe(403);
  });

  it('serves the names it is configured for', async () => {
    expect(await initialize(`${server.url}/mcp`, 'vmcp.example.com')).toBe(200);
    expect(await initialize(`${server.url}/mcp`, 'vmcp.example.com:443', 'https://vmcp.example.com')).toBe(200);
  });
});

describe('vmcp serve on loopback with http.allowedHosts and allowedOrigins', () => {
  let vmcp: Served;
  beforeAll(async () => {
    vmcp = await serveVmcp(anonymousConfig('http: { allowedHosts: [vmcp.test], allowedOrigins: ["https://inspector.example:6274"] }\n'));
  });
  afterAll(async () => vmcp.close());

  it('answers loopback names and the configured host, with an allowed origin or none', async () => {
    const port = new URL(vmcp.url).port;
    expect(await initialize(`${vmcp.url}/mcp`, `127.0.0.1:${port}`)).toBe(200);
    expect(await initialize(`${vmcp.url}/mcp`, `vmcp.test:${port}`)).toBe(200);
    expect(await initialize(`${vmcp.url}/mcp`, `vmcp.test:${port}`, 'https://inspector.example:6274')).toBe(200);
  });

  it('refuses another host, and a page of another origin even on an allowed host', async () => {
    const port = new URL(vmcp.url).port;
    expect(await initialize(`${vmcp.url}/mcp`, `rebind.evil.example:${port}`, `http://rebind.evil.example:${port}`)).toBe(403);
    expect(await initialize(`${vmcp.url}/mcp`, `vmcp.test:${port}`, 'http://rebind.evil.example')).toBe(403);
    expect(await initialize(`${vmcp.url}/mcp`, `vmcp.test:${port}`, 'https://inspector.example:6275')).toBe(403);
  });

  it('leaves probes alone: /health answers whatever the Host', async () => {
    const res = await request(`${vmcp.url}/health`, { headers: { host: 'pod-10-0-0-7' } });
    await res.body.text();
    expect(res.statusCode).toBe(200);
  });
});

describe('Mode B: the auth server answers only to the names the config gives', () => {
  let vmcp: ModeB;
  beforeAll(async () => {
    vmcp = await startModeB();
  });
  afterAll(async () => vmcp?.stop());

  it('refuses discovery, registration and authorize under a rebinding Host', async () => {
    const port = new URL(vmcp.origin).port;
    for (const [method, path] of [['GET', '/.well-known/oauth-authorization-server'], ['POST', '/oauth/register'], ['GET', '/oauth/authorize']] as const) {
      const evil = await request(`${vmcp.origin}${path}`, { method, headers: { host: `rebind.evil.example:${port}`, 'content-type': 'application/json' }, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect([path, evil.statusCode]).toEqual([path, 403]);
      await evil.body.text();
    }
    const ok = await request(`${vmcp.origin}/.well-known/oauth-authorization-server`);
    expect(ok.statusCode).toBe(200);
    await ok.body.text();
  });
});
