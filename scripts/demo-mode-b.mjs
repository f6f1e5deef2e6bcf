// `npm run demo:mode-b`: vmcp as an OAuth authorization server (Mode B). Builds vmcp, starts a local
// development IdP (oidc-provider on 127.0.0.1:4511), the `profile` MCP backend (127.0.0.1:4512) and vmcp
// with examples/demo-mode-b/vmcp.yaml on http://localhost:4484, then says how to connect. Ctrl-C stops
// everything. VMCP_PORT, DEMO_IDP_PORT and DEMO_BACKEND_PORT move them (each may be 0: any free
// port); VMCP_DEMO_SKIP_BUILD=1 uses what is in dist/ (the test does, after `npm test` has built).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stdout.write(`${line}\n`);
const PASSWORD = 'vmcp-demo';
// The origins written in the config; the script replaces them when the ports are moved.
const CONFIG_ORIGINS = { vmcp: 'http://localhost:4484', idp: 'http://127.0.0.1:4511', backend: 'http://127.0.0.1:4512' };
const portOf = (name, fallback) => {
  const v = process.env[name] ?? String(fallback);
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new Error(`${name}=${v} is not a port number`);
  return Number(v);
};

if (process.env.VMCP_DEMO_SKIP_BUILD !== '1') {
  say('vmcp Mode B demo: building…');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) say('(the type check reported problems; starting from what was built)');
}
if (!existsSync(join(root, 'dist', 'runtime', 'run.js'))) {
  process.stderr.write('vmcp Mode B demo: dist/ has no build; run `npm run build` to see why.\n');
  process.exit(1);
}

const load = (p) => import(join(root, p));
const { compileSources } = await load('dist/compiler/index.js');
const { formatDiagnostics } = await load('dist/cli/format.js');
const { runPlan } = await load('dist/runtime/run.js');
const { createLogger } = await load('dist/runtime/log.js');
const { startDemoIdp } = await load('examples/demo-mode-b/idp.mjs');
const { startProfile } = await load('examples/demo-mode-b/whoami.mjs');

const stops = [];
const stopAll = async () => {
  for (const stop of stops.reverse()) await stop().catch(() => {});
};

try {
  // Bound before the config is written: the issuer URL names vmcp's port (VMCP_PORT=0: any free one).
  const listener = createServer();
  await new Promise((resolve, reject) => listener.once('error', reject).listen(portOf('VMCP_PORT', 4484), '127.0.0.1', resolve));
  stops.push(() => new Promise((resolve) => listener.close(() => resolve())));
  const vmcpPort = listener.address().port;
  const vmcpOrigin = `http://localhost:${vmcpPort}`;
  // Made up at each start and handed to vmcp through the environment, as the config's
  // client_secret_env_var says; never printed.
  process.env.DEMO_IDP_CLIENT_SECRET ??= randomBytes(32).toString('base64url');
  const idp = await startDemoIdp({
    port: portOf('DEMO_IDP_PORT', 4511),
    clientId: 'vmcp-demo',
    clientSecret: process.env.DEMO_IDP_CLIENT_SECRET,
    redirectUri: `${vmcpOrigin}/oauth/callback`,
    password: PASSWORD,
  });
  stops.push(idp.close);
  const profile = await startProfile(portOf('DEMO_BACKEND_PORT', 4512), idp.userinfoEndpoint);
  stops.push(profile.close);

  const file = join(root, 'examples', 'demo-mode-b', 'vmcp.yaml');
  const yaml = readFileSync(file, 'utf8')
    .replaceAll(CONFIG_ORIGINS.vmcp, vmcpOrigin)
    .replaceAll(CONFIG_ORIGINS.idp, idp.issuer)
    .replaceAll(CONFIG_ORIGINS.backend, new URL(profile.url).origin);
  const result = compileSources({ file, bytes: yaml });
  if (!result.ok || !result.plan) {
    process.stderr.write(formatDiagnostics(result.diagnostics, 'text', false));
    await stopAll();
    process.exit(1);
  }
  // The same assembly as `vmcp serve`; a loopback bind also lets the MCP Inspector's page on localhost in.
  const server = await runPlan(result.plan, { host: '127.0.0.1', port: vmcpPort, listener, logger: createLogger('warn') });
  stops.push(server.close);

  const mcp = `${vmcpOrigin}/mcp`;
  say('');
  say(`vmcp is serving "${result.plan.name}" in Mode B: it is the OAuth authorization server, users sign in at the demo IdP.`);
  say('');
  say(`  MCP endpoint:          ${mcp}`);
  say(`  Authorization server:  ${vmcpOrigin}/.well-known/oauth-authorization-server`);
  say(`  Status:                ${vmcpOrigin}/status`);
  say(`  Demo IdP:              ${idp.issuer}   (any user name, password: ${PASSWORD})`);
  say(`  Backend "profile":     ${profile.url}   (tool whoami: who the IdP says you are)`);
  say('');
  say('Connect a client; it runs the OAuth flow by itself (registration, consent at vmcp if it asks, sign-in at the demo IdP, token):');
  say(`  MCP Inspector:  npx @modelcontextprotocol/inspector   (transport "Streamable HTTP", URL ${mcp},`);
  say('                  then "Open Auth Settings" > "Quick OAuth Flow", or just Connect)');
  say(`  Claude Code:    claude mcp add --transport http vmcp ${mcp}   (then /mcp to sign in)`);
  say('  Editor settings (e.g. VS Code .vscode/mcp.json):');
  say(`    { "servers": { "vmcp": { "type": "http", "url": "${mcp}" } } }`);
  say(`Use "localhost" as written: it is the issuer's host name, and clients compare it.`);
  // Listening before the line that invites Ctrl-C: a signal that came first would meet the default action.
  const stopped = new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  say('Then call the tool whoami. Press Ctrl-C to stop.');
  await stopped;
  say('\nvmcp Mode B demo: stopping…');
  await stopAll();
  say('stopped.');
  process.exit(0);
} catch (e) {
  process.stderr.write(`vmcp Mode B demo: ${e.message}\n`);
  await stopAll();
  process.exit(1);
}
