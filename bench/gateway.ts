/**
 * npm run bench:gateway: server-everything's `echo` tool called through vmcp against the same call made
 * directly to the backend, at 1, 10 and 50 connections; then vmcp against mcp-hub (an npm MCP aggregator)
 * in front of the same backend, driven by the same SDK client.
 *
 * Session shape: each path gets one MCP session, which all its connections share. vmcp keeps one backend
 * session for all anonymous callers (backend sessions are shared unless a caller brings its own
 * credentials), so "one session per client" would give the direct path N backend sessions and the vmcp
 * path one: less work for the backend behind vmcp, a flattering ratio. With one session each, the backend
 * does the same work on both paths and the difference is vmcp's. Against mcp-hub each SDK client has its
 * own session at the front and each aggregator holds one session to the backend, again the same shape.
 *
 * Every part runs in its own process: the backend, vmcp (`bin/vmcp serve`), mcp-hub, and the load
 * generators (autocannon for raw JSON-RPC POSTs, load-cannon.ts; the SDK client, load-sdk.ts). Paths
 * alternate round by round (ABBA), BENCH_ROUNDS (5) rounds of BENCH_SECONDS (3) per level. Printed: median
 * and range over the rounds of the throughput ratio, of the p50/p99 vmcp adds, and of each process's CPU
 * per call (/proc), which the machine's other load moves far less than throughput.
 *
 * Targets (issue 18): vmcp >= 0.90x direct at 1, 10 and 50 connections; added p99 < 1 ms at one
 * connection; vmcp CPU <= 120 µs per forwarded call. Then the same at one connection with 2025-06-18
 * clients, which must not pay for the 2025-11-25 wire vmcp otherwise speaks to the backend. Against
 * mcp-hub there is no target, only the figure.
 */
import { join } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  banner, envInt, freePort, interleaved, load, LoadGenerator, measureCpu, median, modeA, repo, rssKiB, spread, start, startEverything, startVmcp,
  tempDir, verdict, writeTemp,
} from './lib.js';

const LEVELS = [1, 10, 50];
const ROUNDS = envInt('BENCH_ROUNDS', 5);
const SECONDS = envInt('BENCH_SECONDS', 3);
const ARGS = { message: 'bench' };

interface Round {
  ok: number;
  seconds: number;
  failed?: number;
  p50: number;
  p99: number;
  cpu: Record<string, number>;
}

const rps = (r: Round) => r.ok / r.seconds;
const cpuPerCall = (rounds: Round[], p: string) => rounds.map((r) => (r.cpu[p]! / r.ok) * 1e6);
const paired = (a: Round[], b: Round[], f: (x: Round, y: Round) => number) => a.map((x, i) => f(x, b[i]!));

/** One path's figures on one line: throughput, latency, and each process's CPU per call. */
function side(name: string, rounds: Round[], procs: string[]): void {
  const failed = rounds.reduce((n, r) => n + (r.failed ?? 0), 0);
  const cpu = procs.map((p) => `${p} ${spread(cpuPerCall(rounds, p))}`).join(', ');
  console.log(
    `  ${name.padEnd(7)} ${spread(rounds.map(rps))} calls/s, p50 ${spread(rounds.map((r) => r.p50), 2)} ms, p99 ${spread(rounds.map((r) => r.p99), 2)} ms;` +
      ` CPU µs per call: ${cpu}${failed ? `  (${failed} requests FAILED)` : ''}`,
  );
}

/**
 * `version`: the clients' protocol version (default the load generator's, 2025-11-25); `levels`: the
 * connection counts; without `targets`, the figures are printed without the issue's verdicts.
 */
