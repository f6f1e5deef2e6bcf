/**
 * planDiff (common/plan-diff): what a config change does to the plan. Plans are compiled from YAML here, as
 * `vmcp diff` and a reload compile them; the golden plans give many real pairs for the "equal iff no change" law.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { describeChange, formatPlanChanges, planDiff } from '../../common/plan-diff/index.js';
import type { FrozenPlan } from '../../compiler/index.js';
import { compileYaml, MODE_B } from '../helpers/compile.js';

const plan = (yaml: string, file = 'vmcp.yaml'): FrozenPlan => {
  const r = compileYaml(yaml, file);
  if (!r.plan) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.plan;
};

const BASE = `
name: gw
backends:
  - { name: github, url: "https://github.example/mcp", transport: streamable-http }
  - { name: jira, url: "https://jira.example/sse", transport: sse }
incomingAuth: { type: anonymous }
outgoingAuth:
  source: inline
  default: { type: unauthenticated }
  backends:
    github: { type: header_injection, headerInjection: { headerName: Authorization, headerValueEnv: GH_TOKEN } }
aggregation:
  conflictResolution: prefix
  conflictResolutionConfig: { prefixFormat: "{workload}_" }
`;

/** BASE with `edit` applied to its parsed form. */
const edited = (edit: (c: any) => void, yaml = BASE): string => {
  const c = parse(yaml);
  edit(c);
  return stringify(c);
};

