/** Each rule: a case that passes and one that fails, with the rule id and the path it blames. */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { compileYaml, MODE_A, MODE_B } from '../helpers/compile.js';

type Cfg = Record<string, any>;
const base = (yaml: string): Cfg => parse(yaml) as Cfg;
const run = (cfg: Cfg) => compileYaml(stringify(cfg)).diagnostics;
const ids = (cfg: Cfg) => run(cfg).map((d) => `${d.severity} ${d.rule} ${d.path}`);

describe('valid configs', () => {
  it('Mode A and Mode B examples compile without diagnostics', () => {
    expect(ids(base(MODE_A))).toEqual([]);
    expect(ids(base(MODE_B))).toEqual([]);
  });
});

describe('V-01 upstream_inject needs an auth server', () => {
  it('fails for a backend and for the default, naming the strategy', () => {
    const c = base(MODE_A);
    c.outgoingAuth = {
      source: 'inline',
      default: { type: 'upstream_inject', upstreamInject: { providerName: 'github' } },
      backends: { 'github-tools': { type: 'upstream_inject', upstreamInject: { providerName: 'github' } } },
    };
    const d = run(c);
    expect(d.map((x) => `${x.rule} ${x.path}`)).toEqual(['V-01 outgoingAuth.default.type', 'V-01 outgoingAuth.backends.github-tools.type']);
    expect(d[1]!.message).toContain('no auth server is configured');
    expect(d[1]!.message).toContain('add authServer.runConfig');
  });
  it('passes when the auth server is there', () => {
    expect(ids(base(MODE_B)).filter((i) => i.includes('V-01'))).toEqual([]);
  });
});

describe('V-02 providerName must name an upstream', () => {
  it('fails with a did-you-mean hint', () => {
    const c = base(MODE_B);
    c.outgoingAuth.backends['github-tools'].upstreamInject.providerName = 'githb';
    const d = run(c);
    expect(d.map((x) => `${x.rule} ${x.path}`)).toEqual(['V-02 outgoingAuth.backends.github-tools.upstreamInject.providerName']);
    expect(d[0]!.message).toContain('did you mean "github"?');
  });
  it('resolves an unnamed single upstream as "default" (ToolHive)', () => {
    const c = base(MODE_B);
    c.authServer.runConfig.upstreams = [c.authServer.runConfig.upstreams[0]];
    delete c.authServer.runConfig.upstreams[0].name;
    c.outgoingAuth.backends['github-tools'].upstreamInject.providerName = 'default';
    expect(ids(c)).toEqual([]);
  });
  it('checks the default strategy too', () => {
    const c = base(MODE_B);
    c.outgoingAuth.default = { type: 'upstream_inject', upstreamInject: { providerName: 'nonexistent' } };
    expect(ids(c)).toEqual(['error V-02 outgoingAuth.default.upstreamInject.providerName']);
  });
});

describe('V-03 token_exchange while the AS is the issuer (warning)', () => {
  const te = { type: 'token_exchange', tokenExchange: { tokenUrl: 'https://sts.example/token' } };
  it('warns, and the config still compiles', () => {
    const c = base(MODE_B);
    c.outgoingAuth.backends.docs = te;
    const r = compileYaml(stringify(c));
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((x) => `${x.severity} ${x.rule} ${x.path}`)).toEqual(['warning V-03 outgoingAuth.backends.docs.type']);
    expect(r.diagnostics[0]!.message).toContain('must trust that upstream IdP');
  });
  it('does not warn in Mode A', () => {
    const c = base(MODE_A);
    c.outgoingAuth = { source: 'inline', backends: { 'github-tools': te } };
    expect(ids(c)).toEqual([]);
  });
});

