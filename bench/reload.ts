/**
 * npm run bench:reload: live reload of `bin/vmcp serve` (its own process), server-everything behind it.
 *  1. From a config change (a file saved as editors save it) to the new catalog served: to the `reloaded`
 *     log line, and to a connected SDK client having been told (list_changed) and listed the new tool.
 *     A backend added, then removed, BENCH_ROUNDS times each.
 *  2. The cost of a reload with 100 backends against one with 1: wall time from SIGHUP to the outcome line
 *     and vmcp's CPU for it (from /proc), for a reload that changes nothing (compile, diff, fingerprints)
 *     and one that adds a backend (which is then discovered).
 * Figures only; issue 12 sets no target.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { banner, cpuSeconds, envInt, load, modeA, repo, spread, startEverything, stop, tempDir } from './lib.js';

const ROUNDS = envInt('BENCH_ROUNDS', 5);
const OUTCOMES = new Set(['reloaded', 'reload: nothing changed', 'reload refused: the config has errors; the running plan goes on']);

banner('bench:reload', 'live reload: from a config change to the new catalog served; the cost of a reload by backend count');
const everything = await startEverything();
const file = join(tempDir(), 'reload.yaml');
const config = (n: number) => JSON.stringify(modeA(Object.fromEntries(Array.from({ length: n }, (_, i) => [`b${i}`, everything.url]))), null, 1);
function save(text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** vmcp serve on the file, with a way to wait for its next reload outcome line. */
async function serve(n: number): Promise<{ proc: ChildProcess; url: string; outcome: () => Promise<string> }> {
  save(config(n));
  const proc = spawn(process.execPath, [join(repo, 'bin/vmcp'), 'serve', file, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const waiting: ((msg: string) => void)[] = [];
  let url: ((u: string) => void) | null = null;
  const listening = new Promise<string>((resolve) => (url = resolve));
  createInterface({ input: proc.stderr! }).on('line', (line) => {
    const serving = /^vmcp: serving \S+ on (\S+)/.exec(line);
    if (serving) return url?.(serving[1]!);
    if (!line.startsWith('{')) return;
    const msg = String((JSON.parse(line) as { msg?: unknown }).msg);
    if (OUTCOMES.has(msg)) waiting.shift()?.(msg);
  });
  return { proc, url: await listening, outcome: () => new Promise((resolve) => waiting.push(resolve)) };
}

// 1. change -> served
{
  const vmcp = await serve(1);
  let told: (() => void) | null = null;
  const client = new Client({ name: 'bench-reload', version: '1' }, { listChanged: { tools: { autoRefresh: false, debounceMs: 0, onChanged: () => told?.() } } });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${vmcp.url}/mcp`)));
  const toLog: number[] = [];
  const toClient: number[] = [];
  for (let r = 0; r < ROUNDS * 2; r++) {
    const n = r % 2 === 0 ? 2 : 1;
    const notified = new Promise<void>((resolve) => (told = resolve));
    const outcome = vmcp.outcome();
    const t0 = performance.now();
    save(config(n));
    if ((await outcome) !== 'reloaded') throw new Error('the reload was not applied');
    toLog.push(performance.now() - t0);
    await notified;
    const tools = (await client.listTools()).tools.map((t) => t.name);
    if (tools.includes('b1_echo') !== (n === 2)) throw new Error(`the client listed ${tools.length} tools after the reload`);
    toClient.push(performance.now() - t0);
  }
  await client.close();
  await stop(vmcp.proc);
  console.log(`1. a backend added or removed by saving the config, ${ROUNDS * 2} reloads  (${load()})`);
  console.log(`   change -> "reloaded" logged ${spread(toLog)} ms; change -> client told and listed the new catalog ${spread(toClient)} ms (median (min..max); the watch waits 150 ms for a burst of events to end)`);
}

// 2. the cost by backend count
console.log(`2. a reload's cost (SIGHUP to the outcome line, vmcp CPU), ${ROUNDS} each, by backend count  (${load()})`);
for (const n of [1, 100]) {
  const vmcp = await serve(n);
  const measure = async (change: () => void) => {
    const outcome = vmcp.outcome();
    const [t0, c0] = [performance.now(), cpuSeconds(vmcp.proc.pid!)];
    change();
    vmcp.proc.kill('SIGHUP');
    await outcome;
    return { ms: performance.now() - t0, cpuMs: (cpuSeconds(vmcp.proc.pid!) - c0) * 1000 };
  };
  const same: { ms: number; cpuMs: number }[] = [];
  const added: { ms: number; cpuMs: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    same.push(await measure(() => {}));
    added.push(await measure(() => save(config(n + 1))));
    // Back to n backends (not measured), so each measured reload adds one.
    await measure(() => save(config(n)));
  }
  await stop(vmcp.proc);
  const show = (xs: { ms: number; cpuMs: number }[]) => `wall ${spread(xs.map((x) => x.ms))} ms, vmcp CPU ${spread(xs.map((x) => x.cpuMs))} ms`;
  console.log(`   ${String(n).padStart(3)} backend${n === 1 ? ' ' : 's'}: nothing changed ${show(same)}; one backend added ${show(added)}`);
}
await stop(everything.proc);
console.log(`end: ${load()}`);
