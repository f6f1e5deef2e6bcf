/**
 * npm run bench:auth: requests per second of a no-op route behind OIDC auth with a valid JWT, against the
 * same route without auth, in one run; and the cost of one token verification with the keys cached.
 * Targets: verification < 100 µs; authenticated >= 70% of the unauthenticated throughput. The authenticated
 * server is measured twice: as deployed (a client reuses its token, so the verified-token cache answers)
 * and with that cache off (every request pays a full verification), the worst case.
 *
 * The servers run in this thread; the load comes from a worker thread (another core), keeping a fixed
 * number of requests in flight over keep-alive connections. The two servers are measured in alternation
 * so drift on the machine hits both alike.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { Pool } from 'undici';
import { compileSources } from '../compiler/index.js';
import { createJwtVerifier } from '../runtime/auth/jwt-verifier.js';
import { createRemoteKeyResolver } from '../runtime/auth/remote-keys.js';
import type { RouteHandler, RuntimePlan } from '../runtime/contract.js';
import { createKeyFetcher } from '../runtime/auth/key-fetch.js';
import { startServer } from '../runtime/server.js';

const ROUNDS = 3;
const SECONDS = 2;
const IN_FLIGHT = 32;
const ALG = process.env.BENCH_ALG ?? 'RS256';

interface Load {
  url: string;
  authorization?: string;
  seconds: number;
}

/** Worker side: as many requests as it can in `seconds`, IN_FLIGHT at a time. */
async function generateLoad({ url, authorization, seconds }: Load): Promise<number> {
  const pool = new Pool(url, { connections: IN_FLIGHT });
  const headers = authorization ? { authorization } : {};
  const end = performance.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  const lane = async () => {
    while (performance.now() < end) {
      const res = await pool.request({ path: '/mcp', method: 'GET', headers });
      await res.body.dump();
      if (res.statusCode === 204) done++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  await pool.close();
  if (failed > 0) throw new Error(`${failed} requests did not get 204`);
  return done / seconds;
}

function measure(load: Load): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), { workerData: load });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median over batches, so a burst of load from elsewhere on the machine moves one batch, not the result. */
async function usPerCall(f: () => Promise<unknown>, batches = 7, size = 3000): Promise<number> {
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < size; i++) await f();
    samples.push(((performance.now() - t0) * 1000) / size);
  }
  return median(samples);
}

const plan = (incomingAuth: object): RuntimePlan => {
  const r = compileSources({ file: 'bench.yaml', bytes: JSON.stringify({ name: 'bench', incomingAuth }) });
  if (!r.plan) throw new Error(`bench config does not compile: ${r.diagnostics[0]?.message}`);
  return r.plan;
};

async function main(): Promise<void> {
  const { privateKey, publicKey } = await generateKeyPair(ALG);
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: ALG, use: 'sig' }] };
  const idp = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
  await new Promise<void>((r) => idp.listen(0, '127.0.0.1', r));
  const jwksUrl = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/jwks`;
  const issuer = 'https://idp.bench.test';
  const token = await new SignJWT({ sub: 'bench-user', aud: 'vmcp', scope: 'openid' })
    .setProtectedHeader({ alg: ALG, kid: 'bench' })
    .setIssuer(issuer)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);

  // One token verification with cached keys, measured alone.
  const fetcher = createKeyFetcher({ allowPrivateIp: true, insecureAllowHttp: true });
  const keys = createRemoteKeyResolver({ issuer, jwksUrl, fetch: fetcher.fetch });
  // The verified-token cache is off here: this is the cost of verifying a token the server has not seen.
  const verify = createJwtVerifier({ issuer, audience: 'vmcp', keys, cache: false });
  for (let i = 0; i < 2000; i++) if (!(await verify(token)).ok) throw new Error('the bench token does not verify');
  const usPerVerify = await usPerCall(() => verify(token));
  const cached = createJwtVerifier({ issuer, audience: 'vmcp', keys });
  const usPerCachedVerify = await usPerCall(() => cached(token));
  await fetcher.close();

  const noop: RouteHandler = (_req, res) => void res.writeHead(204).end();
  const oidc = { type: 'oidc', oidc: { issuer, audience: 'vmcp', jwksUrl, jwksAllowPrivateIp: true, insecureAllowHttp: true } };
  const open = await startServer(plan({ type: 'anonymous' }), { port: 0, handlers: { mcp: noop } });
  const authed = await startServer(plan(oidc), { port: 0, handlers: { mcp: noop } });
  const uncached = await startServer(plan(oidc), { port: 0, handlers: { mcp: noop }, auth: { tokenCache: false } });
  const authorization = `Bearer ${token}`;

  await measure({ url: open.url, seconds: 1 }); // warm both paths
  await measure({ url: authed.url, authorization, seconds: 1 });
  await measure({ url: uncached.url, authorization, seconds: 1 });
  const rps = { open: [] as number[], authed: [] as number[], uncached: [] as number[] };
  for (let i = 0; i < ROUNDS; i++) {
    rps.open.push(await measure({ url: open.url, seconds: SECONDS }));
    rps.authed.push(await measure({ url: authed.url, authorization, seconds: SECONDS }));
    rps.uncached.push(await measure({ url: uncached.url, authorization, seconds: SECONDS }));
  }
  await Promise.all([open.close(), authed.close(), uncached.close()]);
  idp.close();

  const o = median(rps.open);
  const a = median(rps.authed);
  const u = median(rps.uncached);
  const ratio = a / o;
  console.log(`machine load average (1 min): ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
  console.log(`token verification (${ALG}, keys cached): ${usPerVerify.toFixed(1)} µs (median of 7 batches)`);
  console.log(`token seen before (verified-token cache): ${usPerCachedVerify.toFixed(2)} µs`);
  console.log(`unauthenticated no-op route: ${o.toFixed(0)} req/s (median of ${ROUNDS} x ${SECONDS}s, ${IN_FLIGHT} in flight)`);
  console.log(`authenticated no-op route:   ${a.toFixed(0)} req/s (a client reusing its token, as MCP sessions do)`);
  console.log(`  the same, every token verified in full (cache off): ${u.toFixed(0)} req/s, ${((u / o) * 100).toFixed(1)}%`);
  console.log(`ratio authenticated/unauthenticated: ${(ratio * 100).toFixed(1)}%`);
  console.log(`auth cost per request: ${((1 / a - 1 / o) * 1e6).toFixed(1)} µs (cache off: ${((1 / u - 1 / o) * 1e6).toFixed(1)} µs)`);
  console.log(`target verification < 100 µs: ${usPerVerify < 100 ? 'met' : 'MISSED'}`);
  console.log(`target ratio >= 70%: ${ratio >= 0.7 ? 'met' : 'MISSED'}`);
}

if (isMainThread) await main();
else parentPort!.postMessage(await generateLoad(workerData as Load));