async function directVersusVmcp(
  backend: { url: string; pid: number },
  vmcp: { url: string; pid: number },
  o: { version?: string; levels?: number[]; targets?: boolean } = {},
): Promise<void> {
  const { version, levels = LEVELS, targets = true } = o;
  const cannon = await LoadGenerator.start('load-cannon');
  const paths = {
    direct: { url: backend.url, tool: 'echo', headers: await cannon.ask<object>({ op: 'session', url: backend.url, version }) },
    vmcp: { url: vmcp.url, tool: 'b0_echo', headers: await cannon.ask<object>({ op: 'session', url: vmcp.url, version }) },
  };
  for (const p of Object.values(paths)) {
    const result = await cannon.ask({ op: 'call', ...p, method: 'tools/call', params: { name: p.tool, arguments: ARGS } });
    if (!JSON.stringify(result).includes('Echo: bench')) throw new Error(`${p.url} answered ${JSON.stringify(result)}`);
  }
  const pids = { vmcp: vmcp.pid, backend: backend.pid, loadgen: cannon.pid };
  const run = (path: keyof typeof paths, connections: number, seconds: number) =>
    measureCpu(pids, () => cannon.ask<Omit<Round, 'cpu'>>({ op: 'run', ...paths[path], method: 'tools/call', params: { name: paths[path].tool, arguments: ARGS }, connections, seconds }))
      .then(({ result, cpu }) => ({ ...result, cpu }));
  for (const p of ['direct', 'vmcp'] as const) await run(p, 10, 2); // warm-up: JIT, connections

  const clients = version === undefined ? '' : `, ${version} clients`;
  console.log(`raw JSON-RPC tools/call (autocannon in its own process)${clients}, one session per path, ${ROUNDS} x ${SECONDS}s interleaved rounds; median (min..max) over rounds`);
  for (const connections of levels) {
    const r = await interleaved(ROUNDS, ['direct', 'vmcp'] as const, (p) => run(p, connections, SECONDS));
    console.log(`${connections} connection${connections > 1 ? 's' : ''}  (${load()})`);
    side('direct', r.direct, ['backend', 'loadgen']);
    side('vmcp', r.vmcp, ['vmcp', 'backend', 'loadgen']);
    const ratio = paired(r.vmcp, r.direct, (v, d) => rps(v) / rps(d));
    const p99 = paired(r.vmcp, r.direct, (v, d) => v.p99 - d.p99);
    const vmcpCpu = cpuPerCall(r.vmcp, 'vmcp');
    const added = `added p50 ${spread(paired(r.vmcp, r.direct, (v, d) => v.p50 - d.p50), 2)} ms, p99 ${spread(p99, 2)} ms`;
    if (!targets) {
      console.log(`  vmcp/direct ${spread(ratio, 2)}x; ${added}`);
      continue;
    }
    console.log(
      `  vmcp/direct ${spread(ratio, 2)}x ${verdict('>= 0.90x', median(ratio) >= 0.9)}; ${added}${connections === 1 ? ` ${verdict('< 1 ms', median(p99) < 1)}` : ''};` +
        ` vmcp CPU ${verdict('<= 120 µs per call', median(vmcpCpu) <= 120)}`,
    );
  }
}

/** mcp-hub in front of the backend, on 127.0.0.1, with its marketplace catalog seeded so it never goes online. */
async function startMcpHub(backendUrl: string): Promise<{ url: string; pid: number }> {
  const home = join(tempDir(), 'mcp-hub');
  // A fresh catalog in its cache stops mcp-hub from fetching its marketplace registry at start.
  mkdirSync(join(home, 'data/mcp-hub/cache'), { recursive: true });
  const catalog = { registry: { servers: [{ id: 'none', name: 'none' }] }, lastFetchedAt: Date.now(), serverDocumentation: {} };
  writeFileSync(join(home, 'data/mcp-hub/cache/registry.json'), JSON.stringify(catalog));
  const config = writeTemp('mcp-hub.json', JSON.stringify({ mcpServers: { b0: { url: backendUrl } } }));
  const port = await freePort();
  const env = { HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_STATE_HOME: join(home, 'state'), XDG_CONFIG_HOME: join(home, 'config') };
  const s = await start(process.execPath, [join(repo, 'dist/bench/mcp-hub-loopback.js'), '--port', String(port), '--config', config], /1\/1 servers started successfully/, { env });
  return { url: `http://127.0.0.1:${port}/mcp`, pid: s.pid };
}