describe('V-04 issuers must be the same string', () => {
  it('fails on a different port, with the message the issue gives', () => {
    const c = base(MODE_B);
    c.incomingAuth.oidc.issuer = 'http://localhost:8080';
    const d = run(c);
    expect(d.map((x) => `${x.rule} ${x.path}`)).toEqual(['V-04 authServer.runConfig.issuer']);
    expect(d[0]!.message).toBe(
      'authServer.runConfig.issuer "http://localhost:9090" does not match incomingAuth.oidc.issuer "http://localhost:8080"; when the embedded auth server is the OIDC issuer both must be the same string',
    );
  });
  it('does not normalise: a trailing slash differs', () => {
    const c = base(MODE_B);
    c.incomingAuth.oidc.issuer = 'http://localhost:9090/';
    expect(ids(c)).toContain('error V-04 authServer.runConfig.issuer');
  });
});

describe('V-05 the auth server config itself', () => {
  const broken = (edit: (rc: Cfg) => void) => {
    const c = base(MODE_B);
    edit(c.authServer.runConfig);
    return run(c);
  };
  it('refuses a missing issuer, no upstreams and no audiences, all at once', () => {
    const d = broken((rc) => {
      delete rc.issuer;
      rc.upstreams = [];
      rc.allowed_audiences = [];
    });
    expect(d.filter((x) => x.rule === 'V-05').map((x) => x.path)).toEqual([
      'authServer.runConfig.issuer',
      'authServer.runConfig.upstreams',
      'authServer.runConfig.allowed_audiences',
    ]);
  });
  it.each([
    ['ftp://localhost:9090', 'not an http(s) URL'],
    ['http://localhost:9090?x=1', 'has a query'],
    ['http://localhost:9090#frag', 'has a fragment'],
    ['https://user:pw@vmcp.example.com', 'must not contain credentials'],
    ['http://vmcp.example.com', 'plain http on a non-loopback host'],
    ['https://vmcp.example.com/realms/corp', 'has a path; vmcp serves its auth server at the root of its origin'],
  ])('refuses issuer %s', (issuer, words) => {
    const c = base(MODE_B);
    c.authServer.runConfig.issuer = issuer;
    c.incomingAuth.oidc.issuer = issuer;
    const d = run(c).filter((x) => x.rule === 'V-05');
    expect(d.map((x) => x.message).join('\n')).toContain(words);
  });
  it('refuses duplicate, malformed, reserved and missing upstream names', () => {
    const d = broken((rc) => {
      rc.upstreams[1].name = 'corp';
      rc.upstreams.push({ ...rc.upstreams[0], name: 'Bad_Name' }, { ...rc.upstreams[0], name: 'default' }, { ...rc.upstreams[0], name: undefined });
    });
    const msgs = d.filter((x) => x.rule === 'V-05').map((x) => `${x.path}: ${x.message}`);
    expect(msgs.some((m) => m.includes('upstreams[1].name') && m.includes('already used'))).toBe(true);
    expect(msgs.some((m) => m.includes('upstreams[2].name') && m.includes('malformed'))).toBe(true);
    expect(msgs.some((m) => m.includes('upstreams[3].name') && m.includes('kept for single-upstream'))).toBe(true);
    expect(msgs.some((m) => m.includes('upstreams[4]') && m.includes('has no name'))).toBe(true);
  });
  it('refuses an upstream lacking what its type needs', () => {
    const d = broken((rc) => {
      delete rc.upstreams[0].oidc_config;
      rc.upstreams[1].oauth2_config.token_endpoint = 'http://idp.example.com/token';
    });
    expect(d.map((x) => `${x.rule} ${x.path}`)).toEqual([
      'V-05 authServer.runConfig.upstreams[0].oidc_config',
      'V-05 authServer.runConfig.upstreams[1].oauth2_config.token_endpoint',
    ]);
  });
  // ToolHive pkg/authserver/config.go:612-616 (UserInfo optional: the subject is synthesized) and
  // pkg/authserver/upstream/oauth2.go:562-565 (synthesis when neither userinfo nor identity_from_token).
  it('accepts an oauth2 upstream with neither userinfo nor identity_from_token, warning only when it comes first', () => {
    const later = base(MODE_B);
    delete later.authServer.runConfig.upstreams[1].oauth2_config.userinfo;
    expect(ids(later)).toEqual([]);
    const first = base(MODE_B);
    first.authServer.runConfig.upstreams.reverse();
    delete first.authServer.runConfig.upstreams[0].oauth2_config.userinfo;
    const d = run(first);
    expect(d.map((x) => `${x.severity} ${x.rule} ${x.path}`)).toEqual(['warning V-05 authServer.runConfig.upstreams[0].oauth2_config']);
    expect(d[0]!.message).toContain('no stable identity');
    expect(d[0]!.message).toContain('changes whenever the upstream token does');
    first.authServer.runConfig.upstreams[0].oauth2_config.identity_from_token = { subject_path: 'user.id' };
    expect(ids(first)).toEqual([]);
  });
  it('refuses bad storage, key and lifespan settings', () => {
    const d = broken((rc) => {
      rc.storage = { type: 'redis' };
      rc.signing_key_config = { fallback_key_files: ['/keys/old.pem'] };
      rc.token_lifespans = { access_token_lifespan: '2h', refresh_token_lifespan: '1h', auth_code_lifespan: 'soon' };
    });
    expect(d.map((x) => `${x.rule} ${x.path}`)).toEqual([
      'V-05 authServer.runConfig.storage',
      'V-05 authServer.runConfig.signing_key_config',
      'V-05 authServer.runConfig.token_lifespans.refresh_token_lifespan',
      'V-05 authServer.runConfig.token_lifespans.auth_code_lifespan',
    ]);
  });
  it('tags schema problems under runConfig as V-05, unknown keys included', () => {
    const d = broken((rc) => {
      rc.allowedAudiences = rc.allowed_audiences;
    });
    expect(d.map((x) => `${x.rule} ${x.path}`)).toEqual(['V-05 authServer.runConfig.allowedAudiences']);
    expect(d[0]!.message).toContain('did you mean "allowed_audiences"?');
  });
  it('accepts redis with sentinel and an ACL user from env vars', () => {
    const c = base(MODE_B);
    c.authServer.runConfig.storage = {
      type: 'redis',
      redis_config: {
        sentinel_config: { master_name: 'mymaster', sentinel_addrs: ['10.0.0.1:26379'] },
        auth_type: 'aclUser',
        acl_user_config: { username_env_var: 'REDIS_USER', password_env_var: 'REDIS_PASSWORD' },
        key_prefix: 'vmcp:',
      },
    };
    expect(ids(c)).toEqual([]);
  });
});

