/**
 * npm run bench:compile: in-process compile time for configs with 1, 10, 100 and 1000 backends, and the
 * cold-start wall time of `vmcp validate` on a small file. Prints ms per compile and the 1000/10 ratio:
 * about 100 means growth is linear. Targets: 100 backends < 20 ms warm; cold validate < 300 ms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { compileSources } from '../compiler/index.js';

function config(backends: number): string {
  const names = Array.from({ length: backends }, (_, i) => `backend-${i}`);
  return stringify({
    name: 'bench',
    groupRef: 'bench',
    backends: names.map((name, i) => ({ name, url: `http://127.0.0.1:${10000 + i}/mcp`, transport: i % 2 ? 'sse' : 'streamable-http' })),
    incomingAuth: { type: 'oidc', oidc: { issuer: 'https://idp.example.com', audience: 'vmcp', resource: 'https://vmcp.example.com/mcp', scopes: ['openid'] } },
    outgoingAuth: {
      source: 'inline',
      default: { type: 'unauthenticated' },
      backends: Object.fromEntries(
        names.map((n, i) => [
          n,
          i % 3 === 0
            ? { type: 'header_injection', headerInjection: { headerName: 'X-Key', headerValueEnv: `KEY_${i}` } }
            : i % 3 === 1
              ? { type: 'token_exchange', tokenExchange: { tokenUrl: 'https://sts.example.com/token', audience: n } }
              : { type: 'unauthenticated' },
        ]),
      ),
    },
    aggregation: {
      conflictResolution: 'prefix',
      conflictResolutionConfig: { prefixFormat: '{workload}_' },
      tools: names.map((n) => ({ workload: n, filter: ['a', 'b'], overrides: { a: { description: 'renamed' } } })),
    },
    operational: { timeouts: { default: '30s', perWorkload: Object.fromEntries(names.map((n) => [n, '10s'])) } },
  });
}

function msPerCompile(text: string): number {
  const run = () => {
    const r = compileSources({ file: 'bench.yaml', bytes: text });
    if (!r.ok) throw new Error(`bench config does not compile: ${r.diagnostics[0]?.message}`);
  };
  for (let i = 0; i < 5; i++) run(); // warm: JIT and the schema validator compiled once
  const samples: number[] = [];
  const deadline = performance.now() + 1500;
  while (samples.length < 5 || (performance.now() < deadline && samples.length < 200)) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const results = new Map<number, number>();
for (const n of [1, 10, 100, 1000]) {
  const ms = msPerCompile(config(n));
  results.set(n, ms);
  console.log(`compile ${String(n).padStart(4)} backends: ${ms.toFixed(3)} ms (median, warm)`);
}
const ratio = results.get(1000)! / results.get(10)!;
console.log(`ratio 1000/10 backends: ${ratio.toFixed(1)} (100 = linear)`);
console.log(`target 100 backends < 20 ms: ${results.get(100)! < 20 ? 'met' : 'MISSED'}`);

// Bad input must be refused fast: time the worst cases in-process (the CLI adds only its start-up).
const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => {
  const [name, prev] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
  return `${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`;
})].join('\n');
const badInputs: [string, string | Uint8Array][] = [
  ['alias bomb', bomb],
  ['10 MB file', 'name: x\n' + '# padding\n'.repeat(1_100_000)],
  ['1 MiB of flow mappings', `name: x\nincomingAuth: {type: anonymous}\nmetadata: {${Array.from({ length: 40_000 }, (_, i) => `k${i}: v`).join(', ')}}\n`.slice(0, 1024 * 1024 - 2) + '}\n'],
  ['not UTF-8', new Uint8Array([0x6e, 0x3a, 0x20, 0xff, 0xfe, 0x0a])],
  ['malformed YAML', 'name: x\nincomingAuth: {type: anonymous\n'],
];
for (const [what, bytes] of badInputs) {
  const t0 = performance.now();
  const r = compileSources({ file: 'bad.yaml', bytes });
  const ms = performance.now() - t0;
  console.log(`bad input, ${what}: refused=${!r.ok} in ${ms.toFixed(1)} ms (${r.diagnostics[0]?.rule ?? 'no diagnostic'})`);
}

const dir = mkdtempSync(join(tmpdir(), 'vmcp-bench-'));
const small = join(dir, 'small.yaml');
writeFileSync(small, config(2));
const bin = fileURLToPath(new URL('../../bin/vmcp', import.meta.url));
const walls: number[] = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'validate', small]);
  walls.push(performance.now() - t0);
  if (r.status !== 0) throw new Error(`vmcp validate failed: ${r.stderr}`);
}
const bare: number[] = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  bare.push(performance.now() - t0);
}
rmSync(dir, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`cold vmcp validate (small file): ${median(walls).toFixed(0)} ms wall; bare node start: ${median(bare).toFixed(0)} ms; ratio ${(median(walls) / median(bare)).toFixed(1)}x`);
console.log(`target cold validate < 300 ms: ${median(walls) < 300 ? 'met' : 'MISSED'}`);
