/**
 * `vmcp explain`: the route table, backends, secret sources, naming rule and diagram, as the built CLI prints
 * them (npm run build first). The routes it lists are checked against a running server, and `--connect`
 * against real MCP backends from the official SDK on loopback.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeRows } from '../../cli/explain/routes.js';
import { silentLogger } from '../../runtime/log.js';
import { runPlan } from '../../runtime/run.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { hasStackTrace, vmcp, vmcpAsync } from '../helpers/cli.js';
import { compileYaml } from '../helpers/compile.js';

const dir = mkdtempSync(join(tmpdir(), 'vmcp-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const QUICKSTART = `quickstart: mode A (no auth server of its own), group demo
from examples/quickstart.yaml

incoming auth
  anonymous: no token is asked for; every caller is the same user, "anonymous"

routes (an exact path before a prefix, the longest prefix first)
  PATH                  MATCH  HANDLER          AUTH       SERVES
  /health               exact  health           none       liveness: {"status":"ok"}
  /ping                 exact  health           none       liveness: {"status":"ok"}
  /readyz               exact  readyz           none       readiness: {"status":"ready"}
  /status               exact  status           none       each backend's health, transport and auth type (ToolHive's shape)
  /api/backends/health  exact  backends_health  none       each backend's health (ToolHive's shape)
  /mcp                  exact  mcp              anonymous  the MCP endpoint: the tools, prompts and resources of every backend
  any other path under /: 404 from mcp, after incoming auth
  a /.well-known/ path no route above names: 404

backends (2)
  weather
    transport  streamable-http
    url        http://127.0.0.1:4501/mcp
    timeout    30s
    auth       unauthenticated: sends no credentials
    secrets    none
  notes
    transport  streamable-http
    url        http://127.0.0.1:4502/mcp
    timeout    30s
    auth       unauthenticated: sends no credentials
    secrets    none

tool names (conflictResolution prefix, prefixFormat "{workload}_")
  tools      every tool is named "{workload}_" + its name (after overrides), {workload} being the backend name
  prompts    every prompt is named "{workload}_" + its name; a name two backends still share is dropped
  resources  resources and resource templates keep their URIs; a URI several backends offer goes to the backend whose name sorts first
  BACKEND  TOOLS           PROMPTS           LISTED
  weather  weather_<tool>  weather_<prompt>  all tools listed
  notes    notes_<tool>    notes_<prompt>    all tools listed
  the names from the live backends: vmcp explain --connect

diagram (Mermaid)
\`\`\`mermaid
flowchart LR
  client(["MCP client"])
  vmcp["vmcp quickstart<br/>/mcp"]
  client -->|"anonymous"| vmcp
  b0["weather<br/>streamable-http http://127.0.0.1:4501/mcp"]
  vmcp -->|"unauthenticated"| b0
  b1["notes<br/>streamable-http http://127.0.0.1:4502/mcp"]
  vmcp -->|"unauthenticated"| b1
\`\`\`
`;

/** Secrets in every form a plan names them, with values that must never be printed. */
const SECRETS = `
name: secrets
backends:
  - { name: github, url: "https://github.example/mcp", transport: streamable-http }
  - { name: jira, url: "https://jira.example/sse", transport: sse }
  - name: local
    transport: stdio
    command: npx
    args: ["-y", "some-mcp-server", "two words"]
    env:
      FROM_ENV: { valueEnv: LOCAL_TOKEN }
      FROM_FILE: { valueFile: /run/secrets/local }
      WRITTEN_HERE: inline-value-never-printed-1
    cwd: /srv/local
incomingAuth:
  type: oidc
  oidc: { issuer: "https://sso.example.com", audience: vmcp, clientId: vmcp, clientSecretEnv: OIDC_SECRET }
outgoingAuth:
  source: inline
  default: { type: unauthenticated }
  backends:
    github: { type: header_injection, headerInjection: { headerName: X-Api-Key, headerValue: inline-value-never-printed-2 } }
    jira: { type: token_exchange, tokenExchange: { tokenUrl: "https://sso.example.com/token", clientId: vmcp, clientSecret: inline-value-never-printed-3, audience: jira, scopes: [read] } }
`;