describe('V-06 upstream_inject needs a providerName', () => {
  it.each([
    ['block missing', undefined, 'outgoingAuth.backends.github-tools.upstreamInject'],
    ['empty name', { providerName: '' }, 'outgoingAuth.backends.github-tools.upstreamInject.providerName'],
    ['no name', {}, 'outgoingAuth.backends.github-tools.upstreamInject.providerName'],
  ])('%s', (_, block, path) => {
    const c = base(MODE_B);
    c.outgoingAuth.backends['github-tools'] = { type: 'upstream_inject', ...(block ? { upstreamInject: block } : {}) };
    expect(ids(c)).toEqual([`error V-06 ${path}`]);
  });
  it('a wrongly typed providerName is V-06 too', () => {
    const c = base(MODE_B);
    c.outgoingAuth.backends['github-tools'].upstreamInject.providerName = 42;
    expect(ids(c)).toContain('error V-06 outgoingAuth.backends.github-tools.upstreamInject.providerName');
  });
});

describe('V-07 the incoming audience must be allowed', () => {
  it('fails when the audience is not listed', () => {
    const c = base(MODE_B);
    c.incomingAuth.oidc.audience = 'https://my-app';
    const d = run(c);
    expect(d.map((x) => `${x.rule} ${x.path}`)).toEqual(['V-07 incomingAuth.oidc.audience']);
    expect(d[0]!.message).toContain('is not in authServer.runConfig.allowed_audiences ["https://my-vmcp"]');
  });
  it('only applies when the AS is the incoming issuer (then V-04 speaks)', () => {
    const c = base(MODE_B);
    c.incomingAuth.oidc.audience = 'https://my-app';
    c.incomingAuth.oidc.issuer = 'http://localhost:8080';
    expect(ids(c).map((i) => i.split(' ')[1])).toEqual(['V-04']);
  });
});

