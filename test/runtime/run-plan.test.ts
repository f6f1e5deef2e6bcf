/**
 * The whole server as `vmcp serve` assembles it (runPlan): OIDC incoming auth against a real issuer, the
 * MCP endpoint, and a real backend (the published server-everything), driven by the official MCP client.
 */
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../runtime/log.js';
import { runPlan } from '../../runtime/run.js';
import type { RunningServer } from '../../runtime/server.js';
import { startEverything, type Everything } from '../fixtures/everything.js';
import { call, json } from './helpers/http.js';
import { planOf } from './helpers/plans.js';
import { startTestIssuer, type TestIssuer } from './helpers/test-issuer.js';

describe('runPlan: OIDC + MCP endpoint + a real backend', () => {
  let issuer: TestIssuer;
  let backend: Everything;
  let server: RunningServer;

  beforeAll(async () => {
    [issuer, backend] = await Promise.all([startTestIssuer(), startEverything('streamableHttp')]);
    const plan = planOf(
      JSON.stringify({
        name: 'e2e',
        groupRef: 'g',
        backends: [{ name: 'everything', url: backend.url, transport: 'streamable-http' }],
        incomingAuth: { type: 'oidc', oidc: { issuer: issuer.issuer, audience: 'vmcp', jwksAllowPrivateIp: true, insecureAllowHttp: true } },
        outgoingAuth: { source: 'inline', default: { type: 'unauthenticated' } },
        aggregation: { conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}_' } },
      }),
    );
    server = await runPlan(plan, { host: '127.0.0.1', port: 0, logger: silentLogger });
  });
  afterAll(async () => {
    await server?.close();
    await Promise.all([issuer?.close(), backend?.close()]);
  });

  const connect = async (headers: Record<string, string>) => {
    const client = new Client({ name: 'e2e-client', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), { requestInit: { headers } }));
    return client;
  };

  it("an MCP client with a valid token lists and calls the backend's tools", async () => {
    const client = await connect({ authorization: `Bearer ${await issuer.sign()}` });
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('everything_echo');
      const result = await client.callTool({ name: 'everything_echo', arguments: { message: 'hi' } });
      expect(JSON.stringify(result.content)).toContain('hi');
    } finally {
      await client.close();
    }
  });

  it('an MCP client without a token is refused before reaching the endpoint', async () => {
    await expect(connect({})).rejects.toThrow();
    const a = await call(`${server.url}/mcp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(a.status).toBe(401);
  });

  it("/status shows the backend's health from the backend layer", async () => {
    const body = json(await call(`${server.url}/status`)) as { backends: { name: string; health: string }[] };
    expect(body.backends).toEqual([expect.objectContaining({ name: 'everything', health: 'healthy' })]);
  });
});
