/**
 * npm run bench:modeb: an authenticated tools/call through vmcp in Mode B (our own JWT checked, then the
 * upstream token loaded by its tsid) with memory storage and with Redis storage, against the same call
 * in Mode A (a JWT from an external issuer), same backend, in one run; and the token endpoint's
 * authorization-code exchanges per second. Target: Mode B with Redis >= 80% of Mode A's throughput.
 *
 * Mode B tokens come from the real flow (authorize, the demo IdP's sign-in page driven by a script,
 * callback, token), once, and are reused. For the token endpoint, codes are obtained the same way
 * beforehand and only POST /oauth/token is timed; the rate of those full flows is printed too.
 *
 * The backend, each vmcp and redis-server run in their own processes; the load comes from here over
 * keep-alive connections, a fixed number of requests in flight, modes alternating round by round. Other
 * load on the machine moves requests/s a lot, so the CPU time each mode's processes spend per call (vmcp,
 * plus redis-server for Redis storage; from /proc) is printed too: it does not depend on that load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import { fromJsonSchema, McpServer } from '@modelcontextprotocol/server';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import * as oauth from 'oauth4webapi';
import { Pool } from 'undici';
import { compileSources } from '../compiler/index.js';
import { createLogger } from '../runtime/log.js';
import { runPlan } from '../runtime/run.js';

const ROUNDS = 5;
const SECONDS = 2;
const IN_FLIGHT = 32;
const CODES = 600;
const FLOW_LANES = 4;
const PASSWORD = 'bench-password';
const CLIENT_REDIRECT = 'http://127.0.0.1:40999/cb';
const PROTOCOL = '2025-11-25';
// Linux's USER_HZ, the unit of /proc/PID/stat's times, is 100 on every common build.
const CLOCK_TICKS = 100;
const repo = fileURLToPath(new URL('../..', import.meta.url));

// The demo's IdP and scripted user (plain ES modules outside the build), loaded from the repository.
type DemoIdpModule = typeof import('../examples/demo-mode-b/idp.mjs');
type SignInModule = typeof import('../examples/demo-mode-b/sign-in.mjs');
const demoModule = <T>(name: string): Promise<T> => import(`${repo}examples/demo-mode-b/${name}`) as Promise<T>;

// ---- child roles ------------------------------------------------------------------------------------

/** `backend`: one SDK server with sessions (as most deployed servers) and an `echo` tool. */
async function runBackend(): Promise<void> {
  const sessions = new Map<string, NodeStreamableHTTPServerTransport>();
  const schema = fromJsonSchema<Record<string, unknown>>({ type: 'object', additionalProperties: true });
  const http = createServer((req, res) => {
    const sid = req.headers['mcp-session-id'];
    const known = typeof sid === 'string' ? sessions.get(sid) : undefined;
    if (known) return void known.handleRequest(req, res);
    const server = new McpServer({ name: 'bench', version: '1' });
    server.registerTool('echo', { description: 'echoes', inputSchema: schema }, (args) => ({ content: [{ type: 'text', text: `pong ${JSON.stringify(args)}` }] }));
    const transport: NodeStreamableHTTPServerTransport = new NodeStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => void sessions.set(id, transport),
    });
    void server.connect(transport).then(() => transport.handleRequest(req, res));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp` }) + '\n');
}

/** `vmcp PORT CONFIG`: `vmcp serve` as it runs (runPlan), secrets from the environment. */
async function runVmcp(port: number, config: string): Promise<void> {
  const r = compileSources({ file: 'bench.yaml', bytes: config });
  if (!r.ok || !r.plan) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  const server = await runPlan(r.plan, { host: '127.0.0.1', port, logger: createLogger('error') });
  process.stdout.write(JSON.stringify({ url: server.url }) + '\n');
}

// ---- helpers -----------------------------------------------------------------------------------------

const children: ChildProcess[] = [];
function child<T>(args: string[], env: Record<string, string> = {}): Promise<T & { pid: number }> {
  const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve({ ...(JSON.parse(out.split('\n')[0]!) as T), pid: proc.pid! });
    });
    proc.once('exit', (code) => reject(new Error(`benchmark child ${args[0]} exited with ${code}`)));
  });
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** A throwaway redis-server on a free loopback port, no persistence; stopped by the caller. */
async function startRedis(): Promise<{ port: number; pid: number; stop(): Promise<void> }> {
  const port = await freePort();
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.once('error', () => undefined);
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null || i === 100) throw new Error('redis-server did not start (is it on PATH?)');
    if (await pong(port)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    pid: proc.pid!,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
}

const pong = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1', () => s.write('PING\r\n'));
    s.once('data', (d) => resolve(d.toString().startsWith('+PONG')) as void);
    s.once('error', () => resolve(false));
    s.once('close', () => resolve(false));
    setTimeout(() => s.destroy(), 500).unref();
  });

const UNLIMITED = Object.fromEntries(['authorize', 'consent', 'register', 'token'].map((e) => [e, { perMinute: 1_000_000, burst: 100_000 }]));

/** One MCP config as JSON (YAML's subset); `incoming` and `extra` make it Mode A or Mode B. */
function config(backendUrl: string, incomingAuth: object, outgoing: object, extra: object = {}): string {
  return JSON.stringify({
    name: 'bench',
    backends: [{ name: 'b0', url: backendUrl, transport: 'streamable-http' }],
    incomingAuth,
    outgoingAuth: { source: 'inline', default: outgoing },
    aggregation: { conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}_' } },
    ...extra,
  });
}

interface ModeB {
  url: string;
  pid: number;
  flowsPerSecond: number;
  exchangesPerSecond: number;
  accessToken: string;
}

/** A Mode B vmcp in a child with its own demo IdP; tokens and token-endpoint figures from the real flow. */
async function startModeB(backendUrl: string, storage: object, user: InstanceType<SignInModule['DemoUser']>): Promise<ModeB> {
  const { startDemoIdp } = await demoModule<DemoIdpModule>('idp.mjs');
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const secret = randomBytes(24).toString('base64url');
  const idp = await startDemoIdp({ port: 0, clientId: 'vmcp-bench', clientSecret: secret, redirectUri: `${issuer}/oauth/callback`, password: PASSWORD });
  const upstream = { name: 'idp', type: 'oidc', oidc_config: { issuer_url: idp.issuer, client_id: 'vmcp-bench', client_secret_env_var: 'BENCH_IDP_SECRET', scopes: ['openid'] } };
  const yaml = config(
    backendUrl,
    { type: 'oidc', oidc: { issuer, audience: `${issuer}/mcp`, resource: `${issuer}/mcp` } },
    { type: 'upstream_inject', upstreamInject: { providerName: 'idp' } },
    // The benchmark is many users' sign-ins from one address: the per-address limits would stop it.
    { authServer: { runConfig: { issuer, upstreams: [upstream], allowed_audiences: [`${issuer}/mcp`], storage } }, http: { rateLimits: UNLIMITED } },
  );
  const { pid } = await child<{ url: string }>(['vmcp', String(port), yaml], { BENCH_IDP_SECRET: secret });

  const as = new URL(issuer);
  const meta = await oauth.processDiscoveryResponse(as, await oauth.discoveryRequest(as, { [oauth.allowInsecureRequests]: true }));
  const client = await oauth.processDynamicClientRegistrationResponse(
    await oauth.dynamicClientRegistrationRequest(meta, { redirect_uris: [CLIENT_REDIRECT], token_endpoint_auth_method: 'none', grant_types: ['authorization_code', 'refresh_token'] }, { [oauth.allowInsecureRequests]: true }),
  );
  const clientId = client.client_id;
  const obtainCode = async () => {
    const verifier = oauth.generateRandomCodeVerifier();
    const url = new URL(meta.authorization_endpoint!);
    const params = { client_id: clientId, redirect_uri: CLIENT_REDIRECT, response_type: 'code', code_challenge: await oauth.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', resource: `${issuer}/mcp` };
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    const back = await user.signIn(url, (u) => u.href.startsWith(CLIENT_REDIRECT));
    const code = back.searchParams.get('code');
    if (code === null) throw new Error(`the flow ended without a code: ${back.searchParams.get('error_description') ?? back.search}`);
    return { code, verifier };
  };
  const form = (c: { code: string; verifier: string }) =>
    new URLSearchParams({ grant_type: 'authorization_code', code: c.code, redirect_uri: CLIENT_REDIRECT, code_verifier: c.verifier, client_id: clientId, resource: `${issuer}/mcp` }).toString();

  const pool = new Pool(issuer, { connections: IN_FLIGHT });
  const exchange = async (c: { code: string; verifier: string }) => {
    const res = await pool.request({ path: '/oauth/token', method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form(c) });
    const body = (await res.body.json()) as Record<string, unknown>;
    if (res.statusCode !== 200) throw new Error(`token endpoint answered ${res.statusCode}: ${String(body.error_description ?? body.error)}`);
    return body;
  };
  const first = await exchange(await obtainCode());
  const accessToken = String(first.access_token);

  const codes: { code: string; verifier: string }[] = [];
  let started = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: FLOW_LANES }, async () => {
    while (started++ < CODES) codes.push(await obtainCode());
  }));
  const flowsPerSecond = codes.length / ((performance.now() - t0) / 1000);
  const t1 = performance.now();
  const queue = [...codes];
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    for (let c = queue.pop(); c; c = queue.pop()) await exchange(c);
  }));
  const exchangesPerSecond = codes.length / ((performance.now() - t1) / 1000);
  await pool.close();
  await idp.close();
  return { url: `${issuer}/mcp`, pid, flowsPerSecond, exchangesPerSecond, accessToken };
}

/** An MCP session on `url` as the bearer of `token`: its request headers. */
async function session(pool: Pool, token: string): Promise<Record<string, string>> {
  const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${token}` };
  const init = await pool.request({
    path: '/mcp',
    method: 'POST',
    headers,
    body: JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: PROTOCOL, capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }),
  });
  await init.body.text();
  if (init.statusCode !== 200) throw new Error(`initialize answered ${init.statusCode}`);
  const s = { ...headers, 'mcp-session-id': String(init.headers['mcp-session-id']), 'mcp-protocol-version': PROTOCOL };
  await (await pool.request({ path: '/mcp', method: 'POST', headers: s, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) })).body.text();
  return s;
}

