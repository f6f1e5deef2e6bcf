/** The plan: routes per mode, resolved strategies, secrets only as references, determinism, immutability. */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { canonicalJson } from '../../compiler/index.js';
import { compileYaml, MODE_A, MODE_B } from '../helpers/compile.js';


describe('routes', () => {
  it('Mode A with OIDC: health routes, explicit RFC 9728 metadata, MCP catch-all, no AS routes', () => {
    const plan = compileYaml(MODE_A).plan!;
    expect(plan.routes.map((r) => `${r.auth} ${r.match} ${r.path} ${r.handler}`)).toEqual([
      'none exact /health health',
      'none exact /ping health',
      'none exact /readyz readyz',
      'none exact /status status',
      'none exact /api/backends/health backends_health',
      'none exact /.well-known/oauth-protected-resource protected_resource_metadata',
      'none exact /.well-known/oauth-protected-resource/mcp protected_resource_metadata',
      'required prefix / mcp',
    ]);
  });
  it('anonymous incoming auth has no protected-resource metadata', () => {
    const plan = compileYaml('name: x\nincomingAuth: {type: anonymous}\n').plan!;
    expect(plan.routes.some((r) => r.path.startsWith('/.well-known'))).toBe(false);
  });
  it('Mode B adds the four auth-server routes, unauthenticated', () => {
    const plan = compileYaml(MODE_B).plan!;
    expect(plan.mode).toBe('B');
    const as = plan.routes.filter((r) => r.handler.startsWith('as_'));
    expect(as.map((r) => `${r.auth} ${r.match} ${r.path}`)).toEqual([
      'none prefix /.well-known/openid-configuration',
      'none prefix /.well-known/oauth-authorization-server',
      'none exact /.well-known/jwks.json',
      'none prefix /oauth',
    ]);
  });
});

