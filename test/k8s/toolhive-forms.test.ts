/**
 * ToolHive's current shape (v1beta1): inline spec.authServerConfig, oidcConfigRef -> MCPOIDCConfig,
 * telemetryConfigRef -> MCPTelemetryConfig, toolConfigRef -> MCPToolConfig, each with its own condition;
 * ToolHive fields vmcp does not implement are refused as "not supported yet"; Deployment fields warn.
 */
import { describe, expect, it } from 'vitest';
import { convert, loadManifests, reconcileAll, type ServerResult } from '../../compiler/k8s/index.js';
import type { VirtualMCPServer } from '../../generated/k8s-virtualmcpserver.js';
import { authConfig, embeddedAuthServer, inlineAuthServer, NS, oidcConfig, RESOURCE, server, telemetryConfig, toolConfig, toolhiveServer, yamlOf } from './manifests.js';

type Obj = Record<string, any>;
const text = (...docs: Obj[]) => yamlOf(...docs);
const one = (...docs: Obj[]): ServerResult => reconcileAll(loadManifests([{ file: 'm.yaml', bytes: text(...docs) }]))[0]!;
const cond = (r: ServerResult, type: string) => r.status.conditions.find((c) => c.type === type);
const types = (r: ServerResult) => r.status.conditions.map((c) => [c.type, c.status, c.reason]);
const lineOf = (docs: Obj[], needle: string) => text(...docs).split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('inline spec.authServerConfig (condition AuthServerConfigValidated, as ToolHive names it)', () => {
  it('reconciles Mode B: allowed_audiences is the audience (= the resource URL), conditions in order', () => {
    const r = one(toolhiveServer({ authServerConfig: inlineAuthServer() }), oidcConfig());
    expect(types(r)).toEqual([
      ['AuthServerConfigValidated', 'True', 'AuthServerConfigValid'],
      ['OIDCConfigRefValidated', 'True', 'OIDCConfigRefValid'],
      ['ConfigValid', 'True', 'ConfigValid'],
    ]);
    expect((r.config!.authServer as Obj).runConfig.allowed_audiences).toEqual([RESOURCE]);
    expect(r.config!.incomingAuth).toEqual({ type: 'oidc', oidc: { issuer: RESOURCE, jwksAllowPrivateIp: true, audience: RESOURCE, resource: RESOURCE } });
  });

  it('V-04: issuers differ -> False AuthServerConfigInvalid, naming both fields and objects, located at the auth server issuer', () => {
    const docs = [toolhiveServer({ authServerConfig: inlineAuthServer() }), oidcConfig({ type: 'inline', inline: { issuer: 'https://other.example.com' } })];
    const r = one(...docs);
    expect(cond(r, 'AuthServerConfigValidated')).toMatchObject({ status: 'False', reason: 'AuthServerConfigInvalid' });
    const m = cond(r, 'AuthServerConfigValidated')!.message;
    expect(m).toContain('V-04');
    expect(m).toContain(`spec.authServerConfig.issuer "${RESOURCE}" of VirtualMCPServer ${NS}/gw differs from spec.inline.issuer "https://other.example.com" of MCPOIDCConfig ${NS}/corp-oidc`);
    expect(r.compile!.diagnostics.map((d) => d.line)).toContain(lineOf(docs, `issuer: ${RESOURCE}`));
  });

  it('V-07: an audience other than the resource URL is refused (ToolHive allows only the resource URL)', () => {
    const ref = { name: 'corp-oidc', audience: 'https://other-audience.example.com' };
    const r = one(toolhiveServer({ incomingAuth: { type: 'oidc', oidcConfigRef: ref }, authServerConfig: inlineAuthServer() }), oidcConfig());
    expect(cond(r, 'AuthServerConfigValidated')).toMatchObject({ status: 'False', reason: 'AuthServerConfigInvalid' });
    expect(cond(r, 'AuthServerConfigValidated')!.message).toContain(`V-07: spec.incomingAuth.oidcConfigRef.audience "https://other-audience.example.com" differs from the resource URL "http://gw.${NS}.svc.cluster.local:4483" (the default`);
    expect(cond(r, 'ConfigValid')).toMatchObject({ status: 'False', reason: 'AuthServerConfigInvalid' });
  });

  it('V-08 with anonymous incoming auth; a rule failure inside it (V-05) is located in spec.authServerConfig', () => {
    const anon = one(toolhiveServer({ incomingAuth: { type: 'anonymous' }, authServerConfig: inlineAuthServer() }));
    expect(cond(anon, 'AuthServerConfigValidated')).toMatchObject({ status: 'False', reason: 'AuthServerConfigInvalid' });
    expect(cond(anon, 'AuthServerConfigValidated')!.message).toContain('V-08');
    const v05 = one(toolhiveServer({ authServerConfig: inlineAuthServer({ tokenLifespans: { accessTokenLifespan: '2h', refreshTokenLifespan: '1h' } }) }), oidcConfig());
    expect(cond(v05, 'AuthServerConfigValidated')!.message).toContain(`V-05 at VirtualMCPServer ${NS}/gw spec.authServerConfig.tokenLifespans.refreshTokenLifespan`);
  });

  it('both forms at once, or its CEL rules broken, fail the spec', () => {
    const both = one(toolhiveServer({ authServerConfig: inlineAuthServer(), authServerConfigRef: { name: 'as' } }), oidcConfig(), embeddedAuthServer());
    expect(cond(both, 'ConfigValid')).toMatchObject({ status: 'False', reason: 'SpecInvalid' });
    expect(cond(both, 'ConfigValid')!.message).toContain('spec.authServerConfig and spec.authServerConfigRef both set the embedded auth server');
    const upstream = { name: 'corp', type: 'oauth2', oidcConfig: { issuerUrl: 'https://sso.example.com', clientId: 'x' } };
    const cel = one(toolhiveServer({ authServerConfig: inlineAuthServer({ upstreamProviders: [upstream] }) }), oidcConfig());
    expect(cond(cel, 'ConfigValid')!.message).toContain('spec.authServerConfig.upstreamProviders[0].oauth2Config is required when type is oauth2');
    expect(cond(cel, 'AuthServerConfigValidated')).toMatchObject({ status: 'Unknown', reason: 'NotChecked' });
  });

  it('Redis Sentinel through its Service: the cluster DNS name, port 26379 unless given; both forms of addresses refused', () => {
    const storage = (sentinelConfig: Obj) => ({ type: 'redis', redis: { sentinelConfig, aclUserConfig: { passwordSecretRef: { name: 'r', key: 'p' } } } });
    const r = one(toolhiveServer({ authServerConfig: inlineAuthServer({ storage: storage({ masterName: 'm', sentinelService: { name: 'sentinel', namespace: 'redis' } }) }) }), oidcConfig());
    expect((r.config!.authServer as Obj).runConfig.storage.redis_config.sentinel_config).toEqual({ master_name: 'm', sentinel_addrs: ['sentinel.redis.svc.cluster.local:26379'] });
    const both = one(toolhiveServer({ authServerConfig: inlineAuthServer({ storage: storage({ masterName: 'm', sentinelAddrs: ['a:1'], sentinelService: { name: 's' } }) }) }), oidcConfig());
    expect(cond(both, 'ConfigValid')!.message).toContain('set exactly one of sentinelAddrs or sentinelService');
  });
});

