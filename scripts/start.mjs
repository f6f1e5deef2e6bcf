// `npm start`: the quickstart. Builds vmcp, starts the two demo MCP backends (weather on :4501, notes on
// :4502), serves examples/quickstart.yaml (anonymous, Mode A) on 127.0.0.1:4483, and says how to connect.
// Ctrl-C stops everything. VMCP_PORT changes vmcp's port.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stdout.write(`${line}\n`);

say('vmcp quickstart: building…');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
if (!existsSync(join(root, 'dist', 'runtime', 'mcp', 'index.js'))) {
  process.stderr.write(`${build.stdout}${build.stderr}\nvmcp quickstart: the build failed; run \`npm run build\` to see why.\n`);
  process.exit(1);
}
if (build.status !== 0) say('(the type check reported problems; starting from what was built)');

const load = (p) => import(join(root, p));
const { compileFile } = await load('dist/cli/load-config.js');
const { formatDiagnostics } = await load('dist/cli/format.js');
const { runPlan } = await load('dist/runtime/run.js');
const { createLogger } = await load('dist/runtime/log.js');
const { startWeather } = await load('examples/demo-backends/weather.mjs');
const { startNotes } = await load('examples/demo-backends/notes.mjs');

const host = '127.0.0.1';
const port = Number(process.env.VMCP_PORT ?? 4483);
const stops = [];
const stopAll = async () => {
  for (const stop of stops.reverse()) await stop().catch(() => {});
};

try {
  const config = join(root, 'examples', 'quickstart.yaml');
  const result = compileFile(config);
  if (!result.ok || !result.plan) {
    process.stderr.write(formatDiagnostics(result.diagnostics, 'text', false));
    process.exit(1);
  }
  const plan = result.plan;
  const weather = await startWeather(4501);
  stops.push(weather.close);
  const notes = await startNotes(4502);
  stops.push(notes.close);
  // The same assembly as `vmcp serve`. The MCP Inspector's web UI runs on localhost, and its Origin is
  // allowed by the loopback rebinding policy.
  const server = await runPlan(plan, { host, port, logger: createLogger('warn') });
  stops.push(server.close);

  const url = `${server.url}/mcp`;
  say('');
  say(`vmcp is serving "${plan.name}" with ${plan.backends.length} backends: ${plan.backends.map((b) => b.name).join(', ')}`);
  say('');
  say(`  MCP endpoint:  ${url}`);
  say(`  Status:        ${server.url}/status`);
  say('');
  say('Connect a client:');
  say(`  MCP Inspector:  npx @modelcontextprotocol/inspector   (transport "Streamable HTTP", URL ${url})`);
  say(`  Claude Code:    claude mcp add --transport http vmcp ${url}`);
  say('  Editor settings (e.g. VS Code .vscode/mcp.json):');
  say(`    { "servers": { "vmcp": { "type": "http", "url": "${url}" } } }`);
  say('');
  say('Tools are prefixed with their backend: weather_forecast, notes_add_note, and weather_echo next to notes_echo.');
  // Listening before the line that invites Ctrl-C: a signal that came first would meet the default action.
  const stopped = new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  say('Press Ctrl-C to stop.');
  await stopped;
  say('\nvmcp quickstart: stopping…');
  await stopAll();
  say('stopped.');
  process.exit(0);
} catch (e) {
  process.stderr.write(`vmcp quickstart: ${e.message}\n`);
  await stopAll();
  process.exit(1);
}