describe('V-08 an auth server needs OIDC incoming auth', () => {
  it('fails with anonymous incoming auth', () => {
    const c = base(MODE_B);
    c.incomingAuth = { type: 'anonymous' };
    expect(ids(c)).toEqual(['error V-08 incomingAuth.type']);
  });
});

describe('V-09 backend references', () => {
  it('refuses duplicate names and references to unknown backends', () => {
    const c = base(MODE_A);
    c.backends.push({ ...c.backends[0] });
    c.outgoingAuth = { source: 'inline', backends: { 'github-tool': { type: 'unauthenticated' } } };
    c.aggregation = { conflictResolution: 'priority', conflictResolutionConfig: { priorityOrder: ['gitlab'] }, tools: [{ workload: 'jira' }] };
    c.operational = { timeouts: { perWorkload: { nope: '5s' } } };
    const d = run(c);
    expect(d.map((x) => `${x.rule} ${x.path}`)).toEqual([
      'V-09 backends[1].name',
      'V-09 outgoingAuth.backends.github-tool',
      'V-09 aggregation.conflictResolutionConfig.priorityOrder[0]',
      'V-09 aggregation.tools[0].workload',
      'V-09 operational.timeouts.perWorkload.nope',
    ]);
    expect(d[1]!.message).toContain('did you mean "github-tools"?');
  });
});

describe('V-10 aggregation consistency', () => {
  it('priority needs an order; manual needs some tools entry', () => {
    const c = base(MODE_A);
    c.aggregation = { conflictResolution: 'priority' };
    expect(ids(c)).toEqual(['error V-10 aggregation.conflictResolutionConfig.priorityOrder']);
    c.aggregation = { conflictResolution: 'manual' };
    expect(ids(c)).toEqual(['error V-10 aggregation.tools']);
  });
  it('manual with filters and no overrides is valid (ToolHive pkg/vmcp/config/validator.go:423-427 asks only len(tools) > 0)', () => {
    const c = base(MODE_A);
    c.aggregation = { conflictResolution: 'manual', tools: [{ workload: 'github-tools', filter: ['create_issue'] }] };
    expect(ids(c)).toEqual([]);
  });
  it('deny visibility with priority refuses an unlisted winner', () => {
    const c = base(MODE_A);
    c.backends.push({ name: 'jira', url: 'http://127.0.0.1:9003/mcp', transport: 'sse' });
    c.aggregation = {
      conflictResolution: 'priority',
      conflictResolutionConfig: { priorityOrder: ['github-tools', 'jira'] },
      defaultToolVisibility: 'deny',
      tools: [{ workload: 'github-tools' }],
    };
    expect(ids(c)).toEqual(['error V-10 aggregation.conflictResolutionConfig.priorityOrder[1]']);
    c.aggregation.tools.push({ workload: 'jira' });
    expect(ids(c)).toEqual([]);
  });
});

describe('V-16 manual: overrides that give two tools one name', () => {
  const manual = (tools: Cfg[]) => {
    const c = base(MODE_A);
    c.backends.push({ name: 'jira', url: 'http://127.0.0.1:9003/mcp', transport: 'sse' });
    c.aggregation = { conflictResolution: 'manual', tools };
    return c;
  };
  // ToolHive pkg/vmcp/aggregator/manual_resolver.go:113-117 ("collision after override") fails the aggregation once
  // both tools exist; the same config under prefix or priority names them apart.
  it('two backends renamed to one name: error at the later name, naming both tools', () => {
    const c = manual([
      { workload: 'github-tools', overrides: { create_issue: { name: 'new_issue' } } },
      { workload: 'jira', overrides: { create: { name: 'new_issue', description: 'Jira' } } },
    ]);
    const d = run(c);
    expect(d.map((x) => `${x.severity} ${x.rule} ${x.path}`)).toEqual(['error V-16 aggregation.tools[1].overrides.create.name']);
    expect(d[0]!.message).toContain('"create_issue" of backend "github-tools" and "create" of backend "jira" the same name "new_issue"');
    expect(d[0]!.message).toContain('choose another name');
    expect(ids({ ...c, aggregation: { ...c.aggregation, conflictResolution: 'prefix' } })).toEqual([]);
    expect(ids({ ...c, aggregation: { ...c.aggregation, conflictResolution: 'priority', conflictResolutionConfig: { priorityOrder: ['jira'] } } })).toEqual([]);
  });
  it("an override without a name keeps the tool's own, which another override may take; one backend's two tools too", () => {
    const keeps = manual([
      { workload: 'github-tools', overrides: { search: { description: 'Search GitHub' } } },
      { workload: 'jira', overrides: { find: { name: 'search' } } },
    ]);
    expect(ids(keeps)).toEqual(['error V-16 aggregation.tools[1].overrides.find.name']);
    const own = manual([{ workload: 'github-tools', overrides: { a: { name: 'x' }, b: { name: 'x' } } }]);
    expect(ids(own)).toEqual(['error V-16 aggregation.tools[0].overrides.b.name']);
  });
  it('distinct names pass', () => {
    expect(ids(manual([
      { workload: 'github-tools', overrides: { create_issue: { name: 'gh_issue' } } },
      { workload: 'jira', overrides: { create_issue: { name: 'jira_issue' } } },
    ]))).toEqual([]);
  });
});

