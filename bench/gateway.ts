/**
 * npm run bench:gateway: tools/call round trips through vmcp against the same calls made directly to the
 * same backend, 50 concurrent SDK clients, in one run (rounds alternate, so drift hits both alike); the
 * latency vmcp adds for a single sequential client; and aggregation over 10 and 100 backends: first
 * discovery, and tools/list served from the aggregated cache.
 * Targets: >= 70% of direct throughput; added p99 < 2 ms on loopback; cached tools/list over 100 backends < 5 ms.
 *
 * The backends and vmcp each run in a child process (as they would in production), the clients here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Client, StreamableHTTPClientTransport, type FetchLike } from '@modelcontextprotocol/client';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import { fromJsonSchema, McpServer } from '@modelcontextprotocol/server';
import { fetch as undiciFetch, request } from 'undici';
import { compileSources } from '../compiler/index.js';
import type { RuntimePlan, SecretValues } from '../runtime/contract.js';
import { startMcpRuntime } from '../runtime/mcp/index.js';
import { startServer } from '../runtime/server.js';

const CONCURRENCY = 50;
const ROUNDS = 2;
const ROUND_MS = 3000;
const SEQUENTIAL_CALLS = 1500;
const noSecrets: SecretValues = { get: () => { throw new Error('no secrets in the benchmark'); } };

// ---- child roles ------------------------------------------------------------------------------------

/** `backends N TOOLS`: N SDK servers (sessions, like most deployed servers) on 127.0.0.1:0. */
async function runBackends(n: number, toolsEach: number): Promise<void> {
  const schema = fromJsonSchema<Record<string, unknown>>({ type: 'object', additionalProperties: true });
  const urls: string[] = [];
  for (let i = 0; i < n; i++) {
    const sessions = new Map<string, NodeStreamableHTTPServerTransport>();
    const http = createServer((req, res) => {
      const sid = req.headers['mcp-session-id'];
      const known = typeof sid === 'string' ? sessions.get(sid) : undefined;
      if (known) return void known.handleRequest(req, res);
      const server = new McpServer({ name: `b${i}`, version: '1' });
      for (let t = 0; t < toolsEach; t++) {
        server.registerTool(`tool_${t}`, { description: `tool ${t} of backend ${i}`, inputSchema: schema }, (args) => ({
          content: [{ type: 'text', text: JSON.stringify(args) }],
        }));
      }
      const transport: NodeStreamableHTTPServerTransport = new NodeStreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => void sessions.set(id, transport),
      });
      void server.connect(transport).then(() => transport.handleRequest(req, res));
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    urls.push(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
  }
  process.stdout.write(JSON.stringify({ urls }) + '\n');
}

/** `vmcp YAML`: vmcp serving the plan on 127.0.0.1:0. */
async function runVmcp(yaml: string): Promise<void> {
  const plan = compile(yaml);
  const mcp = await startMcpRuntime(plan, { secrets: noSecrets });
  const server = await startServer(plan, { host: '127.0.0.1', port: 0, secrets: noSecrets, handlers: { mcp: mcp.handler }, health: mcp.health });
  process.stdout.write(JSON.stringify({ url: `${server.url}/mcp` }) + '\n');
}

// ---- helpers -----------------------------------------------------------------------------------------

function compile(yaml: string): RuntimePlan {
  const r = compileSources({ file: 'bench.yaml', bytes: yaml });
  if (!r.ok || !r.plan) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.plan;
}

function planYaml(urls: string[]): string {
  const backends = urls.map((u, i) => `  - name: b${i}\n    url: ${u}\n    transport: streamable-http`).join('\n');
  return `name: bench\nbackends:\n${backends}\nincomingAuth:\n  type: anonymous\noutgoingAuth:\n  source: inline\n  default:\n    type: unauthenticated\naggregation:\n  conflictResolution: prefix\n  conflictResolutionConfig:\n    prefixFormat: "{workload}_"\n`;
}

const children: ChildProcess[] = [];
async function child<T>(...args: string[]): Promise<T> {
  const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(proc);
  return new Promise<T>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(JSON.parse(line) as T);
    });
    proc.once('exit', (code) => reject(new Error(`benchmark child ${args[0]} exited with ${code}`)));
  });
}