describe('incomingAuth.oidcConfigRef -> MCPOIDCConfig (condition OIDCConfigRefValidated)', () => {
  it('missing: OIDCConfigRefNotFound, with a hint when it exists only in another namespace', () => {
    const r = one(toolhiveServer(), oidcConfig(undefined, 'corp-oidc', 'elsewhere'));
    expect(types(r)).toEqual([['OIDCConfigRefValidated', 'False', 'OIDCConfigRefNotFound'], ['ConfigValid', 'False', 'ReferencedConfigInvalid']]);
    expect(cond(r, 'OIDCConfigRefValidated')!.message).toContain('there is one in namespace "elsewhere"');
  });

  it('invalid (CEL pair broken, or a field vmcp does not support): OIDCConfigRefNotValid naming the field', () => {
    const cel = one(toolhiveServer(), oidcConfig({ type: 'inline', kubernetesServiceAccount: {} }));
    expect(cond(cel, 'OIDCConfigRefValidated')).toMatchObject({ status: 'False', reason: 'OIDCConfigRefNotValid' });
    expect(cond(cel, 'OIDCConfigRefValidated')!.message).toContain('spec.inline is required when spec.type is inline');
    const unsupported = one(toolhiveServer(), oidcConfig({ type: 'inline', inline: { issuer: RESOURCE, introspectionUrl: 'https://sso.example.com/introspect' } }));
    expect(cond(unsupported, 'OIDCConfigRefValidated')!.message).toContain('spec.inline.introspectionUrl: token introspection (introspectionUrl) is not supported yet by vmcp');
  });

  it('a service-account issuer: default issuer, cluster CA and private-IP JWKS unless useClusterAuth is false', () => {
    const sa = (k: Obj) => one(toolhiveServer({ incomingAuth: { type: 'oidc', oidcConfigRef: { name: 'corp-oidc', audience: 'gw' } } }), oidcConfig({ type: 'kubernetesServiceAccount', kubernetesServiceAccount: k }));
    expect((sa({}).config!.incomingAuth as Obj).oidc).toEqual({
      issuer: 'https://kubernetes.default.svc',
      caBundlePath: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
      jwksAllowPrivateIp: true,
      audience: 'gw',
      resource: `http://gw.${NS}.svc.cluster.local:4483`,
    });
    expect((sa({ useClusterAuth: false, issuer: 'https://oidc.example.com' }).config!.incomingAuth as Obj).oidc).toEqual({ issuer: 'https://oidc.example.com', audience: 'gw', resource: `http://gw.${NS}.svc.cluster.local:4483` });
    expect(cond(sa({ serviceAccount: 'agent' }), 'OIDCConfigRefValidated')!.message).toContain('kubernetesServiceAccount.serviceAccount: restricting tokens to one service account');
  });

  it("a rule on the converted config points at the MCPOIDCConfig's line; the client secret is a reference", () => {
    const docs = [toolhiveServer(), oidcConfig({ type: 'inline', inline: { issuer: 'ftp://sso.example.com', clientId: 'c', clientSecretRef: { name: 'oidc', key: 's' } } })];
    const r = one(...docs);
    const d = r.compile!.diagnostics.find((x) => x.path === 'incomingAuth.oidc.issuer')!;
    expect(d.line).toBe(lineOf(docs, 'ftp://sso.example.com'));
    expect(d.message).toContain(`MCPOIDCConfig ${NS}/corp-oidc spec.inline.issuer`);
    const ok = one(toolhiveServer(), oidcConfig({ type: 'inline', inline: { issuer: RESOURCE, clientId: 'c', clientSecretRef: { name: 'oidc', key: 's' } } }));
    expect((ok.config!.incomingAuth as Obj).oidc.clientSecretEnv).toBe('VMCP_SECRET_OIDC_S');
    expect(ok.secrets).toContainEqual({ secret: 'oidc', key: 's', env: 'VMCP_SECRET_OIDC_S' });
  });

  it('oidcConfigRef and oidcConfig together, or with anonymous incoming auth, fail the spec', () => {
    const both = one(toolhiveServer({ incomingAuth: { type: 'oidc', oidcConfigRef: { name: 'corp-oidc', audience: 'a' }, oidcConfig: { type: 'inline', inline: { issuer: RESOURCE } } } }), oidcConfig());
    expect(cond(both, 'ConfigValid')!.message).toContain('set one of oidcConfigRef or oidcConfig, not both');
    const anon = one(toolhiveServer({ incomingAuth: { type: 'anonymous', oidcConfigRef: { name: 'corp-oidc', audience: 'a' } } }), oidcConfig());
    expect(cond(anon, 'ConfigValid')!.message).toContain('spec.incomingAuth.oidcConfigRef is only used when type is oidc');
    expect(cond(anon, 'OIDCConfigRefValidated')).toMatchObject({ status: 'Unknown', reason: 'NotChecked' });
  });
});

