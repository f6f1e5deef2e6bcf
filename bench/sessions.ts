/**
 * npm run bench:sessions: what an MCP session costs vmcp (`bin/vmcp serve`, anonymous, server-everything
 * behind it), with the load generator (load-sessions.ts) in its own process.
 *  1. A whole session (initialize, initialized, one tools/call, DELETE): CPU per session of each process,
 *     through vmcp and directly against the backend (whose own session handling is the baseline),
 *     interleaved rounds.
 *  2. RSS per open idle session: sessions opened in steps up to the cap; the slope of vmcp's RSS over the
 *     steps (young-generation garbage from opening them is bounded, so the slope is what they keep).
 *  3. Opening a session with the table at its cap (`http.maxSessions`, so each new one evicts) against just
 *     below it, at two caps. Every open session comes from its own loopback address, i.e. its own caller,
 *     which makes the table as large in callers as in sessions (the worst case for finding a victim).
 * Targets (issue 18): <= 0.4 ms of vmcp CPU per session lifecycle, <= 6 KB per idle session, O(1)
 * eviction (here: opening at the cap costs within 10% of opening below it, at every cap).
 */
import {
  banner, envInt, interleaved, load, LoadGenerator, measureCpu, median, modeA, rssKiB, spread, startEverything, startVmcp, stop, verdict,
} from './lib.js';

const ROUNDS = envInt('BENCH_ROUNDS', 5);
const LIFECYCLES = envInt('BENCH_LIFECYCLES', 300);
const CAPS = [envInt('BENCH_CAP_SMALL', 1000), envInt('BENCH_CAP', 10_000)];
const BATCH = envInt('BENCH_BATCH', 250);
const STEPS = 4;

banner('bench:sessions', 'session lifecycle CPU, RSS per idle session, opening a session at the cap');
const backend = await startEverything();
const gen = await LoadGenerator.start('load-sessions');
const vmcpAt = (cap: number) => startVmcp(modeA({ b0: backend.url }, { http: { maxSessions: cap, maxSessionsPerCaller: cap } }));

// 1. lifecycle
let vmcp = await vmcpAt(CAPS[1]!);
const pids = { vmcp: vmcp.pid, backend: backend.pid, loadgen: gen.pid };
const paths = { direct: { url: backend.url, tool: 'echo' }, vmcp: { url: vmcp.url, tool: 'b0_echo' } };
const lifecycle = (p: keyof typeof paths, count: number) => measureCpu(pids, () => gen.ask<{ seconds: number }>({ op: 'lifecycle', ...paths[p], count, lanes: 4 }));
for (const p of ['direct', 'vmcp'] as const) await lifecycle(p, 50); // warm-up
const life = await interleaved(ROUNDS, ['direct', 'vmcp'] as const, (p) => lifecycle(p, LIFECYCLES));
const perSession = (rounds: typeof life.vmcp, proc: string) => rounds.map((r) => (r.cpu[proc]! / LIFECYCLES) * 1e6);
console.log(`1. session lifecycle (initialize, initialized, tools/call echo, DELETE), ${LIFECYCLES} sessions x ${ROUNDS} rounds, 4 at a time  (${load()})`);
console.log('   µs per session, median (min..max) over rounds');
for (const [p, procs] of [['direct', ['backend', 'loadgen']], ['vmcp', ['vmcp', 'backend', 'loadgen']]] as const) {
  const wall = life[p].map((r) => (r.result.seconds / LIFECYCLES) * 1e6);
  console.log(`   ${p.padEnd(7)} ${procs.map((proc) => `${proc} CPU ${spread(perSession(life[p], proc))}`).join(', ')}; wall ${spread(wall)}`);
}
const vmcpLife = perSession(life.vmcp, 'vmcp');
const toBackend = vmcpLife.map((v, i) => v / perSession(life.direct, 'backend')[i]!);
console.log(`   vmcp's CPU per session / the backend's own (direct): ${spread(toBackend, 2)}x; vmcp ${verdict('<= 400 µs per session', median(vmcpLife) <= 400)}`);

// 2 and 3, at each cap
const open = async (count: number) => (await measureCpu({ vmcp: vmcp.pid }, () => gen.ask<{ seconds: number }>({ op: 'open', url: vmcp.url, count }))).cpu.vmcp! / count * 1e6;
const caps: { cap: number; below: number[]; at: number[] }[] = [];
for (const cap of [...CAPS].reverse()) {
  if (cap !== CAPS[1]) {
    await stop(vmcp.proc);
    vmcp = await vmcpAt(cap);
  }
  const rss = [rssKiB(vmcp.pid)];
  for (let s = 0; s < STEPS; s++) {
    await open(cap / STEPS);
    await new Promise((r) => setTimeout(r, 1000));
    rss.push(rssKiB(vmcp.pid));
  }
  const steps = rss.map((_, i) => i * (cap / STEPS));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const slope = steps.reduce((a, x, i) => a + (x - mean(steps)) * (rss[i]! - mean(rss)), 0) / steps.reduce((a, x) => a + (x - mean(steps)) ** 2, 0);
  if (cap === CAPS[1]) {
    console.log(`2. RSS per open idle session: ${cap} sessions opened in ${STEPS} steps  (${load()})`);
    console.log(`   vmcp RSS ${rss.map((k) => `${(k / 1024).toFixed(1)}`).join(' -> ')} MiB; slope ${(slope * 1.024).toFixed(1)} KB per session, overall delta ${(((rss.at(-1)! - rss[0]!) / cap) * 1.024).toFixed(1)} KB ${verdict('<= 6 KB', slope * 1.024 <= 6)}`);
  }
  const entry = { cap, below: [] as number[], at: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    // The table is at the cap here. Alternate which is measured first.
    const below = async () => {
      await gen.ask({ op: 'close', url: vmcp.url, count: BATCH });
      entry.below.push(await open(BATCH));
    };
    const at = async () => entry.at.push(await open(BATCH));
    if (r % 2) await at().then(below);
    else await below().then(at);
  }
  caps.push(entry);
}
console.log(`3. opening a session (initialize + initialized, each its own caller) just below the cap vs at it (each evicts one), ${BATCH} sessions x ${ROUNDS} rounds  (${load()})`);
console.log('   vmcp CPU µs per new session, median (min..max) over rounds');
for (const c of caps.reverse()) {
  console.log(`   cap ${String(c.cap).padStart(5)}: below ${spread(c.below)}, at the cap ${spread(c.at)}; at/below ${spread(c.at.map((a, i) => a / c.below[i]!), 2)}x`);
}
console.log(`   ${verdict('O(1) eviction: at the cap within 10% of below it, at every cap', caps.every((c) => median(c.at) <= 1.1 * median(c.below)))}`);
console.log(`end: ${load()}`);
process.exit(0);
