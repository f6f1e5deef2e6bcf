/**
 * What the benchmarks share: child processes (started, awaited until they say they are ready, killed when
 * the benchmark ends), the load generators' JSON-lines protocol, CPU and RSS of a process from /proc,
 * median and range, interleaved rounds, the load average, and target verdicts.
 *
 * CPU comes from /proc/PID/stat (utime + stime): time a process spent on its own work, which other load on
 * the machine moves far less than wall time. Linux only; elsewhere it prints as NaN.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
/** Linux's USER_HZ, the unit of /proc/PID/stat's times, is 100 on every common build. */
const TICKS = 100;

// ---- children ------------------------------------------------------------------------------------------

const children = new Set<ChildProcess>();
let scratch: string | undefined;
process.once('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/** A temporary folder for this run's configs, removed when the benchmark ends. */
export function tempDir(): string {
  return (scratch ??= mkdtempSync(join(tmpdir(), 'vmcp-bench-')));
}

export function writeTemp(name: string, text: string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

export interface Started {
  proc: ChildProcess;
  pid: number;
  match: RegExpExecArray;
  /** Milliseconds from spawn to the line that matched. */
  readyMs: number;
}

/** Spawns a process and resolves when a line of its stdout or stderr matches `ready`; its output is drained after. */
export function start(command: string, args: string[], ready: RegExp, o: { env?: NodeJS.ProcessEnv; stdin?: boolean; timeoutMs?: number } = {}): Promise<Started> {
  const t0 = performance.now();
  const timeoutMs = o.timeoutMs ?? 30_000;
  const proc = spawn(command, args, { env: { ...process.env, ...o.env }, stdio: [o.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  let tail = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')}: not ready after ${timeoutMs} ms: ${tail}`)), timeoutMs);
    let done = false;
    for (const stream of [proc.stdout!, proc.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (done) return;
        tail = (tail + line + '\n').slice(-2000);
        const match = ready.exec(line);
        if (!match) return;
        done = true;
        clearTimeout(timer);
        resolve({ proc, pid: proc.pid!, match, readyMs: performance.now() - t0 });
      });
    }
    proc.once('exit', (code) => {
      clearTimeout(timer);
      if (!done) reject(new Error(`${args.join(' ')} exited with ${code}: ${tail}`));
    });
  });
}

export async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGTERM');
  await exited;
}

/** A load generator: a child (dist/bench/NAME.js) that answers one JSON command per line. */
export class LoadGenerator {
  private queue: ((line: string) => void)[] = [];
  private constructor(private readonly started: Started) {
    createInterface({ input: started.proc.stdout! }).on('line', (line) => this.queue.shift()?.(line));
  }

  static async start(name: string): Promise<LoadGenerator> {
    return new LoadGenerator(await start(process.execPath, [join(repo, 'dist/bench', `${name}.js`)], /^\{"ready":true\}$/, { stdin: true }));
  }

  get pid(): number {
    return this.started.pid;
  }

  ask<T>(command: Record<string, unknown>): Promise<T> {
    return new Promise((resolve, reject) => {
      this.queue.push((line) => {
        const answer = JSON.parse(line) as { ok: T } | { error: string };
        if ('error' in answer) reject(new Error(`load generator: ${answer.error}`));
        else resolve(answer.ok);
      });
      this.started.proc.stdin?.write(JSON.stringify(command) + '\n');
    });
  }
}

/** The child side: `handlers[command.op]` answers each command line; one command at a time. */
export function serveCommands(handlers: Record<string, (command: Record<string, unknown>) => Promise<unknown>>): void {
  // A load generator never outlives its benchmark.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && process.exit(0), 500).unref();
  let chain = Promise.resolve();
  createInterface({ input: process.stdin })
    .on('line', (line) => {
      chain = chain.then(async () => {
        let answer: { ok: unknown } | { error: string };
        try {
          const command = JSON.parse(line) as Record<string, unknown>;
          const handler = handlers[String(command.op)];
          if (!handler) throw new Error(`no op ${String(command.op)}`);
          answer = { ok: await handler(command) };
        } catch (e) {
          answer = { error: (e as Error).message };
        }
        process.stdout.write(JSON.stringify(answer) + '\n');
      });
    })
    .on('close', () => process.exit(0));
  process.stdout.write('{"ready":true}\n');
}

// ---- MCP over raw HTTP (the load generators) ----------------------------------------------------------------

export const PROTOCOL = '2025-11-25';
export const BASE_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
export const INITIALIZE = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: PROTOCOL, capabilities: {}, clientInfo: { name: 'bench', version: '1' } } };

