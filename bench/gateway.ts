/**
 * npm run bench:gateway: tools/call round trips through vmcp against the same calls made directly to the
 * same backend, 50 concurrent clients, in one run (rounds alternate, so drift hits both alike), with the
 * CPU each process spends per call; the latency vmcp adds for a single sequential client; and aggregation
 * over 10 and 100 backends: first discovery, and tools/list served from the aggregated cache.
 * Targets: >= 70% of direct throughput; added p99 < 2 ms on loopback; cached tools/list over 100 backends < 5 ms.
 *
 * The backends and vmcp each run in a child process (as they would in production), the clients here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import { fromJsonSchema, McpServer } from '@modelcontextprotocol/server';
import { request, type Dispatcher } from 'undici';
import { compileSources } from '../compiler/index.js';
import { aggregate } from '../runtime/aggregation/aggregate.js';
import type { RuntimePlan, SecretValues } from '../runtime/contract.js';
import { startMcpRuntime } from '../runtime/mcp/index.js';
import { startServer } from '../runtime/server.js';

const CONCURRENCY = 50;
const ROUNDS = 2;
const ROUND_MS = 3000;
const SEQUENTIAL_CALLS = 3000;
const noSecret = (): never => {
  throw new Error('no secrets in the benchmark');
};
const noSecrets: SecretValues = { get: noSecret, bytes: noSecret };

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
  const proc = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
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
 * The load clients: a minimal 2025-era MCP client (initialize, then POSTs on the session) over undici,
 * the same code for direct and via-vmcp runs. The SDK client spends more CPU per call than vmcp's
 * forwarding, and parses an SSE answer (what the backend sends) more slowly than a JSON one (what vmcp
 * sends): with it the benchmark would mostly measure itself, and flatter vmcp.
 */
class RawClient {
  private id = 0;
  private constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
  ) {}

  static async connect(url: string): Promise<RawClient> {
    const base = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    const init = await request(url, { method: 'POST', headers: base, body: JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }) });
    await answer(init);
    const client = new RawClient(url, { ...base, 'mcp-session-id': String(init.headers['mcp-session-id']), 'mcp-protocol-version': '2025-11-25' });
    await (await request(url, { method: 'POST', headers: client.headers, body: '{"jsonrpc":"2.0","method":"notifications/initialized"}' })).body.dump();
    return client;
  }

  async call(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const res = await request(this.url, { method: 'POST', headers: this.headers, body: JSON.stringify({ jsonrpc: '2.0', id: ++this.id, method, params }) });
    return answer(res);
  }

  async close(): Promise<void> {
    await (await request(this.url, { method: 'DELETE', headers: this.headers })).body.dump();
  }
}

/** The result in a JSON or SSE answer (the SDK server answers a POST with a one-message SSE stream). */
async function answer(res: Dispatcher.ResponseData): Promise<Record<string, unknown>> {
  const text = await res.body.text();
  const json = String(res.headers['content-type']).startsWith('text/event-stream') ? text.slice(text.indexOf('data: ') + 6, text.indexOf('\n', text.indexOf('data: '))) : text;
  const message = JSON.parse(json) as { result?: Record<string, unknown>; error?: { message: string } };
  if (!message.result) throw new Error(`MCP error: ${message.error?.message ?? res.statusCode}`);
  return message.result;
}

/** CPU seconds a process has used so far (Linux /proc; null elsewhere). */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return null;
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (v: number) => `${v.toFixed(2)} ms`;

interface Run {
  calls: number;
  seconds: number;
  latencies: number[];
  /** CPU seconds per process (clients, backend, vmcp) during the run. */
  cpu: Record<string, number>;
}

async function load(clients: RawClient[], tool: string, durationMs: number, pids: Record<string, number>): Promise<Run> {
  const latencies: number[] = [];
  const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuSeconds(pid) ?? NaN]));
  const end = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) {
        const t = performance.now();
        await c.call('tools/call', { name: tool, arguments: { n: 1 } });
        latencies.push(performance.now() - t);
      }
    }),
  );
  const cpu = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, (cpuSeconds(pid) ?? NaN) - before[k]!]));
  return { calls: latencies.length, seconds: (performance.now() - started) / 1000, latencies, cpu };
}

