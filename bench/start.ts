/**
 * npm run bench:start: `bin/vmcp serve` from spawn to its `vmcp: serving NAME on URL` line, the CPU it used
 * by then, and its RSS after BENCH_IDLE_MS (2000) idle, in three modes (Mode A anonymous, Mode A with an
 * OIDC issuer, Mode B with memory storage; one server-everything backend each), BENCH_RUNS (7) runs per
 * mode with the modes interleaved; and `bin/vmcp validate` against a bare `node -e 0` (the floor any CLI
 * pays), interleaved. A short-lived child's CPU is read from this process's reaped-children times.
 * Targets (issue 18): `serve` listening <= 400 ms after start with one backend, idle RSS <= 70 MB,
 * `validate` <= 1.5x bare `node -e 0`.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import {
  banner, cpuSeconds, envInt, freePort, interleaved, load, median, modeA, reapedChildrenCpuSeconds, repo, rssKiB, spread, start, startEverything, stop,
  verdict, writeTemp,
} from './lib.js';

const RUNS = envInt('BENCH_RUNS', 7);
const IDLE_MS = envInt('BENCH_IDLE_MS', 2000);
const vmcpBin = join(repo, 'bin/vmcp');
const mb = (kib: number) => (kib * 1024) / 1e6;

banner('bench:start', 'vmcp serve: time to listening and idle RSS per mode; vmcp validate vs node -e 0');
const backend = await startEverything();

// The OIDC issuer's keys, served on loopback (Mode A OIDC).
const { publicKey } = await generateKeyPair('ES256');
const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256', use: 'sig' }] });
const jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
await new Promise<void>((r) => jwksServer.listen(0, '127.0.0.1', r));
const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`;

/** Each mode: its config for a port (Mode B's issuer is its own origin, so the port is known beforehand). */
const modes = {
  'Mode A anonymous': (_port: number) => modeA({ b0: backend.url }),
  'Mode A OIDC': (port: number) => ({
    ...modeA({ b0: backend.url }),
    incomingAuth: { type: 'oidc', oidc: { issuer: 'https://idp.bench.test', audience: `http://127.0.0.1:${port}/mcp`, jwksUrl, jwksAllowPrivateIp: true, insecureAllowHttp: true } },
  }),
  'Mode B memory': (port: number) => {
    const issuer = `http://127.0.0.1:${port}`;
    const nowhere = 'http://127.0.0.1:9'; // never called: nobody signs in during the benchmark
    const upstream = {
      name: 'idp',
      type: 'oauth2',
      oauth2_config: { authorization_endpoint: `${nowhere}/authorize`, token_endpoint: `${nowhere}/token`, client_id: 'bench', client_secret_env_var: 'BENCH_IDP_SECRET', userinfo: { endpoint_url: `${nowhere}/userinfo` } },
    };
    return {
      ...modeA({ b0: backend.url }),
      incomingAuth: { type: 'oidc', oidc: { issuer, audience: `${issuer}/mcp`, resource: `${issuer}/mcp` } },
      outgoingAuth: { source: 'inline', default: { type: 'upstream_inject', upstreamInject: { providerName: 'idp' } } },
      authServer: { runConfig: { issuer, upstreams: [upstream], allowed_audiences: [`${issuer}/mcp`], storage: { type: 'memory' } } },
    };
  },
};
type Mode = keyof typeof modes;

async function serveOnce(mode: Mode): Promise<{ ms: number; cpuMs: number; rssKiB: number }> {
  const port = await freePort();
  const file = writeTemp(`start-${mode.replace(/ /g, '-')}.yaml`, JSON.stringify(modes[mode](port)));
  const s = await start(process.execPath, [vmcpBin, 'serve', file, '--port', String(port)], /^vmcp: serving \S+ on /, { env: { BENCH_IDP_SECRET: 'bench-secret' } });
  const cpuMs = cpuSeconds(s.pid) * 1000;
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const rss = rssKiB(s.pid);
  await stop(s.proc);
  return { ms: s.readyMs, cpuMs, rssKiB: rss };
}

const serve = await interleaved(RUNS, Object.keys(modes) as Mode[], serveOnce);
console.log(`serve: spawn to "vmcp: serving ... on", CPU used by then, RSS after ${IDLE_MS} ms idle; median (min..max) of ${RUNS} runs  (${load()})`);
for (const [mode, runs] of Object.entries(serve) as [Mode, (typeof serve)[Mode]][]) {
  const listening = runs.map((r) => r.ms);
  const rss = runs.map((r) => mb(r.rssKiB));
  console.log(
    `  ${mode.padEnd(17)} listening ${spread(listening)} ms, CPU ${spread(runs.map((r) => r.cpuMs))} ms, RSS ${spread(rss)} MB` +
      ` ${verdict('listening <= 400 ms', median(listening) <= 400)} ${verdict('idle RSS <= 70 MB', median(rss) <= 70)}`,
  );
}

/** Wall ms and CPU ms of one short-lived process. */
async function timeProcess(args: string[]): Promise<{ ms: number; cpuMs: number }> {
  const cpu0 = reapedChildrenCpuSeconds();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const code = await new Promise((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${String(code)}`);
  return { ms: performance.now() - t0, cpuMs: (reapedChildrenCpuSeconds() - cpu0) * 1000 };
}

const config = writeTemp('validate.yaml', JSON.stringify(modeA({ b0: backend.url })));
const runs = await interleaved(RUNS * 2, ['node -e 0', 'vmcp validate'] as const, (what) =>
  timeProcess(what === 'node -e 0' ? ['-e', '0'] : [vmcpBin, 'validate', config]),
);
console.log(`validate (Mode A config) vs bare node -e 0, ${RUNS * 2} runs each, interleaved  (${load()})`);
for (const [what, r] of Object.entries(runs)) console.log(`  ${what.padEnd(14)} ${spread(r.map((x) => x.ms))} ms, CPU ${spread(r.map((x) => x.cpuMs))} ms`);
const ratio = runs['vmcp validate'].map((v, i) => v.ms / runs['node -e 0'][i]!.ms);
const cpuRatio = median(runs['vmcp validate'].map((v) => v.cpuMs)) / median(runs['node -e 0'].map((v) => v.cpuMs));
console.log(`  validate / node -e 0: wall ${spread(ratio, 2)}x, CPU ${cpuRatio.toFixed(2)}x (medians) ${verdict('<= 1.5x', median(ratio) <= 1.5)}`);
console.log(`end: ${load()}`);
jwksServer.close();
process.exit(0);