describe('tool overrides need a name or a description', () => {
  // ToolHive pkg/vmcp/config/validator.go:455-461: "at least one of name or description must be specified".
  it('annotations alone are refused by the schema, at the override', () => {
    const c = base(MODE_A);
    c.aggregation = { tools: [{ workload: 'github-tools', overrides: { delete_repo: { annotations: { destructiveHint: true } } } }] };
    const d = run(c);
    expect(d.map((x) => `${x.severity} ${x.rule} ${x.path}`)).toEqual(['error schema aggregation.tools[0].overrides.delete_repo']);
    expect(d[0]!.message).toBe('aggregation.tools[0].overrides.delete_repo: set at least one of name, description');
    c.aggregation.tools[0].overrides.delete_repo.description = 'Deletes the repository';
    expect(ids(c)).toEqual([]);
  });
});

describe('V-11 operational settings', () => {
  it('refuses a health check timeout as long as the interval, zero timeouts and a thrashing breaker', () => {
    const c = base(MODE_A);
    c.operational = {
      timeouts: { default: '0' },
      failureHandling: { healthCheckInterval: '5s', healthCheckTimeout: '5s', circuitBreaker: { enabled: true, timeout: '500ms' } },
    };
    expect(ids(c)).toEqual([
      'error V-11 operational.timeouts.default',
      'error V-11 operational.failureHandling.healthCheckTimeout',
      'error V-11 operational.failureHandling.circuitBreaker.timeout',
    ]);
    c.operational = { failureHandling: { healthCheckInterval: '5s', healthCheckTimeout: '1s' } };
    expect(ids(c)).toEqual([]);
  });
});

describe('V-12 inline secrets (warning)', () => {
  it('warns on an inline header value and token-exchange secret, not on env vars', () => {
    const c = base(MODE_A);
    c.backends.push({ name: 'b', url: 'http://127.0.0.1:9/mcp', transport: 'sse' });
    c.outgoingAuth = {
      source: 'inline',
      backends: {
        'github-tools': { type: 'header_injection', headerInjection: { headerName: 'X-Key', headerValue: 'k' } },
        b: { type: 'token_exchange', tokenExchange: { tokenUrl: 'https://sts.example/t', clientSecret: 's' } },
      },
    };
    expect(ids(c)).toEqual([
      'warning V-12 outgoingAuth.backends.github-tools.headerInjection.headerValue',
      'warning V-12 outgoingAuth.backends.b.tokenExchange.clientSecret',
    ]);
    c.outgoingAuth.backends['github-tools'].headerInjection = { headerName: 'X-Key', headerValueEnv: 'KEY' };
    c.outgoingAuth.backends.b.tokenExchange = { tokenUrl: 'https://sts.example/t', clientSecretEnv: 'S' };
    expect(ids(c)).toEqual([]);
  });
});