describe('telemetryConfigRef -> MCPTelemetryConfig (condition TelemetryConfigRefValidated)', () => {
  const anonymous = (spec: Obj = {}) => toolhiveServer({ incomingAuth: { type: 'anonymous' }, telemetryConfigRef: { name: 'otel' }, ...spec });

  it("maps as ToolHive does: OpenTelemetry only when enabled, endpoint without scheme, the server's name as service name", () => {
    const spec = { openTelemetry: { enabled: true, endpoint: 'https://otel.example.com:4318', headers: { 'x-team': 'a' }, resourceAttributes: { env: 'prod' }, tracing: { enabled: true, samplingRate: '0.5' } }, prometheus: { enabled: true } };
    // The converter's output, whatever the YAML path then decides about each key.
    const { config } = convert({ server: anonymous() as unknown as VirtualMCPServer, namespace: NS, outgoing: new Map(), telemetryConfig: spec });
    expect(config.telemetry).toEqual({ endpoint: 'otel.example.com:4318', headers: { 'x-team': 'a' }, customAttributes: { env: 'prod' }, tracingEnabled: true, samplingRate: '0.5', enablePrometheusMetricsPath: true, serviceName: 'gw' });
    const off = convert({ server: anonymous({ telemetryConfigRef: { name: 'otel', serviceName: 'svc' } }) as unknown as VirtualMCPServer, namespace: NS, outgoing: new Map(), telemetryConfig: { ...spec, openTelemetry: { ...spec.openTelemetry, enabled: false } } });
    expect(off.config.telemetry).toEqual({ enablePrometheusMetricsPath: true, serviceName: 'svc' });
  });

  it('missing or invalid (an endpoint with no signal enabled, as ToolHive Validate() refuses)', () => {
    expect(types(one(anonymous())).slice(0, 1)).toEqual([['TelemetryConfigRefValidated', 'False', 'TelemetryConfigRefNotFound']]);
    const r = one(anonymous(), telemetryConfig({ openTelemetry: { enabled: true, endpoint: 'otel:4318' } }));
    expect(cond(r, 'TelemetryConfigRefValidated')).toMatchObject({ status: 'False', reason: 'TelemetryConfigRefInvalid' });
    expect(cond(r, 'TelemetryConfigRefValidated')!.message).toContain('neither spec.openTelemetry.tracing.enabled nor spec.openTelemetry.metrics.enabled is true');
  });

  it('fields under a disabled openTelemetry warn (ToolHive drops them silently); its CRD defaults do not', () => {
    const r = one(anonymous(), telemetryConfig({ openTelemetry: { enabled: false, insecure: false, useLegacyAttributes: true, headers: { a: 'b' } }, prometheus: { enabled: true } }));
    expect(cond(r, 'ConfigValid')).toMatchObject({ status: 'True' });
    expect(cond(r, 'ConfigValid')!.message).toContain(`MCPTelemetryConfig ${NS}/otel spec.openTelemetry.headers has no effect while spec.openTelemetry.enabled is not true`);
    expect(cond(r, 'ConfigValid')!.message).not.toContain('insecure');
    expect(cond(r, 'ConfigValid')!.message).not.toContain('useLegacyAttributes');
  });

  it('spec.config.telemetry beside telemetryConfigRef is refused (ToolHive reads only the ref)', () => {
    const r = one(anonymous({ config: { telemetry: { serviceName: 'x' }, backends: [{ name: 'docs', url: 'https://docs.example.com/mcp', transport: 'streamable-http' }] } }), telemetryConfig({}));
    expect(cond(r, 'ConfigValid')).toMatchObject({ status: 'False', reason: 'SpecInvalid' });
  });
});

