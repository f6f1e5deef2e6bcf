/** Test harness: compiles a YAML config with the real compiler and mounts the mcp handler on node:http. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { compileSources } from '../../compiler/index.js';
import type { Identity, RuntimePlan, SecretValues } from '../../runtime/contract.js';
import { startMcpRuntime, type McpRuntime, type McpRuntimeOptions } from '../../runtime/mcp/index.js';

export function compileYaml(yaml: string): RuntimePlan {
  const result = compileSources({ file: 'test.yaml', bytes: yaml });
  if (!result.ok || !result.plan) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.plan;
}

export const noSecrets: SecretValues = {
  get() {
    throw new Error('no secrets in this test');
  },
  bytes() {
    throw new Error('no secrets in this test');
  },
};

export interface Gateway {
  url: string;
  runtime: McpRuntime;
  /**
   * The identity the next requests carry (what the incoming-auth middleware would set), or a function that
   * gives each request its own (several callers at once).
   */
  identity: Identity | null | ((req: IncomingMessage) => Identity | null);
  close(): Promise<void>;
}

export async function startGateway(plan: RuntimePlan, options: Partial<McpRuntimeOptions> = {}, identity: Identity | null = null): Promise<Gateway> {
  const runtime = await startMcpRuntime(plan, { secrets: noSecrets, ...options });
  const gateway: Gateway = { url: '', runtime, identity, close: async () => {} };
  const http: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const identity = typeof gateway.identity === 'function' ? gateway.identity(req) : gateway.identity;
    void runtime.handler(req, res, { plan, identity, origin: `http://${req.headers.host}`, path });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  gateway.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`;
  gateway.close = async () => {
    await runtime.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  };
  return gateway;
}

export async function connectClient(url: string, era: 'legacy' | 'modern' = 'legacy', headers?: Record<string, string>): Promise<Client> {
  const client = new Client(
    { name: 'test-client', version: '1.0.0' },
    era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
  );
  await client.connect(new StreamableHTTPClientTransport(new URL(url), headers ? { requestInit: { headers } } : {}));
  return client;
}

export function backendsYaml(backends: { name: string; url: string; transport?: string }[], rest = ''): string {
  const list = backends.map((b) => `  - name: ${b.name}\n    url: ${b.url}\n    transport: ${b.transport ?? 'streamable-http'}`).join('\n');
  return `name: test\ngroupRef: g\nbackends:\n${list}\nincomingAuth:\n  type: anonymous\n${rest}`;
}

export const PREFIX_AGGREGATION = `aggregation:\n  conflictResolution: prefix\n  conflictResolutionConfig:\n    prefixFormat: "{workload}_"\n`;
export const UNAUTHENTICATED = `outgoingAuth:\n  source: inline\n  default:\n    type: unauthenticated\n`;