/**
 * Clients use undici's fetch: Node 20's bundled fetch leaves one abort listener per request on the
 * transport's signal until GC, and adding to that growing list slows every later request of a busy client.
 */
async function connect(url: string): Promise<Client> {
  const c = new Client({ name: 'bench', version: '1' });
  await c.connect(new StreamableHTTPClientTransport(new URL(url), { fetch: undiciFetch as unknown as FetchLike }));
  return c;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (v: number) => `${v.toFixed(2)} ms`;

interface Run {
  calls: number;
  seconds: number;
  latencies: number[];
}

async function load(clients: Client[], tool: string, durationMs: number): Promise<Run> {
  const latencies: number[] = [];
  const end = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) {
        const t = performance.now();
        await c.callTool({ name: tool, arguments: { n: 1 } });
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { calls: latencies.length, seconds: (performance.now() - started) / 1000, latencies };
}

async function sequential(client: Client, tool: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await client.callTool({ name: tool, arguments: { n: i } });
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

// ---- main --------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  // Three processes share the cores; other load on the machine skews the ratio, so it is printed too.
  console.log(`bench:gateway (node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}, ${CONCURRENCY} concurrent clients)`);
  const { urls: [backendUrl] } = await child<{ urls: string[] }>('backends', '1', '3');
  const { url: vmcpUrl } = await child<{ url: string }>('vmcp', planYaml([backendUrl!]));

  const direct = await Promise.all(Array.from({ length: CONCURRENCY }, () => connect(backendUrl!)));
  const via = await Promise.all(Array.from({ length: CONCURRENCY }, () => connect(vmcpUrl)));
  await load(direct, 'tool_0', 500); // warm-up: JIT, connection pools
  await load(via, 'b0_tool_0', 500);
  const totals = { direct: { calls: 0, seconds: 0, lat: [] as number[] }, via: { calls: 0, seconds: 0, lat: [] as number[] } };
  for (let r = 0; r < ROUNDS; r++) {
    for (const [key, clients, tool] of [['direct', direct, 'tool_0'], ['via', via, 'b0_tool_0']] as const) {
      const run = await load(clients, tool, ROUND_MS);
      totals[key].calls += run.calls;
      totals[key].seconds += run.seconds;
      totals[key].lat.push(...run.latencies);
    }
  }
  const rps = (k: 'direct' | 'via') => totals[k].calls / totals[k].seconds;
  const dl = totals.direct.lat.sort((a, b) => a - b);
  const vl = totals.via.lat.sort((a, b) => a - b);
  console.log(`\ntools/call, ${CONCURRENCY} concurrent clients, ${ROUNDS} x ${ROUND_MS / 1000}s alternating rounds`);
  console.log(`  direct: ${rps('direct').toFixed(0)} calls/s   p50 ${ms(pct(dl, 50))}  p99 ${ms(pct(dl, 99))}`);
  console.log(`  vmcp:   ${rps('via').toFixed(0)} calls/s   p50 ${ms(pct(vl, 50))}  p99 ${ms(pct(vl, 99))}`);
  const ratio = rps('via') / rps('direct');
  console.log(`  throughput ratio vmcp/direct: ${(ratio * 100).toFixed(1)}%  (target >= 70%) ${ratio >= 0.7 ? 'OK' : 'MISSED'}`);
  console.log(`  added latency under load: p50 ${ms(pct(vl, 50) - pct(dl, 50))}  p99 ${ms(pct(vl, 99) - pct(dl, 99))}`);
  await Promise.all([...direct, ...via].map((c) => c.close()));

  const one = { direct: await connect(backendUrl!), via: await connect(vmcpUrl) };
  await sequential(one.direct, 'tool_0', 200);
  await sequential(one.via, 'b0_tool_0', 200);
  const sd = await sequential(one.direct, 'tool_0', SEQUENTIAL_CALLS);
  const sv = await sequential(one.via, 'b0_tool_0', SEQUENTIAL_CALLS);
  const addedP99 = pct(sv, 99) - pct(sd, 99);
  console.log(`\ntools/call, one sequential client, ${SEQUENTIAL_CALLS} calls`);
  console.log(`  direct p50 ${ms(pct(sd, 50))} p99 ${ms(pct(sd, 99))};  vmcp p50 ${ms(pct(sv, 50))} p99 ${ms(pct(sv, 99))}`);
  console.log(`  added by vmcp: p50 ${ms(pct(sv, 50) - pct(sd, 50))}  p99 ${ms(addedP99)}  (target p99 < 2 ms) ${addedP99 < 2 ? 'OK' : 'MISSED'}`);
  await one.direct.close();
  await one.via.close();

  console.log('\naggregation (backends with 5 tools each, in a child process)');
  const { urls: many } = await child<{ urls: string[] }>('backends', '100', '5');
  for (const n of [10, 100]) {
    const plan = compile(planYaml(many.slice(0, n)));
    const t0 = performance.now();
    const mcp = await startMcpRuntime(plan, { secrets: noSecrets });
    const catalog = await mcp.pool.catalogFor(null);
    const discovery = performance.now() - t0;
    const server = await startServer(plan, { host: '127.0.0.1', port: 0, secrets: noSecrets, handlers: { mcp: mcp.handler }, health: mcp.health });
    const listMs = await cachedToolsList(`${server.url}/mcp`, 300);
    console.log(
      `  ${String(n).padStart(3)} backends (${catalog.tools.length} tools): discovery + aggregation ${ms(discovery)};` +
        ` cached tools/list round trip p50 ${ms(pct(listMs, 50))} p99 ${ms(pct(listMs, 99))}` +
        (n === 100 ? `  (target < 5 ms) ${pct(listMs, 50) < 5 ? 'OK' : 'MISSED'}` : ''),
    );
    await server.close();
    await mcp.close();
  }
  console.log(`\nload average at the end: ${loadavg()[0]!.toFixed(1)}`);
}

/** tools/list over raw HTTP on one session, so the figure is vmcp's, not a client library's parsing. */
async function cachedToolsList(url: string, n: number): Promise<number[]> {
  const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
  const init = await request(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'b', version: '1' } } }),
  });
  await init.body.text();
  const session = { ...headers, 'mcp-session-id': String(init.headers['mcp-session-id']), 'mcp-protocol-version': '2025-11-25' };
  await (await request(url, { method: 'POST', headers: session, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) })).body.text();
  const out: number[] = [];
  for (let i = 1; i <= n + 20; i++) {
    const t = performance.now();
    const res = await request(url, { method: 'POST', headers: session, body: JSON.stringify({ jsonrpc: '2.0', id: i, method: 'tools/list' }) });
    await res.body.text();
    if (i > 20) out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

const [role, ...args] = process.argv.slice(2);
if (role === 'backends' || role === 'vmcp') {
  // A child never outlives the benchmark, even when the benchmark is killed.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && process.exit(0), 500).unref();
  process.once('SIGTERM', () => process.exit(0));
}
try {
  if (role === 'backends') await runBackends(Number(args[0]), Number(args[1]));
  else if (role === 'vmcp') await runVmcp(args[0]!);
  else {
    await main();
    for (const c of children) c.kill('SIGTERM');
    process.exit(0);
  }
} catch (e) {
  process.stderr.write(`bench:gateway: ${(e as Error).message}\n`);
  for (const c of children) c.kill('SIGTERM');
  process.exit(1);
}
