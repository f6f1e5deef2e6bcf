/**
 * npm run bench:aggregation: vmcp in front of 10, 50 and 100 backends (5 tools each, SDK servers in a child
 * process): first discovery and aggregation, aggregation alone (what a list_changed costs), a cached
 * tools/list round trip, and vmcp's CPU per cached tools/list under load (autocannon in its own process,
 * 10 connections). Targets: cached tools/list over 100 backends < 5 ms (earlier issue); vmcp CPU per cached
 * tools/list of 250 tools <= 60 µs (issue 18).
 *
 * vmcp runs in this process so its parts can be timed one by one; the round trip goes over loopback HTTP.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import { fromJsonSchema, McpServer } from '@modelcontextprotocol/server';
import { request, type Dispatcher } from 'undici';
import { compileSources } from '../compiler/index.js';
import { aggregate } from '../runtime/aggregation/aggregate.js';
import type { RuntimePlan, SecretValues } from '../runtime/contract.js';
import { startMcpRuntime } from '../runtime/mcp/index.js';
import { startServer } from '../runtime/server.js';
import { banner, envInt, load, LoadGenerator, measureCpu, modeA, ms, percentile, start } from './lib.js';

const noSecret = (): never => {
  throw new Error('no secrets in the benchmark');
};
const noSecrets: SecretValues = { get: noSecret, bytes: noSecret };

/** Child role `backends N TOOLS`: N SDK servers with sessions on 127.0.0.1, their URLs on one line. */
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
        server.registerTool(`tool_${t}`, { description: `tool ${t} of backend ${i}`, inputSchema: schema }, (args) => ({ content: [{ type: 'text', text: JSON.stringify(args) }] }));
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
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && process.exit(0), 500).unref();
  process.stdout.write(`BACKENDS ${JSON.stringify(urls)}\n`);
}

function compile(config: object): RuntimePlan {
  const r = compileSources({ file: 'bench.yaml', bytes: JSON.stringify(config) });
  if (!r.ok || !r.plan) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.plan;
}

/** The answer's JSON-RPC result, whether JSON or a one-message SSE stream. */
async function answer(res: Dispatcher.ResponseData): Promise<unknown> {
  const text = await res.body.text();
  const json = text.startsWith('{') ? text : text.split('\n').find((l) => l.startsWith('data: {'))!.slice(6);
  const message = JSON.parse(json) as { result?: unknown; error?: { message: string } };
  if (!message.result) throw new Error(`MCP error: ${message.error?.message ?? res.statusCode}`);
  return message.result;
}

/** `n` cached tools/list round trips on one session (after 20 unmeasured), sorted, in ms. */
async function cachedToolsList(url: string, n: number): Promise<number[]> {
  const base = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
  const initialize = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } };
  const init = await request(url, { method: 'POST', headers: base, body: JSON.stringify(initialize) });
  await answer(init);
  const headers = { ...base, 'mcp-session-id': String(init.headers['mcp-session-id']), 'mcp-protocol-version': '2025-11-25' };
  await (await request(url, { method: 'POST', headers, body: '{"jsonrpc":"2.0","method":"notifications/initialized"}' })).body.dump();
  const out: number[] = [];
  for (let i = 1; i <= n + 20; i++) {
    const t = performance.now();
    await answer(await request(url, { method: 'POST', headers, body: JSON.stringify({ jsonrpc: '2.0', id: i, method: 'tools/list', params: {} }) }));
    if (i > 20) out.push(performance.now() - t);
  }
  await (await request(url, { method: 'DELETE', headers })).body.dump();
  return out.sort((a, b) => a - b);
}

/** vmcp's CPU (this process) per cached tools/list, `rounds` rounds of autocannon at 10 connections; µs, sorted. */
async function toolsListCpu(cannon: LoadGenerator, url: string, rounds: number): Promise<number[]> {
  const session = { url, headers: await cannon.ask<object>({ op: 'session', url }), method: 'tools/list', params: {} };
  await cannon.ask({ op: 'run', ...session, connections: 10, seconds: 1 }); // warm-up
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const { result, cpu } = await measureCpu({ vmcp: process.pid }, () => cannon.ask<{ ok: number; failed: number }>({ op: 'run', ...session, connections: 10, seconds: 2 }));
    if (result.failed > 0) throw new Error(`${result.failed} tools/list requests failed`);
    out.push((cpu.vmcp! / result.ok) * 1e6);
  }
  return out.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  banner('bench:aggregation', 'discovery, aggregation and cached tools/list over 10, 50 and 100 backends (5 tools each)');
  const child = await start(process.execPath, [process.argv[1]!, 'backends', '100', '5'], /^BACKENDS (.*)$/);
  const urls = JSON.parse(child.match[1]!) as string[];
  const cannon = await LoadGenerator.start('load-cannon');
  for (const n of [10, 50, 100]) {
    const plan = compile(modeA(Object.fromEntries(urls.slice(0, n).map((u, i) => [`b${i}`, u]))));
    const t0 = performance.now();
    const mcp = await startMcpRuntime(plan, { secrets: noSecrets });
    const catalog = await mcp.pool.catalogFor(null);
    const discovery = performance.now() - t0;
    const catalogs = new Map(plan.backends.map((b) => [b.name, mcp.pool.backend(b.name)!.cachedCatalog(null)!]));
    const t1 = performance.now();
    for (let i = 0; i < 20; i++) aggregate(catalogs, plan.aggregation);
    const reaggregation = (performance.now() - t1) / 20;
    const server = await startServer(plan, { host: '127.0.0.1', port: 0, secrets: noSecrets, handlers: { mcp: mcp.handler }, health: mcp.health });
    const list = await cachedToolsList(`${server.url}/mcp`, 300);
    const cpu = await toolsListCpu(cannon, `${server.url}/mcp`, envInt('BENCH_ROUNDS', 5));
    const cpuMedian = percentile(cpu, 50);
    console.log(
      `  ${String(n).padStart(3)} backends (${catalog.tools.length} tools): discovery + aggregation ${ms(discovery)}; aggregation alone ${ms(reaggregation)};` +
        ` cached tools/list round trip p50 ${ms(percentile(list, 50))} p99 ${ms(percentile(list, 99))}` +
        (n === 100 ? `  [target < 5 ms: ${percentile(list, 50) < 5 ? 'met' : 'MISSED'}]` : '') +
        `; vmcp CPU per cached tools/list ${cpuMedian.toFixed(0)} µs (${cpu[0]!.toFixed(0)}..${cpu.at(-1)!.toFixed(0)})` +
        (catalog.tools.length === 250 ? `  [target <= 60 µs: ${cpuMedian <= 60 ? 'met' : 'MISSED'}]` : '') +
        `  (${load()})`,
    );
    await server.close();
    await mcp.close();
  }
  console.log(`end: ${load()}`);
}

if (process.argv[2] === 'backends') await runBackends(Number(process.argv[3]), Number(process.argv[4]));
else {
  await main();
  process.exit(0);
}