describe('V-13 http settings', () => {
  it('refuses a trusted proxy that is not an address or CIDR block, and accepts both families', () => {
    const c = base(MODE_A) as Record<string, unknown>;
    c.http = { trustedProxies: ['10.0.0.0/8', '10.0.0.1', 'fd00::/8', '10.0.0.0/33', '::1/129', '10.0.0.0/8/1'] };
    expect(ids(c)).toEqual(['error V-13 http.trustedProxies[3]', 'error V-13 http.trustedProxies[4]', 'error V-13 http.trustedProxies[5]']);
    c.http = { trustedProxies: ['10.0.0.0/8', '::1'] };
    expect(ids(c)).toEqual([]);
  });
});

describe('all violations at once, in a stable order', () => {
  it('reports every rule broken, sorted by position, the same every time', () => {
    const c = base(MODE_B);
    c.incomingAuth.oidc.issuer = 'http://localhost:8080';
    c.outgoingAuth.backends['github-tools'].upstreamInject.providerName = 'nope';
    c.outgoingAuth.backends.docs = { type: 'upstream_inject' };
    c.authServer.runConfig.upstreams[0].name = 'Corp';
    const first = run(c);
    expect(first.map((d) => d.rule)).toEqual(['V-02', 'V-06', 'V-04', 'V-05']);
    expect(run(c)).toEqual(first);
    const lines = first.map((d) => d.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });
});

describe('V-17 each backend has the keys of its transport', () => {
  const withBackend = (b: Cfg, outgoingAuth?: Cfg) => {
    const c = base(MODE_A);
    c.backends = [b];
    if (outgoingAuth) c.outgoingAuth = outgoingAuth;
    else delete c.outgoingAuth;
    return c;
  };
  it('a stdio backend needs command and has no url; a network backend needs url and has no program', () => {
    expect(ids(withBackend({ name: 'local', transport: 'stdio', command: 'npx', args: ['-y', 'some-server'] }))).toEqual([]);
    const d = run(withBackend({ name: 'local', transport: 'stdio', url: 'http://127.0.0.1:9/mcp' }));
    expect(d.map((x) => `${x.severity} ${x.rule} ${x.path}`)).toEqual(['error V-17 backends[0].command', 'error V-17 backends[0].url']);
    expect(d[0]!.message).toBe('backend "local": command is required when transport is stdio (the program vmcp starts, e.g. npx)');
    expect(d[1]!.message).toContain('remove url, or use transport streamable-http or sse');
    const net = run(withBackend({ name: 'web', transport: 'sse', command: 'node', cwd: '/srv' }));
    expect(net.map((x) => `${x.severity} ${x.rule} ${x.path}`)).toEqual(['error V-17 backends[0].url', 'error V-17 backends[0].command', 'error V-17 backends[0].cwd']);
    expect(net[0]!.message).toBe('backend "web": url is required when transport is sse');
    expect(net[1]!.message).toContain('command is only for transport stdio');
  });
  it('a stdio backend takes no outgoing credentials: its own strategy, or the default it inherits, must be unauthenticated', () => {
    const stdio = { name: 'local', transport: 'stdio', command: 'npx' };
    const own = run(withBackend(stdio, { backends: { local: { type: 'header_injection', headerInjection: { headerName: 'X', headerValueEnv: 'X' } } } }));
    expect(own.map((x) => `${x.severity} ${x.rule} ${x.path}`)).toEqual(['error V-17 outgoingAuth.backends.local.type']);
    expect(own[0]!.message).toContain('its outgoing auth is header_injection;');
    expect(own[0]!.message).toContain('pass what the program needs in env');
    const inherited = run(withBackend(stdio, { default: { type: 'token_exchange', tokenExchange: { tokenUrl: 'https://sts.example/token' } } }));
    expect(inherited.map((x) => `${x.severity} ${x.rule} ${x.path}`)).toEqual(['error V-17 backends[0].transport']);
    expect(inherited[0]!.message).toContain('token_exchange (the default); give it outgoingAuth.backends.local: { type: unauthenticated }');
    expect(ids(withBackend(stdio, { default: { type: 'token_exchange', tokenExchange: { tokenUrl: 'https://sts.example/token' } }, backends: { local: { type: 'unauthenticated' } } }))).toEqual([]);
  });
});