/** tools/call b0_echo for `seconds`, IN_FLIGHT at a time; every answer must be the backend's pong. */
async function load(pool: Pool, headers: Record<string, string>, seconds: number): Promise<{ calls: number; rps: number }> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'b0_echo', arguments: { n: 1 } } });
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (performance.now() < end) {
      const res = await pool.request({ path: '/mcp', method: 'POST', headers, body });
      const text = await res.body.text();
      if (res.statusCode !== 200 || !text.includes('pong {\\"n\\":1}')) throw new Error(`tools/call answered ${res.statusCode}: ${text.slice(0, 200)}`);
      done++;
    }
  }));
  return { calls: done, rps: done / ((performance.now() - started) / 1000) };
}

/** CPU seconds (user + system) the processes have used so far; null where /proc is not there (not Linux). */
function cpuSeconds(pids: number[]): number | null {
  try {
    return pids.reduce((sum, pid) => {
      // Fields after the command name, which is in parentheses and may contain spaces: utime is the 12th, stime the 13th.
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return sum + (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
    }, 0);
  } catch {
    return null;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

// ---- main --------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  console.log(`bench:modeb (node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}, ${IN_FLIGHT} requests in flight)`);
  const { DemoUser } = await demoModule<SignInModule>('sign-in.mjs');
  const redis = await startRedis();
  try {
    const { url: backendUrl } = await child<{ url: string }>(['backend']);

    // Mode A: a JWT from an external issuer (its JWKS served here), the backend called unauthenticated.
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256', use: 'sig' }] });
    const jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((r) => jwksServer.listen(0, '127.0.0.1', r));
    const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`;
    const external = 'https://idp.bench.test';
    const aPort = await freePort();
    const aAudience = `http://127.0.0.1:${aPort}/mcp`;
    const aConfig = config(backendUrl, { type: 'oidc', oidc: { issuer: external, audience: aAudience, jwksUrl, jwksAllowPrivateIp: true, insecureAllowHttp: true } }, { type: 'unauthenticated' });
    const { pid: aPid } = await child<{ url: string }>(['vmcp', String(aPort), aConfig]);
    const aToken = await new SignJWT({ sub: 'bench-user', aud: aAudience, scope: 'openid' }).setProtectedHeader({ alg: 'ES256', kid: 'bench' }).setIssuer(external).setIssuedAt().setExpirationTime('1h').sign(privateKey);

    const user = new DemoUser('bench-user', PASSWORD);
    const bMemory = await startModeB(backendUrl, { type: 'memory' }, user);
    const bRedis = await startModeB(backendUrl, { type: 'redis', redis_config: { addr: `127.0.0.1:${redis.port}` } }, user);

    const modes = [
      { name: 'Mode A, external-issuer JWT', url: aAudience, token: aToken, pids: [aPid] },
      { name: 'Mode B, memory storage', url: bMemory.url, token: bMemory.accessToken, pids: [bMemory.pid] },
      { name: 'Mode B, Redis storage', url: bRedis.url, token: bRedis.accessToken, pids: [bRedis.pid, redis.pid] },
    ];
    const lanes = await Promise.all(
      modes.map(async (m) => {
        const pool = new Pool(new URL(m.url).origin, { connections: IN_FLIGHT });
        return { ...m, pool, headers: await session(pool, m.token), rps: [] as number[], calls: 0, cpu: 0 as number | null };
      }),
    );
    for (const l of lanes) await load(l.pool, l.headers, 1); // warm-up: JIT, connections, backend sessions
    for (let r = 0; r < ROUNDS; r++) {
      for (const l of lanes) {
        const before = cpuSeconds(l.pids);
        const run = await load(l.pool, l.headers, SECONDS);
        const after = cpuSeconds(l.pids);
        l.rps.push(run.rps);
        l.calls += run.calls;
        l.cpu = l.cpu === null || before === null || after === null ? null : l.cpu + after - before;
      }
    }
    await Promise.all(lanes.map((l) => l.pool.close()));
    jwksServer.close();

    console.log(`\nauthenticated tools/call, median of ${ROUNDS} x ${SECONDS}s alternating rounds; CPU per call of vmcp (+ redis-server)`);
    for (const l of lanes) {
      const cpu = l.cpu === null ? 'n/a' : `${((l.cpu / l.calls) * 1e6).toFixed(0)} µs`;
      console.log(`  ${`${l.name}:`.padEnd(30)} ${median(l.rps).toFixed(0).padStart(6)} req/s   CPU ${cpu} per call`);
    }
    const [a, bm, br] = lanes.map((l) => median(l.rps)) as [number, number, number];
    console.log(`  ratio Mode B memory / Mode A: ${pct(bm / a)}`);
    console.log(`  ratio Mode B Redis / Mode A:  ${pct(br / a)}  (target >= 80%) ${br / a >= 0.8 ? 'met' : 'MISSED'}`);
    const [ca, cm, cr] = lanes.map((l) => (l.cpu === null ? null : l.cpu / l.calls));
    if (ca && cm && cr) console.log(`  CPU per call relative to Mode A: Mode B memory ${pct(cm / ca)}, Mode B Redis ${pct(cr / ca)} (throughput the CPU allows: ${pct(ca / cm)}, ${pct(ca / cr)})`);
    console.log(`\ntoken endpoint, authorization_code grant: ${CODES} codes obtained through the full flow beforehand, then only POST /oauth/token timed`);
    console.log(`  memory storage: ${bMemory.exchangesPerSecond.toFixed(0)} exchanges/s   Redis storage: ${bRedis.exchangesPerSecond.toFixed(0)} exchanges/s`);
    console.log(
      `  full flows (authorize, scripted sign-in at the demo IdP, callback; ${FLOW_LANES} at a time): ` +
        `memory ${bMemory.flowsPerSecond.toFixed(0)}/s, Redis ${bRedis.flowsPerSecond.toFixed(0)}/s (the IdP's work included)`,
    );
    console.log(`\nload average at the end: ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await redis.stop();
  }
}

const [role, ...args] = process.argv.slice(2);
if (role === 'backend' || role === 'vmcp') {
  // A child never outlives the benchmark, even when the benchmark is killed.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && process.exit(0), 500).unref();
  process.once('SIGTERM', () => process.exit(0));
}
try {
  if (role === 'backend') await runBackend();
  else if (role === 'vmcp') await runVmcp(Number(args[0]), args[1]!);
  else {
    await main();
    process.exit(0);
  }
} catch (e) {
  process.stderr.write(`bench:modeb: ${(e as Error).message}\n`);
  for (const c of children) c.kill('SIGTERM');
  process.exit(1);
}