/** The JSON-RPC message of an answer, sent as JSON or as an SSE stream (after any priming event). */
export function rpcMessage(text: string): { result?: unknown; error?: { message: string } } {
  const data = text.startsWith('{') ? text : text.split('\n').find((l) => l.startsWith('data: {'))?.slice(6);
  if (data === undefined) throw new Error(`no JSON-RPC message in ${JSON.stringify(text.slice(0, 200))}`);
  return JSON.parse(data) as { result?: unknown; error?: { message: string } };
}

// ---- the parts under test ----------------------------------------------------------------------------------

/** @modelcontextprotocol/server-everything over Streamable HTTP on loopback (the tests' fixture). */
export async function startEverything(): Promise<Started & { url: string }> {
  const s = await start(process.execPath, [join(repo, 'test/fixtures/everything-loopback.mjs'), 'streamableHttp'], /VMCP_FIXTURE_PORT (\d+)/, { env: { PORT: '0' } });
  return { ...s, url: `http://127.0.0.1:${s.match[1]}/mcp` };
}

/** `bin/vmcp serve` on a config (JSON is YAML); ready at its `vmcp: serving NAME on URL` line. */
export async function startVmcp(config: object): Promise<Started & { url: string }> {
  const file = writeTemp(`vmcp-${Math.random().toString(36).slice(2)}.yaml`, JSON.stringify(config, null, 1));
  const s = await start(process.execPath, [join(repo, 'bin/vmcp'), 'serve', file, '--port', '0'], /^vmcp: serving \S+ on (\S+)/);
  return { ...s, url: `${s.match[1]}/mcp` };
}

/** An anonymous Mode A config with the given backends (tools prefixed `NAME_`) and extra top-level keys. */
export function modeA(backends: Record<string, string>, extra: object = {}): object {
  return {
    name: 'bench',
    backends: Object.entries(backends).map(([name, url]) => ({ name, url, transport: 'streamable-http' })),
    incomingAuth: { type: 'anonymous' },
    outgoingAuth: { source: 'inline', default: { type: 'unauthenticated' } },
    aggregation: { conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}_' } },
    ...extra,
  };
}

export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

// ---- /proc ------------------------------------------------------------------------------------------------

/** Fields of /proc/PID/stat after the command name (which is in parentheses and may hold spaces). */
function statFields(pid: number | 'self'): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const f = statFields(pid);
  return f ? (Number(f[11]) + Number(f[12])) / TICKS : NaN;
}

/** CPU seconds of this process's children that have exited and been waited for. */
export function reapedChildrenCpuSeconds(): number {
  const f = statFields('self');
  return f ? (Number(f[13]) + Number(f[14])) / TICKS : NaN;
}

/** Resident set size in KiB. */
export function rssKiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

/** CPU seconds each process spends while `work` runs. */
export async function measureCpu<T>(pids: Record<string, number>, work: () => Promise<T>): Promise<{ result: T; cpu: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuSeconds(pid)]));
  const result = await work();
  return { result, cpu: Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuSeconds(pid) - before[k]!])) };
}

// ---- statistics and printing ------------------------------------------------------------------------------

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The value below which p% of the sorted sample lies. */
export const percentile = (sorted: ArrayLike<number>, p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** "median (min..max)" of a sample, with `digits` decimals; the unit goes after it, once. */
export function spread(xs: number[], digits = 0): string {
  return `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}..${Math.max(...xs).toFixed(digits)})`;
}

export const ms = (x: number) => `${x.toFixed(2)} ms`;
export const load = () => `loadavg ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;
export const verdict = (text: string, met: boolean) => `[target ${text}: ${met ? 'met' : 'MISSED'}]`;

export function banner(name: string, what: string): void {
  console.log(`${name}: ${what}`);
  console.log(`node ${process.version}, ${availableParallelism()} cores, ${new Date().toISOString()}, ${load()}`);
}

/**
 * `rounds` rounds over every side; the order flips each round (A B, B A, A B, ...), so warm-up and drift in
 * the machine's other load fall on every side alike.
 */
export async function interleaved<S extends string, R>(rounds: number, sides: readonly S[], run: (side: S, round: number) => Promise<R>): Promise<Record<S, R[]>> {
  const out = Object.fromEntries(sides.map((s) => [s, [] as R[]])) as unknown as Record<S, R[]>;
  for (let r = 0; r < rounds; r++) {
    for (const side of r % 2 ? [...sides].reverse() : sides) out[side].push(await run(side, r));
  }
  return out;
}

/** A whole number from the environment (e.g. BENCH_ROUNDS), or the default. */
export function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}