async function sequential(client: RawClient, tool: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await client.call('tools/call', { name: tool, arguments: { n: i } });
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

// ---- main --------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  // Three processes share the cores; other load on the machine skews the ratio, so it is printed too.
  console.log(`bench:gateway (node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}, ${CONCURRENCY} concurrent clients)`);
  const { urls: [backendUrl] } = await child<{ urls: string[] }>('backends', '1', '3');
  const backendPid = children.at(-1)!.pid!;
  const { url: vmcpUrl } = await child<{ url: string }>('vmcp', planYaml([backendUrl!]));
  const pids = { clients: process.pid, backend: backendPid, vmcp: children.at(-1)!.pid! };

  const direct = await Promise.all(Array.from({ length: CONCURRENCY }, () => RawClient.connect(backendUrl!)));
  const via = await Promise.all(Array.from({ length: CONCURRENCY }, () => RawClient.connect(vmcpUrl)));
  await load(direct, 'tool_0', 500, pids); // warm-up: JIT, connection pools
  await load(via, 'b0_tool_0', 500, pids);
  const empty = () => ({ calls: 0, seconds: 0, lat: [] as number[], cpu: { clients: 0, backend: 0, vmcp: 0 } as Record<string, number> });
  const totals = { direct: empty(), via: empty() };
  for (let r = 0; r < ROUNDS; r++) {
    for (const [key, clients, tool] of [['direct', direct, 'tool_0'], ['via', via, 'b0_tool_0']] as const) {
      const run = await load(clients, tool, ROUND_MS, pids);
      totals[key].calls += run.calls;
      totals[key].seconds += run.seconds;
      totals[key].lat.push(...run.latencies);
      for (const [k, v] of Object.entries(run.cpu)) totals[key].cpu[k]! += v;
    }
  }
  const rps = (k: 'direct' | 'via') => totals[k].calls / totals[k].seconds;
  // CPU per call of each process: what vmcp costs, independent of how busy the machine is otherwise.
  const cpu = (k: 'direct' | 'via') =>
    Object.entries(totals[k].cpu).filter(([p]) => k === 'via' || p !== 'vmcp').map(([p, v]) => `${p} ${((v / totals[k].calls) * 1e6).toFixed(0)} µs`).join(', ');
  const dl = totals.direct.lat.sort((a, b) => a - b);
  const vl = totals.via.lat.sort((a, b) => a - b);
  console.log(`\ntools/call, ${CONCURRENCY} concurrent clients, ${ROUNDS} x ${ROUND_MS / 1000}s alternating rounds`);
  console.log(`  direct: ${rps('direct').toFixed(0)} calls/s   p50 ${ms(pct(dl, 50))}  p99 ${ms(pct(dl, 99))}   CPU per call: ${cpu('direct')}`);
  console.log(`  vmcp:   ${rps('via').toFixed(0)} calls/s   p50 ${ms(pct(vl, 50))}  p99 ${ms(pct(vl, 99))}   CPU per call: ${cpu('via')}`);
  const ratio = rps('via') / rps('direct');
  console.log(`  throughput ratio vmcp/direct: ${(ratio * 100).toFixed(1)}%  (target >= 70%) ${ratio >= 0.7 ? 'OK' : 'MISSED'}`);
  console.log(`  added latency under load: p50 ${ms(pct(vl, 50) - pct(dl, 50))}  p99 ${ms(pct(vl, 99) - pct(dl, 99))}`);
  await Promise.all([...direct, ...via].map((c) => c.close()));

  // Alternating blocks, so a burst of other load on the machine hits both series alike.
  const one = { direct: await RawClient.connect(backendUrl!), via: await RawClient.connect(vmcpUrl) };
  await sequential(one.direct, 'tool_0', 200);
  await sequential(one.via, 'b0_tool_0', 200);
  const sd: number[] = [];
  const sv: number[] = [];
  for (let i = 0; i < SEQUENTIAL_CALLS; i += 100) {
    sd.push(...(await sequential(one.direct, 'tool_0', 100)));
    sv.push(...(await sequential(one.via, 'b0_tool_0', 100)));
  }
  sd.sort((a, b) => a - b);
  sv.sort((a, b) => a - b);
  const addedP99 = pct(sv, 99) - pct(sd, 99);
  console.log(`\ntools/call, one sequential client, ${SEQUENTIAL_CALLS} calls each way`);
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
    // What a list_changed costs: aggregating the per-backend catalogs vmcp already holds.
    const catalogs = new Map(plan.backends.map((b) => [b.name, mcp.pool.backend(b.name)!.cachedCatalog(null)!]));
    const t1 = performance.now();
    for (let i = 0; i < 20; i++) aggregate(catalogs, plan.aggregation);
    const reaggregation = (performance.now() - t1) / 20;
    const server = await startServer(plan, { host: '127.0.0.1', port: 0, secrets: noSecrets, handlers: { mcp: mcp.handler }, health: mcp.health });
    const listMs = await cachedToolsList(`${server.url}/mcp`, 300);
    console.log(
      `  ${String(n).padStart(3)} backends (${catalog.tools.length} tools): discovery + aggregation ${ms(discovery)}; aggregation alone ${ms(reaggregation)};` +
        ` cached tools/list round trip p50 ${ms(pct(listMs, 50))} p99 ${ms(pct(listMs, 99))}` +
        (n === 100 ? `  (target < 5 ms) ${pct(listMs, 50) < 5 ? 'OK' : 'MISSED'}` : ''),
    );
    await server.close();
    await mcp.close();
  }
  console.log(`\nload average at the end: ${loadavg()[0]!.toFixed(1)}`);
}

/** tools/list on one session with the raw client, so the figure is vmcp's, not a client library's parsing. */
async function cachedToolsList(url: string, n: number): Promise<number[]> {
  const client = await RawClient.connect(url);
  const out: number[] = [];
  for (let i = 1; i <= n + 20; i++) {
    const t = performance.now();
    await client.call('tools/list', {});
    if (i > 20) out.push(performance.now() - t);
  }
  await client.close();
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