describe('strategies and secrets', () => {
  it('resolves each backend: its own entry, else the default, else unauthenticated', () => {
    const c = parse(MODE_B);
    const plan = compileYaml(stringify(c)).plan!;
    expect(plan.backends.map((b) => `${b.name}:${b.outgoingAuth.type}`)).toEqual(['github-tools:upstream_inject', 'docs:unauthenticated']);
    delete c.outgoingAuth;
    c.backends.pop();
    c.outgoingAuth = { source: 'inline' };
    expect(compileYaml(stringify(c)).plan!.backends[0]!.outgoingAuth).toEqual({ type: 'unauthenticated' });
  });
  it('keeps secrets as references: env names, files, pointers into the config; never values', () => {
    const c = parse(MODE_B);
    c.outgoingAuth.backends.docs = { type: 'header_injection', headerInjection: { headerName: 'X-Key', headerValue: 'sup3r-s3cret-value' } };
    c.authServer.runConfig.signing_key_config = { key_dir: '/keys', signing_key_file: 'current.pem', fallback_key_files: ['old.pem'] };
    c.authServer.runConfig.hmac_secret_files = ['/secrets/hmac'];
    const r = compileYaml(stringify(c), 'conf/vmcp.yaml');
    expect(r.planJson).not.toContain('sup3r-s3cret-value');
    const docs = r.plan!.backends.find((b) => b.name === 'docs')!.outgoingAuth;
    expect(docs).toEqual({ type: 'header_injection', headerName: 'X-Key', headerValue: { configFile: 'conf/vmcp.yaml', pointer: '/outgoingAuth/backends/docs/headerInjection/headerValue' } });
    const as = r.plan!.authServer!;
    expect(as.signingKeys).toEqual([{ file: '/keys/current.pem' }, { file: '/keys/old.pem' }]);
    expect(as.hmacSecrets).toEqual([{ file: '/secrets/hmac' }]);
    expect(as.upstreams[0]!.clientSecret).toEqual({ env: 'CORP_SECRET' });
  });
  it("keeps a stdio backend's program and its environment, each value as a reference, and no url", () => {
    const c = parse(MODE_B);
    c.backends.push({ name: 'local', transport: 'stdio', command: 'npx', args: ['-y', 'server'], cwd: '/srv', env: { MODE: 'w-r-i-t-t-e-n', TOKEN: { valueEnv: 'LOCAL_TOKEN' }, KEY: { valueFile: '/run/key' } } });
    c.outgoingAuth.backends.local = { type: 'unauthenticated' };
    const r = compileYaml(stringify(c), 'conf/vmcp.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.planJson).not.toContain('w-r-i-t-t-e-n');
    const { url, ...local } = r.plan!.backends.find((b) => b.name === 'local')!;
    expect(url).toBeUndefined();
    expect(local).toMatchObject({
      transport: 'stdio',
      stdio: {
        command: 'npx',
        args: ['-y', 'server'],
        cwd: '/srv',
        env: { MODE: { configFile: 'conf/vmcp.yaml', pointer: '/backends/2/env/MODE' }, TOKEN: { env: 'LOCAL_TOKEN' }, KEY: { file: '/run/key' } },
      },
    });
  });
  it('applies ToolHive defaults to the auth server', () => {
    const as = compileYaml(MODE_B).plan!.authServer!;
    expect(as.tokenLifespans).toEqual({ accessTokenSeconds: 3600, refreshTokenSeconds: 604800, authCodeSeconds: 600 });
    expect(as.scopesSupported).toEqual(['openid', 'profile', 'email', 'offline_access']);
    expect(as.upstreams[0]).toMatchObject({ redirectUri: 'http://localhost:9090/oauth/callback', scopes: ['openid', 'offline_access'], subjectClaim: 'sub' });
    expect(as.storage).toEqual({ type: 'memory' });
    expect(as.signingKeys).toEqual([]);
  });
});

describe('determinism and immutability', () => {
  it('the same input gives the same bytes, whatever the key order of the input', () => {
    const a = compileYaml(MODE_B).planJson!;
    const reordered = stringify(parse(MODE_B), { sortMapEntries: true });
    expect(compileYaml(reordered).planJson).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(canonicalJson(JSON.parse(a))).toBe(a);
  });
  it('the plan is deeply frozen', () => {
    const plan = compileYaml(MODE_B).plan! as any;
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.routes[0])).toBe(true);
    expect(Object.isFrozen(plan.authServer.upstreams[1].userinfo.subjectFields)).toBe(true);
    expect(() => {
      plan.backends[0].url = 'http://evil';
    }).toThrow(TypeError);
  });
});