describe('aggregation.tools[].toolConfigRef -> MCPToolConfig (condition ToolConfigValidated)', () => {
  const withRef = (tool: Obj) => toolhiveServer({ incomingAuth: { type: 'anonymous' }, config: { backends: [{ name: 'docs', url: 'https://docs.example.com/mcp', transport: 'streamable-http' }], aggregation: { tools: [{ workload: 'docs', toolConfigRef: { name: 'docs-tools' }, ...tool }] } } });

  it("merges as ToolHive does: the entry's own filter wins when non-empty, its own overrides win per tool", () => {
    const tc = toolConfig({ toolsFilter: ['a', 'b'], toolsOverride: { a: { name: 'alpha' }, b: { description: 'Bee', name: '' } } });
    const own = one(withRef({ filter: ['a'], overrides: { a: { name: 'mine' } } }), tc);
    expect((own.config!.aggregation as Obj).tools).toEqual([{ workload: 'docs', filter: ['a'], overrides: { a: { name: 'mine' }, b: { description: 'Bee' } } }]);
    const theirs = one(withRef({}), tc);
    expect((theirs.config!.aggregation as Obj).tools).toEqual([{ workload: 'docs', filter: ['a', 'b'], overrides: { a: { name: 'alpha' }, b: { description: 'Bee' } } }]);
    expect(cond(theirs, 'ToolConfigValidated')).toMatchObject({ status: 'True', reason: 'ToolConfigValid' });
  });

  it("missing, invalid, or a malformed ref; a rule on a merged override points at the MCPToolConfig's line", () => {
    expect(cond(one(withRef({})), 'ToolConfigValidated')).toMatchObject({ status: 'False', reason: 'ToolConfigNotFound' });
    expect(cond(one(withRef({}), toolConfig({ toolsFilter: 'a' })), 'ToolConfigValidated')).toMatchObject({ status: 'False', reason: 'ToolConfigInvalid' });
    const bad = one(withRef({ toolConfigRef: { name: '' } }));
    expect(cond(bad, 'ConfigValid')!.message).toContain('spec.config.aggregation.tools[0].toolConfigRef.name is required');
    const docs = [withRef({}), toolConfig({ toolsOverride: { a: { name: 'not a valid name!' } } })];
    const r = one(...docs);
    const d = r.compile!.diagnostics.find((x) => x.path === 'aggregation.tools[0].overrides.a.name')!;
    expect(d.message).toContain(`MCPToolConfig ${NS}/docs-tools spec.toolsOverride.a.name`);
    expect(d.line).toBe(lineOf(docs, 'not a valid name!'));
  });
});