describe('planDiff', () => {
  it('finds nothing between a plan and itself, or the same config compiled twice', () => {
    expect(planDiff(plan(BASE), plan(BASE))).toEqual([]);
    expect(planDiff(plan(MODE_B), plan(MODE_B))).toEqual([]);
  });

  it('names each backend field that changed: url, transport, timeout, strategy type, secret source', () => {
    const next = edited((c) => {
      c.backends[1] = { name: 'jira', url: 'https://jira.example/mcp', transport: 'streamable-http' };
      c.operational = { timeouts: { perWorkload: { jira: '45s' } } };
      c.outgoingAuth.backends.github.headerInjection = { headerName: 'Authorization', headerValueEnv: 'GH_TOKEN_2' };
      c.outgoingAuth.backends.jira = { type: 'token_exchange', tokenExchange: { tokenUrl: 'https://sts.example/token', clientSecretEnv: 'STS_SECRET' } };
    });
    expect(planDiff(plan(BASE), plan(next))).toEqual([
      { op: 'changed', area: 'backends', item: 'github', field: 'outgoingAuth.headerValue', old: { env: 'GH_TOKEN' }, new: { env: 'GH_TOKEN_2' } },
      { op: 'added', area: 'backends', item: 'jira', field: 'outgoingAuth.audience', old: null, new: null },
      { op: 'added', area: 'backends', item: 'jira', field: 'outgoingAuth.clientId', old: null, new: null },
      { op: 'added', area: 'backends', item: 'jira', field: 'outgoingAuth.clientSecret', old: null, new: { env: 'STS_SECRET' } },
      { op: 'added', area: 'backends', item: 'jira', field: 'outgoingAuth.scopes', old: null, new: [] },
      { op: 'added', area: 'backends', item: 'jira', field: 'outgoingAuth.subjectProviderName', old: null, new: null },
      { op: 'added', area: 'backends', item: 'jira', field: 'outgoingAuth.subjectTokenType', old: null, new: 'urn:ietf:params:oauth:token-type:access_token' },
      { op: 'added', area: 'backends', item: 'jira', field: 'outgoingAuth.tokenUrl', old: null, new: 'https://sts.example/token' },
      { op: 'changed', area: 'backends', item: 'jira', field: 'outgoingAuth.type', old: 'unauthenticated', new: 'token_exchange' },
      { op: 'changed', area: 'backends', item: 'jira', field: 'timeoutMs', old: 30000, new: 45000 },
      { op: 'changed', area: 'backends', item: 'jira', field: 'transport', old: 'sse', new: 'streamable-http' },
      { op: 'changed', area: 'backends', item: 'jira', field: 'url', old: 'https://jira.example/sse', new: 'https://jira.example/mcp' },
    ]);
  });

  it('reports backends added, removed and reordered, and routes that come and go', () => {
    const next = edited((c) => {
      c.backends = [{ name: 'wiki', url: 'https://wiki.example/mcp', transport: 'streamable-http' }, c.backends[1], c.backends[0]];
      c.telemetry = { enablePrometheusMetricsPath: true };
    });
    const changes = planDiff(plan(BASE), plan(next)).filter((c) => c.area === 'routes' || c.area === 'backends');
    expect(changes).toEqual([
      { op: 'added', area: 'routes', item: '/metrics', field: null, old: null, new: { path: '/metrics', match: 'exact', auth: 'none', handler: 'metrics' } },
      { op: 'added', area: 'backends', item: 'wiki', field: null, old: null, new: expect.objectContaining({ name: 'wiki', url: 'https://wiki.example/mcp' }) },
      { op: 'changed', area: 'backends', item: null, field: 'order', old: ['github', 'jira'], new: ['jira', 'github'] },
    ]);
    const fewer = edited((c) => (c.backends = [c.backends[0]]));
    expect(planDiff(plan(BASE), plan(fewer)).map(describeChange)).toEqual(['backends: - jira: sse https://jira.example/sse, unauthenticated, timeoutMs 30000']);
  });

  it('reports naming changes: prefix format, strategy, filters and overrides per workload', () => {
    const next = edited((c) => {
      c.aggregation = {
        conflictResolution: 'prefix',
        conflictResolutionConfig: { prefixFormat: '{workload}.' },
        tools: [{ workload: 'github', filter: ['create_issue'], overrides: { create_issue: { name: 'new_issue' } } }],
      };
    });
    const lines = planDiff(plan(BASE), plan(next)).map(describeChange);
    expect(lines).toEqual([
      'aggregation (tool names): ~ prefixFormat: "{workload}_" -> "{workload}."',
      'aggregation (tool names): + tools[github]: {excludeAll: false, filter: [create_issue], overrides: {create_issue: {annotations: none, description: none, name: new_issue}}}',
    ]);
  });

  it('reports auth server changes: issuer, upstreams, audiences', () => {
    const next = edited((c) => {
      c.authServer.runConfig.upstreams = c.authServer.runConfig.upstreams.filter((u: { name: string }) => u.name !== 'github');
      c.authServer.runConfig.allowed_audiences.push('https://other');
      c.outgoingAuth.backends['github-tools'] = { type: 'upstream_inject', upstreamInject: { providerName: 'corp' } };
      c.authServer.runConfig.issuer = 'http://localhost:9095';
      c.incomingAuth.oidc.issuer = 'http://localhost:9095';
    }, MODE_B);
    expect(formatPlanChanges(planDiff(plan(MODE_B), plan(next)))).toBe(
      [
        'incoming auth:',
        '  ~ oidc.issuer: http://localhost:9090 -> http://localhost:9095',
        'backends:',
        '  ~ github-tools: outgoingAuth.providerName: github -> corp',
        'auth server:',
        '  ~ allowedAudiences: [https://my-vmcp] -> [https://my-vmcp, https://other]',
        '  ~ authorizationEndpointBaseUrl: http://localhost:9090 -> http://localhost:9095',
        '  ~ issuer: http://localhost:9090 -> http://localhost:9095',
        '  - upstreams[github]: oauth2 http://localhost:9092/authorize, clientId gh',
        '  ~ upstreams[corp]: redirectUri: http://localhost:9090/oauth/callback -> http://localhost:9095/oauth/callback',
        '',
      ].join('\n'),
    );
  });

  it('reports an auth server added as one change, Mode A to Mode B', () => {
    const a = plan(BASE);
    const b = plan(MODE_B);
    const as = planDiff(a, b).filter((c) => c.area === 'authServer');
    expect(as).toEqual([{ op: 'added', area: 'authServer', item: null, field: null, old: null, new: b.authServer }]);
    expect(describeChange(as[0]!)).toBe('auth server: + issuer http://localhost:9090, upstreams [corp, github]');
  });

  it('compares secrets by reference: an inline value changed in place is no change, and never shown', () => {
    const inline = (value: string) => edited((c) => (c.outgoingAuth.backends.github.headerInjection = { headerName: 'Authorization', headerValue: value }));
    const a = plan(inline('first-secret-value'), 'old.yaml');
    const b = plan(inline('second-secret-value'), 'new.yaml');
    // Two files for one config's two versions: the reference is the same pointer in "the" config.
    expect(planDiff(a, b, { sameFiles: [['old.yaml', 'new.yaml']] })).toEqual([]);
    // Told nothing, the plans name different files: a change of reference, shown without the value.
    const changes = planDiff(a, b);
    expect(changes).toEqual([
      {
        op: 'changed',
        area: 'backends',
        item: 'github',
        field: 'outgoingAuth.headerValue',
        old: { configFile: 'old.yaml', pointer: '/outgoingAuth/backends/github/headerInjection/headerValue' },
        new: { configFile: 'new.yaml', pointer: '/outgoingAuth/backends/github/headerInjection/headerValue' },
      },
    ]);
    const text = formatPlanChanges(changes);
    expect(text).toBe(
      'backends:\n  ~ github: outgoingAuth.headerValue: (inline in old.yaml at /outgoingAuth/backends/github/headerInjection/headerValue) -> (inline in new.yaml at /outgoingAuth/backends/github/headerInjection/headerValue)\n',
    );
    expect(text + JSON.stringify(changes)).not.toMatch(/secret-value/);
  });

  it('has a change for every difference: over all pairs of golden plans, no change exactly when the plans are equal', () => {
    const root = 'test/golden';
    const plans = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => readFileSync(join(root, d.name, 'plan.json'), 'utf8'));
    expect(plans.length).toBeGreaterThan(10);
    let pairs = 0;
    for (const a of plans) {
      for (const b of plans) {
        const changes = planDiff(JSON.parse(a), JSON.parse(b));
        expect(changes.length === 0).toBe(a === b);
        // Every change reads as a sentence: no value slips through as JS's default text.
        for (const c of changes) expect(describeChange(c)).not.toMatch(/undefined|\[object Object\]/);
        pairs += 1;
      }
    }
    expect(pairs).toBe(plans.length ** 2);
  });

  it('says so when there is nothing to list', () => {
    expect(formatPlanChanges([])).toBe('no changes: the plans are equal\n');
  });
});
