/** The mcp handler and health source mounted on the runtime core's server, as `vmcp serve` would mount them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startMcpRuntime, type McpRuntime } from '../../runtime/mcp/index.js';
import { rebindingPolicyFor } from '../../runtime/mcp/rebinding-guard.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { compileModeB } from '../auth-server/helpers/plan.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { listenRefusing, type RefusingServer } from '../helpers/refusing-server.js';
import { backendsYaml, compileYaml, connectClient, noSecrets, PREFIX_AGGREGATION, UNAUTHENTICATED } from './harness.js';

describe('mounted on runtime/server.ts', () => {
  let backend: FixtureBackend;
  /** The backend that is down: every connection is dropped. */
  let down: RefusingServer;
  let mcp: McpRuntime;
  let server: RunningServer;
  beforeAll(async () => {
    backend = await startFixtureBackend({ name: 'up', tools: [{ name: 'echo' }] });
    down = await listenRefusing();
    const plan = compileYaml(
      backendsYaml([{ name: 'up', url: backend.url }, { name: 'down', url: `${down.url}/mcp` }], UNAUTHENTICATED + PREFIX_AGGREGATION + `operational:\n  failureHandling:\n    partialFailureMode: best_effort\n    unhealthyThreshold: 1\n`),
    );
    mcp = await startMcpRuntime(plan, { secrets: noSecrets, rebinding: rebindingPolicyFor('127.0.0.1') });
    server = await startServer(plan, { host: '127.0.0.1', port: 0, secrets: noSecrets, handlers: { mcp: mcp.handler }, health: mcp.health });
  });
  afterAll(async () => {
    await server.close();
    await mcp.close();
    await backend.close();
    await down.close();
  });

  it('serves MCP at /mcp through the router and incoming auth (anonymous)', async () => {
    const client = await connectClient(`${server.url}/mcp`);
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['up_echo']);
    await client.close();
  });

  it('/status and /api/backends/health report the pool health', async () => {
    const status = (await (await request(`${server.url}/status`)).body.json()) as { backends: { name: string; health: string }[]; healthy: boolean };
    expect(Object.fromEntries(status.backends.map((b) => [b.name, b.health]))).toEqual({ up: 'healthy', down: 'unhealthy' });
    expect(status.healthy).toBe(false);
    const health = (await (await request(`${server.url}/api/backends/health`)).body.json()) as { summary: Record<string, number> };
    expect(health.summary).toMatchObject({ total: 2, healthy: 1, unhealthy: 1 });
    expect(down.connections()).toBeGreaterThan(0); // it was tried, and dropped
  });
});

describe('rebinding policy for a bind address and a plan', () => {
  const anonymous = compileYaml(backendsYaml([{ name: 'up', url: 'http://127.0.0.1:9/mcp' }], UNAUTHENTICATED));
  const withResource = compileYaml(`name: t
groupRef: g
backends: [{ name: up, url: "http://127.0.0.1:9/mcp", transport: streamable-http }]
incomingAuth: { type: oidc, oidc: { issuer: "https://idp.example", audience: vmcp, resource: "https://VMCP.example.com:8443/mcp" } }
`);
  const withHosts = compileYaml(`name: t
groupRef: g
backends: [{ name: up, url: "http://127.0.0.1:9/mcp", transport: streamable-http }]
incomingAuth: { type: oidc, oidc: { issuer: "https://idp.example", audience: vmcp, resource: "https://vmcp.example.com/mcp" } }
http: { allowedHosts: [mcp.internal, "[fd00::1]"], allowedOrigins: ["https://inspector.example:6274"] }
`);

  it('loopback binds allow loopback names and the names the config gives', () => {
    expect(rebindingPolicyFor('127.0.0.1', anonymous).allowedHostnames).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(rebindingPolicyFor('localhost').allowedHostnames).toContain('localhost');
    expect(rebindingPolicyFor('127.0.0.1', withResource).allowedHostnames).toEqual(['localhost', '127.0.0.1', '[::1]', 'vmcp.example.com']);
  });

  it('wide binds allow the hosts the config names (incoming resource), or http.allowedHosts instead; with none, any Host', () => {
    expect(rebindingPolicyFor('0.0.0.0', withResource)).toEqual({ allowedHostnames: ['vmcp.example.com'], allowedOrigins: [] });
    expect(rebindingPolicyFor('::', withHosts)).toEqual({ allowedHostnames: ['mcp.internal', '[fd00::1]'], allowedOrigins: ['https://inspector.example:6274'] });
    expect(rebindingPolicyFor('0.0.0.0', anonymous).allowedHostnames).toBeNull();
  });

  it('Mode B: the auth server\'s issuer host', () => {
    expect(rebindingPolicyFor('0.0.0.0', compileModeB('https://login.example.com').plan).allowedHostnames).toContain('login.example.com');
  });
});