describe('MCPToolConfig overrides ToolHive refuses', () => {
  const withRef = (config: Obj) => toolhiveServer({ incomingAuth: { type: 'anonymous' }, config: { backends: [{ name: 'docs', url: 'https://docs.example.com/mcp', transport: 'streamable-http' }, { name: 'wiki', url: 'https://wiki.example.com/mcp', transport: 'streamable-http' }], aggregation: config } });
  // ToolHive's operator copies the override into the config, whose validator then refuses it when the vMCP starts
  // (pkg/vmcp/config/validator.go:455-461); empty name and description mean "unchanged" (converter), so annotations alone remain.
  it('annotations alone (or empty name and description): ConfigValid False, at the MCPToolConfig', () => {
    for (const override of [{ annotations: { readOnlyHint: true } }, { name: '', description: '', annotations: { title: 'T' } }]) {
      const r = one(withRef({ tools: [{ workload: 'docs', toolConfigRef: { name: 'docs-tools' } }] }), toolConfig({ toolsOverride: { a: override } }));
      expect(cond(r, 'ConfigValid')).toMatchObject({ status: 'False', reason: 'ConfigInvalid' });
      expect(cond(r, 'ConfigValid')!.message).toContain(`schema at MCPToolConfig ${NS}/docs-tools spec.toolsOverride.a: aggregation.tools[0].overrides.a: set at least one of name, description`);
    }
  });

  // ToolHive pkg/vmcp/aggregator/manual_resolver.go:113-117: under manual the two renamed tools fail every aggregation.
  it('manual, and an MCPToolConfig gives a tool the name another entry gives: V-16 at the MCPToolConfig', () => {
    const r = one(withRef({ conflictResolution: 'manual', tools: [{ workload: 'wiki', overrides: { find: { name: 'lookup' } } }, { workload: 'docs', toolConfigRef: { name: 'docs-tools' } }] }), toolConfig({ toolsOverride: { search: { name: 'lookup' } } }));
    expect(cond(r, 'ConfigValid')).toMatchObject({ status: 'False', reason: 'ConfigInvalid' });
    expect(cond(r, 'ConfigValid')!.message).toContain(`V-16 at MCPToolConfig ${NS}/docs-tools spec.toolsOverride.search.name: overrides give "find" of backend "wiki" and "search" of backend "docs" the same name "lookup"`);
  });
});