describe('vmcp explain', () => {
  it('prints the quickstart: routes, backends, the naming rule and a Mermaid diagram', () => {
    const r = vmcp(['explain', 'examples/quickstart.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(QUICKSTART);
  });

  it('shows where each secret comes from (env var, file, or a pointer into the config), never a value', () => {
    const f = write('secrets.yaml', SECRETS);
    const text = vmcp(['explain', f]);
    const json = vmcp(['explain', '--format', 'json', f]);
    expect(text.code).toBe(0);
    expect(json.code).toBe(0);
    expect(text.stdout + text.stderr + json.stdout + json.stderr).not.toContain('never-printed');
    const block = (name: string) => text.stdout.slice(text.stdout.indexOf(`\n  ${name}\n`)).split('\n').slice(2, 10).join('\n');
    expect(block('github')).toContain(
      [
        '    auth       header_injection: sets header X-Api-Key to a secret value, the same for every caller',
        `    secrets    outgoingAuth.headerValue <- inline in ${f} at /outgoingAuth/backends/github/headerInjection/headerValue`,
      ].join('\n'),
    );
    expect(block('jira')).toContain(
      [
        '    auth       token_exchange: exchanges the caller\'s incoming token at https://sso.example.com/token (RFC 8693; client vmcp, audience jira, scopes read) and sends the result as a bearer token',
        `    secrets    outgoingAuth.clientSecret <- inline in ${f} at /outgoingAuth/backends/jira/tokenExchange/clientSecret`,
      ].join('\n'),
    );
    expect(block('local')).toBe(
      [
        '    transport  stdio',
        "    command    npx -y some-mcp-server 'two words'",
        '    cwd        /srv/local',
        '    env        FROM_ENV, FROM_FILE, WRITTEN_HERE',
        '    timeout    30s',
        '    auth       unauthenticated: sends no credentials',
        '    secrets    stdio.env.FROM_ENV <- env LOCAL_TOKEN',
        '               stdio.env.FROM_FILE <- file /run/secrets/local',
      ].join('\n'),
    );
    expect(text.stdout).toContain(`               stdio.env.WRITTEN_HERE <- inline in ${f} at /backends/2/env/WRITTEN_HERE\n`);
    expect(text.stdout).toContain('  secret oidc.clientSecret <- env OIDC_SECRET\n');
    // The JSON lists every secret of the plan in one place, by reference.
    expect(JSON.parse(json.stdout).secrets).toEqual([
      { at: 'backends[github].outgoingAuth.headerValue', source: `inline in ${f} at /outgoingAuth/backends/github/headerInjection/headerValue`, ref: { configFile: f, pointer: '/outgoingAuth/backends/github/headerInjection/headerValue' } },
      { at: 'backends[jira].outgoingAuth.clientSecret', source: `inline in ${f} at /outgoingAuth/backends/jira/tokenExchange/clientSecret`, ref: { configFile: f, pointer: '/outgoingAuth/backends/jira/tokenExchange/clientSecret' } },
      { at: 'backends[local].stdio.env.FROM_ENV', source: 'env LOCAL_TOKEN', ref: { env: 'LOCAL_TOKEN' } },
      { at: 'backends[local].stdio.env.FROM_FILE', source: 'file /run/secrets/local', ref: { file: '/run/secrets/local' } },
      { at: 'backends[local].stdio.env.WRITTEN_HERE', source: `inline in ${f} at /backends/2/env/WRITTEN_HERE`, ref: { configFile: f, pointer: '/backends/2/env/WRITTEN_HERE' } },
      { at: 'incomingAuth.oidc.clientSecret', source: 'env OIDC_SECRET', ref: { env: 'OIDC_SECRET' } },
    ]);
  });

  it('Mode B: the auth server routes under /oauth, its upstreams in sign-in order, and the IdPs in the diagram', () => {
    const r = vmcp(['explain', 'examples/mode-b.yaml']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const rows = lines.filter((l) => /^ {2}\/\S+ +(exact|prefix) /.test(l)).map((l) => l.trim().split(/ {2,}/).slice(0, 4).join(' | '));
    expect(rows).toEqual([
      '/health | exact | health | none',
      '/ping | exact | health | none',
      '/readyz | exact | readyz | none',
      '/status | exact | status | none',
      '/api/backends/health | exact | backends_health | none',
      '/.well-known/oauth-protected-resource | exact | protected_resource_metadata | none',
      '/.well-known/oauth-protected-resource/mcp | exact | protected_resource_metadata | none',
      '/.well-known/openid-configuration | prefix | as_openid_configuration | none',
      '/.well-known/oauth-authorization-server | prefix | as_authorization_server_metadata | none',
      '/.well-known/jwks.json | exact | as_jwks | none',
      '/oauth/register | exact | as_oauth | none',
      '/oauth/authorize | exact | as_oauth | none',
      '/oauth/consent | exact | as_oauth | none',
      '/oauth/callback | exact | as_oauth | none',
      '/oauth/token | exact | as_oauth | none',
      '/mcp | exact | mcp | JWT from vmcp',
    ]);
    expect(r.stdout).toContain(
      [
        '    1. corporate-idp  oidc    https://sso.example.com                   client vmcp-prod             scopes openid offline_access',
        '    2. github         oauth2  https://github.com/login/oauth/authorize  client Iv1.0123456789abcdef  scopes repo read:user',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      [
        '  secret authServer.hmacSecrets[0] <- file /etc/vmcp/hmac/current',
        '  secret authServer.signingKeys[0] <- file /etc/vmcp/keys/current.pem',
        '  secret authServer.signingKeys[1] <- file /etc/vmcp/keys/previous.pem',
        '  secret authServer.storage.password <- env VMCP_REDIS_PASSWORD',
        '  secret authServer.storage.username <- env VMCP_REDIS_USERNAME',
        '  secret authServer.upstreams[corporate-idp].clientSecret <- env CORP_IDP_CLIENT_SECRET',
        '  secret authServer.upstreams[github].clientSecret <- env GITHUB_CLIENT_SECRET',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      [
        '  client -.->|"signs in (OAuth 2.1)"| authsrv',
        '  authsrv -.->|"1. sign-in (identity)"| up0',
        '  authsrv -.->|"2. sign-in"| up1',
        '  client -->|"Bearer JWT from vmcp"| vmcp',
        '  vmcp -.->|"upstream tokens"| authsrv',
      ].join('\n'),
    );
    expect(r.stdout).toContain('  vmcp -->|"upstream_inject: github"| b0\n');
  });

  it('explains a plan .json and --k8s manifests as it explains the config they compile from', () => {
    const plan = join(dir, 'mode-b.plan.json');
    expect(vmcp(['compile', 'examples/mode-b.yaml', '-o', plan]).code).toBe(0);
    const fromYaml = JSON.parse(vmcp(['explain', '--format', 'json', 'examples/mode-b.yaml']).stdout);
    const fromPlan = JSON.parse(vmcp(['explain', '--format', 'json', plan]).stdout);
    expect(fromPlan.source).toEqual([plan]);
    expect({ ...fromPlan, source: null }).toEqual({ ...fromYaml, source: null });

    const k8sPlan = join(dir, 'k8s.plan.json');
    expect(vmcp(['compile', '--k8s', 'examples/k8s/mode-a.yaml', '--name', 'platform-gw', '-o', k8sPlan]).code).toBe(0);
    const k8s = vmcp(['explain', '--format', 'json', '--k8s', 'examples/k8s/mode-a.yaml', '--name', 'platform-gw']);
    expect(k8s.code).toBe(0);
    expect({ ...JSON.parse(k8s.stdout), source: null }).toEqual({ ...JSON.parse(vmcp(['explain', '--format', 'json', k8sPlan]).stdout), source: null });
    expect(JSON.parse(k8s.stdout).naming.conflictResolution).toBe('priority');
  });

  it('--format json is one document with sorted keys, the same bytes on every run', () => {
    const a = vmcp(['explain', '--format', 'json', 'examples/external-oidc.yaml']);
    const b = vmcp(['explain', '--format', 'json', 'examples/external-oidc.yaml']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout);
    expect(Object.keys(doc)).toEqual([...Object.keys(doc)].sort());
    expect(doc).toMatchObject({ ok: true, name: 'corp-gateway', mode: 'A', catalog: null, authServer: null });
    expect(doc.backends.map((b: { name: string; outgoingAuth: { type: string } }) => `${b.name}:${b.outgoingAuth.type}`)).toEqual(['github:header_injection', 'jira:token_exchange']);
    expect(doc.mermaid).toMatch(/^flowchart LR\n/);
  });

  it('lists /metrics only when the plan serves it', () => {
    const base = 'name: m\nbackends: [{ name: a, url: "http://127.0.0.1:9/mcp", transport: streamable-http }]\nincomingAuth: { type: anonymous }\n';
    const paths = (yaml: string, file: string) => JSON.parse(vmcp(['explain', '--format', 'json', write(file, yaml)]).stdout).routes.map((r: { path: string }) => r.path);
    expect(paths(base, 'no-metrics.yaml')).not.toContain('/metrics');
    expect(paths(`${base}telemetry: { enablePrometheusMetricsPath: true }\n`, 'metrics.yaml')).toContain('/metrics');
  });

  it('an invalid config gets the diagnostics validate prints, and exit 1', () => {
    const f = write('bad.yaml', 'name: bad\nbackends: [{ name: a, url: "http://127.0.0.1:9/mcp", transport: streamable-http }]\nincomingAuth: { type: nope }\n');
    const validate = vmcp(['validate', f]);
    const r = vmcp(['explain', f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(validate.stderr);
    const json = vmcp(['explain', '--format', 'json', f]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, diagnostics: [expect.objectContaining({ severity: 'error', file: f })] });
    const notPlan = vmcp(['explain', write('not-a-plan.json', '{"planVersion": 1}')]);
    expect(notPlan.code).toBe(1);
    expect(notPlan.stderr).toMatch(/not-a-plan\.json:1:1: error input: not a valid vmcp plan/);
    expect(hasStackTrace(r.stderr + notPlan.stderr)).toBe(false);
  });

  it('usage errors and unreadable files exit 2 with a sentence', () => {
    for (const args of [['explain'], ['explain', 'a.yaml', 'b.yaml'], ['explain', '--name', 'x', 'examples/quickstart.yaml'], ['explain', '--format', 'xml', 'examples/quickstart.yaml'], ['explain', join(dir, 'missing.yaml')]]) {
      const r = vmcp(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^vmcp: /);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});

describe('the routes explain lists are the ones the server answers', () => {
  it('every listed path reaches its handler; a path it does not list is 404', async () => {
    const plan = compileYaml(
      'name: r\nbackends: [{ name: a, url: "http://127.0.0.1:9/mcp", transport: streamable-http }]\nincomingAuth: { type: anonymous }\ntelemetry: { enablePrometheusMetricsPath: true }\n',
    ).plan!;
    const server = await runPlan(plan, { host: '127.0.0.1', port: 0, logger: silentLogger });
    try {
      const rows = routeRows(plan);
      expect(rows.map((r) => r.path)).toEqual(['/health', '/ping', '/readyz', '/status', '/api/backends/health', '/metrics', '/mcp']);
      for (const row of rows) {
        const res = await fetch(`${server.url}${row.path}`, { headers: { accept: 'application/json, text/event-stream' } });
        await res.arrayBuffer();
        expect(res.status, row.path).not.toBe(404);
      }
      const other = await fetch(`${server.url}/not-listed`);
      expect(other.status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('vmcp explain --connect', () => {
  let alpha: FixtureBackend;
  let beta: FixtureBackend;
  let closedPort: number;
  beforeAll(async () => {
    [alpha, beta] = await Promise.all([
      startFixtureBackend({ name: 'alpha', tools: [{ name: 'echo' }, { name: 'add' }], extras: true }),
      startFixtureBackend({ name: 'beta', tools: [{ name: 'echo' }, { name: 'internal' }] }),
    ]);
    // A port nothing listens on: bound, then let go.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });
  afterAll(async () => {
    await Promise.all([alpha?.close(), beta?.close()]);
  });

  it('lists the names clients would see per backend, and reports the backends it cannot list', async () => {
    const f = write(
      'live.yaml',
      `
name: live
backends:
  - { name: alpha, url: "${alpha.url}", transport: streamable-http }
  - { name: beta, url: "${beta.url}", transport: streamable-http }
  - { name: down, url: "http://127.0.0.1:${closedPort}/mcp", transport: streamable-http }
  - { name: keyed, url: "${beta.url}", transport: streamable-http }
  - { name: exchanged, url: "${alpha.url}", transport: streamable-http }
incomingAuth:
  type: oidc
  oidc: { issuer: "https://sso.example.com", audience: vmcp }
outgoingAuth:
  source: inline
  default: { type: unauthenticated }
  backends:
    keyed: { type: header_injection, headerInjection: { headerName: X-Key, headerValueEnv: VMCP_EXPLAIN_TEST_UNSET } }
    exchanged: { type: token_exchange, tokenExchange: { tokenUrl: "https://sso.example.com/token" } }
aggregation:
  conflictResolution: prefix
  conflictResolutionConfig: { prefixFormat: "{workload}." }
  tools:
    - workload: beta
      filter: [say]
      overrides: { echo: { name: say } }
`,
    );
    const r = await vmcpAsync(['explain', '--connect', f], { env: { VMCP_EXPLAIN_TEST_UNSET: '' } });
    expect(r.code).toBe(0);
    // Why `down` failed is the network's sentence: checked on its own below.
    const live = r.stdout.slice(r.stdout.indexOf('live names (--connect)\n'), r.stdout.indexOf('\ndiagram')).replace(/( {2}down: unreachable: ).*/, '$1<reason>');
    expect(live).toBe(
      [
        'live names (--connect)',
        '  alpha: 2 tools, 1 prompt, 1 resource, 0 templates',
        '    tool    alpha.echo   <- echo',
        '    tool    alpha.add    <- add',
        '    prompt  alpha.greet  <- greet',
        '    resource  fixture://alpha/info',
        '  beta: 1 tool, 0 prompts, 0 resources, 0 templates',
        '    tool    beta.say  <- echo',
        '    hidden  internal',
        '  down: unreachable: <reason>',
        '  keyed: unreachable: its secrets cannot be read: environment variable VMCP_EXPLAIN_TEST_UNSET is not set',
        "  exchanged: not listed: its credentials (token_exchange) are each caller's own; what it lists is seen only with a signed-in caller",
        '',
      ].join('\n'),
    );
    expect(r.stdout).toMatch(/ {2}down: unreachable: backend "down" is unavailable \(.+\)\n/);
    const json = JSON.parse((await vmcpAsync(['explain', '--connect', '--format', 'json', f])).stdout);
    expect(json.catalog.problem).toBeNull();
    expect(json.catalog.backends.map((b: { name: string; status: string }) => `${b.name}:${b.status}`)).toEqual([
      'alpha:listed',
      'beta:listed',
      'down:unreachable',
      'keyed:unreachable',
      'exchanged:not_listed',
    ]);
    expect(json.catalog.backends[1].tools).toEqual([{ name: 'beta.say', backendName: 'echo' }]);
  });

  it('says so when the names clash under manual conflict resolution: clients would see no tools', async () => {
    const f = write(
      'clash.yaml',
      `
name: clash
backends:
  - { name: alpha, url: "${alpha.url}", transport: streamable-http }
  - { name: beta, url: "${beta.url}", transport: streamable-http }
incomingAuth: { type: anonymous }
aggregation:
  conflictResolution: manual
  tools: [{ workload: alpha, filter: [add] }]
`,
    );
    const r = await vmcpAsync(['explain', '--connect', '--format', 'json', f]);
    expect(r.code).toBe(0);
    const { catalog } = JSON.parse(r.stdout);
    expect(catalog.problem).toMatch(/conflictResolution is manual and tool names clash after overrides: "echo" \(backends alpha, beta\)/);
    expect(catalog.backends.map((b: { tools: unknown[]; hiddenTools: unknown[] }) => [b.tools, b.hiddenTools])).toEqual([[[], []], [[], []]]);
    const text = await vmcpAsync(['explain', '--connect', f]);
    expect(text.stdout).toContain('live names (--connect)\n  the aggregation fails, so clients would see no tools: conflictResolution is manual');
  });

  it('starts a stdio backend to list it, and leaves no process behind', async () => {
    // server-everything over stdio, started through a script only this test has, so `ps` can tell its process.
    const everything = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/dist/index.js');
    const launcher = write('everything-launcher.mjs', `await import(${JSON.stringify(pathToFileURL(everything).href)});\n`);
    const f = write(
      'stdio.yaml',
      `
name: stdio-live
backends:
  - { name: ev, transport: stdio, command: ${JSON.stringify(process.execPath)}, args: [${JSON.stringify(launcher)}] }
incomingAuth: { type: anonymous }
`,
    );
    const r = await vmcpAsync(['explain', '--connect', '--format', 'json', f]);
    expect(r.code).toBe(0);
    const [ev] = JSON.parse(r.stdout).catalog.backends;
    expect(ev).toMatchObject({ name: 'ev', status: 'listed', reason: null });
    expect(ev.tools).toContainEqual({ name: 'ev_echo', backendName: 'echo' });
    expect(ev.tools.every((t: { name: string; backendName: string }) => t.name === `ev_${t.backendName}`)).toBe(true);
    expect(ev.resourceTemplates.length).toBeGreaterThan(0);
    const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(launcher));
    expect(left).toEqual([]);
  });
});