/** Settings that mean what they mean in ToolHive; each case names the ToolHive code it follows. */
describe('ToolHive meanings in the plan', () => {
  const withBackend = `name: x\nincomingAuth: {type: anonymous}\nbackends:\n  - { name: b, url: "http://127.0.0.1:9001/mcp", transport: streamable-http }\n`;

  // pkg/vmcp/aggregator/prefix_resolver.go:21 ("a custom static prefix like backend_") and
  // conflict_resolver.go:26-28; the validator only asks for a non-empty prefixFormat (validator.go:413-416).
  it('accepts a static prefixFormat without {workload}, and refuses an empty one', () => {
    const r = compileYaml(`${withBackend}aggregation:\n  conflictResolution: prefix\n  conflictResolutionConfig: { prefixFormat: backend_ }\n`);
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.aggregation.prefixFormat).toBe('backend_');
    const empty = compileYaml(`${withBackend}aggregation:\n  conflictResolution: prefix\n  conflictResolutionConfig: { prefixFormat: "" }\n`);
    expect(empty.diagnostics.map((d) => `${d.rule} ${d.path}`)).toEqual(['schema aggregation.conflictResolutionConfig.prefixFormat']);
  });

  // pkg/vmcp/aggregator/conflict_resolver.go:52-60 promptNamingFromConfig: prompts take prefixFormat under every
  // strategy, so the plan keeps a configured one under priority and manual too (null still means "{workload}_").
  it('keeps a configured prefixFormat under priority and manual, for prompt names', () => {
    const agg = (strategy: string, crc: string) => compileYaml(`${withBackend}aggregation:\n  conflictResolution: ${strategy}\n  conflictResolutionConfig: ${crc}\n  tools: [{ workload: b, filter: [x] }]\n`).plan!.aggregation;
    expect(agg('priority', '{ prefixFormat: "{workload}.", priorityOrder: [b] }').prefixFormat).toBe('{workload}.');
    expect(agg('manual', '{ prefixFormat: "p-" }').prefixFormat).toBe('p-');
    expect(agg('manual', '{}').prefixFormat).toBeNull();
    expect(agg('prefix', '{}').prefixFormat).toBe('{workload}_');
  });

  // pkg/oauthproto/tokenexchange/exchange.go:26-49 NormalizeTokenType, applied to the vMCP strategy at
  // pkg/vmcp/auth/strategies/tokenexchange.go:262-268.
  it('turns the short subjectTokenType names into the RFC 8693 URNs, keeps a URN, and defaults to access_token', () => {
    const urnOf = (type: string | null) => {
      const te = type === null ? '{ tokenUrl: "https://sts.example/t" }' : `{ tokenUrl: "https://sts.example/t", subjectTokenType: "${type}" }`;
      const r = compileYaml(`${withBackend}outgoingAuth:\n  source: inline\n  default: { type: token_exchange, tokenExchange: ${te} }\n`);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const s = r.plan!.backends[0]!.outgoingAuth;
      return s.type === 'token_exchange' ? s.subjectTokenType : undefined;
    };
    expect(urnOf('access_token')).toBe('urn:ietf:params:oauth:token-type:access_token');
    expect(urnOf('id_token')).toBe('urn:ietf:params:oauth:token-type:id_token');
    expect(urnOf('jwt')).toBe('urn:ietf:params:oauth:token-type:jwt');
    expect(urnOf('urn:ietf:params:oauth:token-type:id_token')).toBe('urn:ietf:params:oauth:token-type:id_token');
    expect(urnOf(null)).toBe('urn:ietf:params:oauth:token-type:access_token');
    expect(compileYaml(`${withBackend}outgoingAuth:\n  source: inline\n  default: { type: token_exchange, tokenExchange: { tokenUrl: "https://sts.example/t", subjectTokenType: saml } }\n`).ok).toBe(false);
  });

  // pkg/vmcp/cli/serve.go:275-280 takes health.DefaultConfig().Timeout (pkg/vmcp/health/monitor.go:216, 10s)
  // unless healthCheckTimeout > 0.
  it('health-check timeout: 10 s when unset or zero, as written otherwise', () => {
    const timeout = (fh: string) =>
      compileYaml(`${withBackend}operational:\n  failureHandling: { healthCheckInterval: 30s${fh} }\n`).plan!.operational.failureHandling.healthCheckTimeoutMs;
    expect(timeout('')).toBe(10_000);
    expect(timeout(', healthCheckTimeout: "0"')).toBe(10_000);
    expect(timeout(', healthCheckTimeout: 0s')).toBe(10_000);
    expect(timeout(', healthCheckTimeout: 2500ms')).toBe(2500);
    expect(compileYaml(withBackend).plan!.operational.failureHandling.healthCheckTimeoutMs).toBe(10_000);
  });

  // pkg/vmcp/aggregator/default_aggregator.go:728 filters only when len(Filter) > 0.
  it('an empty filter list filters nothing', () => {
    const r = compileYaml(`${withBackend}aggregation:\n  conflictResolution: prefix\n  conflictResolutionConfig: { prefixFormat: "{workload}_" }\n  tools: [{ workload: b, filter: [] }]\n`);
    expect(r.plan!.aggregation.tools[0]!.filter).toBeNull();
  });
});