describe('ToolHive fields vmcp does not implement: "not supported yet", naming them', () => {
  it.each([
    ['spec.incomingAuth.authzConfig', { incomingAuth: { type: 'oidc', oidcConfigRef: { name: 'corp-oidc', audience: RESOURCE }, authzConfig: { type: 'inline', inline: { policies: ['permit(principal, action, resource);'] } } } }],
    ['spec.incomingAuth.authzConfigRef', { incomingAuth: { type: 'oidc', oidcConfigRef: { name: 'corp-oidc', audience: RESOURCE }, authzConfigRef: { name: 'cedar' } } }],
    ['spec.embeddingServerRef', { embeddingServerRef: { name: 'tei' } }],
    ['spec.sessionStorage.provider', { sessionStorage: { provider: 'redis', address: 'redis:6379' } }],
    ['spec.authServerConfig.delegateClients', { authServerConfig: inlineAuthServer({ delegateClients: [{ clientId: 'c', clientSecretRef: { name: 's', key: 'k' } }] }) }],
  ])('%s', (field, spec) => {
    const r = one(toolhiveServer(spec), oidcConfig());
    expect(cond(r, 'ConfigValid')).toMatchObject({ status: 'False', reason: 'NotSupportedYet' });
    expect(cond(r, 'ConfigValid')!.message).toContain(`${field}: `);
    expect(cond(r, 'ConfigValid')!.message).toContain('is not supported yet by vmcp');
  });

  it('beside a real mistake the reason is SpecInvalid, and both are reported', () => {
    const r = one(toolhiveServer({ embeddingServerRef: { name: 'tei' }, replicas: -1 }), oidcConfig());
    expect(cond(r, 'ConfigValid')).toMatchObject({ status: 'False', reason: 'SpecInvalid' });
    expect(cond(r, 'ConfigValid')!.message).toMatch(/embeddingServerRef.*not supported yet.*replicas must be >= 0|replicas must be >= 0.*embeddingServerRef.*not supported yet/);
  });

  it.each(['bearerToken', 'awsSts', 'obo', 'xaa'])('an outgoing MCPExternalAuthConfig of type %s', (type) => {
    const outgoingAuth = { source: 'inline', default: { type: 'externalAuthConfigRef', externalAuthConfigRef: { name: 'out' } } };
    const r = one(toolhiveServer({ outgoingAuth }), oidcConfig(), authConfig('out', { type, [type]: {} }));
    expect(cond(r, 'ConfigValid')).toMatchObject({ status: 'False', reason: 'ExternalAuthConfigInvalid' });
    expect(cond(r, 'ConfigValid')!.message).toContain(`spec.type: "${type}" is not supported yet by vmcp`);
  });

  it('provider memory session storage is what vmcp does anyway: accepted', () => {
    expect(one(toolhiveServer({ sessionStorage: { provider: 'memory' } }), oidcConfig()).status.phase).toBe('Ready');
  });
});

describe('Deployment and Service fields: accepted with a warning that says when they take effect', () => {
  it('serviceType, sessionAffinity, replicas, serviceAccount, podTemplateSpec, imagePullSecrets', () => {
    const spec = { serviceType: 'LoadBalancer', sessionAffinity: 'None', replicas: 3, serviceAccount: 'vmcp', podTemplateSpec: { spec: { containers: [{ name: 'vmcp' }] } }, imagePullSecrets: [{ name: 'regcred' }] };
    const docs = [toolhiveServer(spec), oidcConfig()];
    const r = one(...docs);
    expect(r.status.phase).toBe('Ready');
    const warnings = r.compile!.diagnostics.filter((d) => d.severity === 'warning' && d.message.includes('has no effect yet'));
    expect(warnings.map((w) => w.path).sort()).toEqual(Object.keys(spec).map((f) => `spec.${f}`).sort());
    expect(warnings.find((w) => w.path === 'spec.replicas')!.line).toBe(lineOf(docs, 'replicas: 3'));
    for (const f of Object.keys(spec)) expect(cond(r, 'ConfigValid')!.message).toContain(`spec.${f} (`);
  });
});

describe('spec.passthroughHeaders', () => {
  it("becomes config.passthroughHeaders; beside spec.config.passthroughHeaders it is refused (ToolHive drops the config's)", () => {
    const r = one(toolhiveServer({ passthroughHeaders: ['x-api-key'] }), oidcConfig());
    const where = r.compile!.diagnostics.map((d) => d.message).join('\n');
    // Accepted or refused by the YAML path's rules, the key it gets is config.passthroughHeaders, and diagnostics point back here.
    if (r.config) expect(r.config.passthroughHeaders).toEqual(['x-api-key']);
    else expect(where).toContain(`VirtualMCPServer ${NS}/gw spec.passthroughHeaders`);
    const both = one(toolhiveServer({ passthroughHeaders: ['a'], config: { passthroughHeaders: ['b'] } }), oidcConfig());
    expect(cond(both, 'ConfigValid')).toMatchObject({ status: 'False', reason: 'SpecInvalid' });
  });

  it('the RFC form still works next to the ToolHive one', () => {
    expect(one(server(), embeddedAuthServer()).status.phase).toBe('Ready');
  });
});