async function vmcpVersusMcpHub(backend: { url: string; pid: number }, vmcp: { url: string; pid: number }): Promise<void> {
  console.log(`vmcp vs mcp-hub ${peerVersion()}: the official SDK client (load-sdk.ts, its own process), one session per client; same rounds`);
  let hub: { url: string; pid: number };
  try {
    hub = await startMcpHub(backend.url);
  } catch (e) {
    console.log(`  mcp-hub could not run here: ${(e as Error).message}`);
    return;
  }
  const sdk = await LoadGenerator.start('load-sdk');
  const pids = { vmcp: vmcp.pid, 'mcp-hub': hub.pid, backend: backend.pid, loadgen: sdk.pid };
  for (const n of LEVELS) {
    const opened = {
      vmcp: await sdk.ask<{ tools: string[]; protocol: string }>({ op: 'open', group: 'vmcp', transport: 'http', url: vmcp.url, n }),
      'mcp-hub': await sdk.ask<{ tools: string[]; protocol: string }>({ op: 'open', group: 'mcp-hub', transport: 'sse', url: hub.url, n }),
    };
    const tool = (g: keyof typeof opened) => opened[g].tools.find((t) => t.endsWith('echo'))!;
    const run = (g: keyof typeof opened, seconds: number) =>
      measureCpu(pids, () => sdk.ask<Omit<Round, 'cpu'>>({ op: 'run', group: g, tool: tool(g), arguments: ARGS, expect: 'Echo: bench', seconds })).then(({ result, cpu }) => ({ ...result, cpu }));
    for (const g of ['vmcp', 'mcp-hub'] as const) await run(g, 1); // warm-up
    const r = await interleaved(ROUNDS, ['vmcp', 'mcp-hub'] as const, (g) => run(g, SECONDS));
    console.log(`${n} client${n > 1 ? 's' : ''}  (${load()}; protocol: vmcp ${opened.vmcp.protocol}, mcp-hub ${opened['mcp-hub'].protocol}; tools ${tool('vmcp')}, ${tool('mcp-hub')})`);
    side('vmcp', r.vmcp, ['vmcp', 'backend', 'loadgen']);
    side('mcp-hub', r['mcp-hub'], ['mcp-hub', 'backend', 'loadgen']);
    const throughput = paired(r.vmcp, r['mcp-hub'], (v, h) => rps(v) / rps(h));
    const cpu = paired(r.vmcp, r['mcp-hub'], (v, h) => v.cpu.vmcp! / v.ok / (h.cpu['mcp-hub']! / h.ok));
    console.log(
      `  vmcp/mcp-hub throughput ${spread(throughput, 2)}x, CPU per call ${spread(cpu, 2)}x (no target); RSS vmcp ${(rssKiB(vmcp.pid) / 1024).toFixed(0)} MiB, mcp-hub ${(rssKiB(hub.pid) / 1024).toFixed(0)} MiB`,
    );
    for (const g of ['vmcp', 'mcp-hub']) await sdk.ask({ op: 'close', group: g });
  }
}

function peerVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(repo, 'node_modules/mcp-hub/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '(not installed)';
  }
}

banner('bench:gateway', "server-everything's echo through vmcp vs direct, and vmcp vs mcp-hub");
const backend = await startEverything();
const vmcp = await startVmcp(modeA({ b0: backend.url }));
await directVersusVmcp(backend, vmcp);
// vmcp speaks 2025-11-25 to the backend, whose answers then start with a priming event: a client of an
// older version must not wait for it (issue 18, item 2).
await directVersusVmcp(backend, vmcp, { version: '2025-06-18', levels: [1], targets: false });
await vmcpVersusMcpHub(backend, vmcp);
console.log(`end: ${load()}`);
process.exit(0);
