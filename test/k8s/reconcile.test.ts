import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { withStartChecks } from '../../cli/start-checks.js';
import { compileSources } from '../../compiler/index.js';
import { loadManifests, reconcileAll, type ServerResult } from '../../compiler/k8s/index.js';
import { AUDIENCE, authConfig, embeddedAuthServer, ISSUER, NS, server, yamlOf } from './manifests.js';

type Obj = Record<string, unknown>;
const run = (...docs: Obj[]): ServerResult[] => reconcileAll(loadManifests([{ file: 'm.yaml', bytes: yamlOf(...docs) }]));
const one = (...docs: Obj[]): ServerResult => run(...docs)[0]!;
const cond = (r: ServerResult, type: string) => r.status.conditions.find((c) => c.type === type);
const asCond = (r: ServerResult) => cond(r, 'AuthServerConfigValid');
const cfgCond = (r: ServerResult) => cond(r, 'ConfigValid');

function expectAuthServerFailure(r: ServerResult, reason: string, ...inMessage: string[]) {
  expect(r.status.phase).toBe('Failed');
  expect(r.config).toBeNull();
  expect(asCond(r)).toMatchObject({ status: 'False', reason });
  for (const text of inMessage) expect(asCond(r)!.message).toContain(text);
}

describe('reconcile: success', () => {
  it('Mode B: AuthServerConfigValid True, allowed_audiences is the incoming audience, phase Ready', () => {
    const r = one(server(), embeddedAuthServer());
    expect(r.status.phase).toBe('Ready');
    expect(asCond(r)).toMatchObject({ status: 'True', reason: 'AuthServerConfigValid' });
    expect(cfgCond(r)).toMatchObject({ status: 'True', reason: 'ConfigValid' });
    const rc = (r.config!.authServer as { runConfig: Obj }).runConfig;
    expect(rc.allowed_audiences).toEqual([AUDIENCE]);
    expect((r.config!.incomingAuth as { oidc: Obj }).oidc.jwksAllowPrivateIp).toBe(true);
  });

  it('Mode A: no ref, no AuthServerConfigValid condition, defaults for outgoingAuth and aggregation', () => {
    const r = one(server({ authServerConfigRef: undefined }));
    expect(r.status.phase).toBe('Ready');
    expect(asCond(r)).toBeUndefined();
    expect(r.config!.authServer).toBeUndefined();
    expect(r.config!.outgoingAuth).toEqual({ source: 'discovered' });
    expect(r.config!.aggregation).toEqual({ conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}_' } });
  });

  it('secret refs become deterministic env var and file names; no value from a Secret reaches the output', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'corp-idp', namespace: NS }, stringData: { secret: 's3cr3t-value-xyz' } };
    const r = one(secret, server(), embeddedAuthServer({ signingKeySecretRefs: [{ name: 'keys', key: 'k1.pem' }], hmacSecretRefs: [{ name: 'hmac', key: 'h' }] }));
    const out = JSON.stringify(r);
    expect(out).not.toContain('s3cr3t-value-xyz');
    expect(out).toContain('"client_secret_env_var":"VMCP_SECRET_CORP_IDP_SECRET"');
    expect(out).toContain('"signing_key_file":"/etc/vmcp/secrets/keys/k1.pem"');
    expect(r.secrets).toContainEqual({ secret: 'hmac', key: 'h', file: '/etc/vmcp/secrets/hmac/h' });
  });

  it('ignores status (written by controllers, possibly with fields of their own)', () => {
    const withStatus = { ...server(), status: { phase: 'Ready', url: 'http://x', conditions: [{ type: 'Ready', status: 'True' }] } };
    expect(one(withStatus, embeddedAuthServer()).status.phase).toBe('Ready');
  });

  it('the order of documents does not change the result', () => {
    const docs = [server(), embeddedAuthServer(), server({ authServerConfigRef: undefined }, 'a-first')];
    expect(JSON.stringify(run(...docs))).toBe(JSON.stringify(run(...[...docs].reverse())));
    expect(run(...docs).map((r) => r.name)).toEqual(['a-first', 'gw']);
  });
});

describe('reconcile: each cause has its own reason', () => {
  it('an authServerConfigRef with an empty name fails structurally', () => {
    const r = one(server({ authServerConfigRef: { name: '' } }), embeddedAuthServer());
    expectAuthServerFailure(r, 'AuthServerConfigRefEmpty', 'spec.authServerConfigRef.name');
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'AuthServerConfigInvalid' });
  });

  it('a missing MCPExternalAuthConfig', () => {
    expectAuthServerFailure(one(server()), 'AuthServerConfigNotFound', '"as"', `"${NS}"`);
  });

  it('an MCPExternalAuthConfig in another namespace (found only there, or named with another namespace)', () => {
    expectAuthServerFailure(one(server(), embeddedAuthServer({}, 'as', 'elsewhere')), 'AuthServerConfigCrossNamespace', '"elsewhere"', `create it in "${NS}"`);
    expectAuthServerFailure(one(server({ authServerConfigRef: { name: 'as', namespace: 'other' } }), embeddedAuthServer()), 'AuthServerConfigCrossNamespace', 'namespace');
  });

  it('a type other than embeddedAuthServer', () => {
    const r = one(server(), authConfig('as', { type: 'upstreamInject', upstreamInject: { providerName: 'corp' } }));
    expectAuthServerFailure(r, 'AuthServerConfigWrongType', '"upstreamInject"', 'embeddedAuthServer');
  });

  it('V-04: issuers differ (exact compare, a trailing slash counts)', () => {
    const r = one(server(), embeddedAuthServer({ issuer: 'https://other.example.com' }));
    expectAuthServerFailure(r, 'AuthServerIssuerMismatch', 'V-04', 'spec.embeddedAuthServer.issuer', 'spec.incomingAuth.oidcConfig.inline.issuer', 'https://other.example.com');
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'AuthServerConfigInvalid' });
    const slash = one(server(), embeddedAuthServer({ issuer: `${ISSUER}/` }));
    expect(asCond(slash)!.reason).toBe('AuthServerIssuerMismatch');
  });

  it('V-07: an empty or missing incoming audience fails', () => {
    const inline = (audience?: string) => ({ type: 'oidc', oidcConfig: { type: 'inline', inline: { issuer: ISSUER, ...(audience === undefined ? {} : { audience }) } } });
    expectAuthServerFailure(one(server({ incomingAuth: inline('') }), embeddedAuthServer()), 'AudienceMissing', 'V-07', 'audience');
    expectAuthServerFailure(one(server({ incomingAuth: inline() }), embeddedAuthServer()), 'AudienceMissing', 'V-07');
  });

  it('V-08: an auth server with anonymous incoming auth', () => {
    expectAuthServerFailure(one(server({ incomingAuth: { type: 'anonymous' } }), embeddedAuthServer()), 'IncomingAuthNotOidc', 'V-08', 'oidc');
  });

  it('other rules on the converted auth server (V-05, V-02) fail as AuthServerConfigInvalid with the rule id and the manifest field', () => {
    const v05 = one(server(), embeddedAuthServer({ tokenLifespans: { accessTokenLifespan: '2h', refreshTokenLifespan: '1h' } }));
    expectAuthServerFailure(v05, 'AuthServerConfigInvalid', 'V-05', `MCPExternalAuthConfig ${NS}/as spec.embeddedAuthServer.tokenLifespans.refreshTokenLifespan`);
    const inject = authConfig('inject', { type: 'upstreamInject', upstreamInject: { providerName: 'github' } });
    const outgoingAuth = { source: 'inline', default: { type: 'externalAuthConfigRef', externalAuthConfigRef: { name: 'inject' } } };
    const v02 = one(server({ outgoingAuth }), embeddedAuthServer(), inject);
    expectAuthServerFailure(v02, 'AuthServerConfigInvalid', 'V-02', `MCPExternalAuthConfig ${NS}/inject spec.upstreamInject.providerName`);
  });

  it('an MCPExternalAuthConfig that fails its CRD schema', () => {
    const r = one(server(), authConfig('as', { type: 'embeddedAuthServer', embeddedAuthServer: { issuer: ISSUER } }));
    expectAuthServerFailure(r, 'AuthServerConfigInvalid', 'upstreamProviders is required');
  });

  it('rules that are not about the auth server fail ConfigValid only', () => {
    const outgoingAuth = { source: 'inline', backends: { nosuch: { type: 'discovered' } } };
    const r = one(server({ outgoingAuth }), embeddedAuthServer());
    expect(r.status.phase).toBe('Failed');
    expect(asCond(r)).toMatchObject({ status: 'True' });
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'ConfigInvalid' });
    expect(cfgCond(r)!.message).toContain(`V-09 at VirtualMCPServer ${NS}/gw spec.outgoingAuth.backends.nosuch`);
  });

  it('a VirtualMCPServer that fails its schema or cross-field rules: SpecInvalid, auth server not checked', () => {
    const r = one(server({ incomingAuth: { type: 'oidc', oidcConfig: { type: 'inline', inline: { issuer: ISSUER, audience: AUDIENCE, jwksAllowPrivateIp: true } } } }), embeddedAuthServer());
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'SpecInvalid' });
    expect(cfgCond(r)!.message).toContain('jwksAllowPrivateIp is not a field');
    expect(asCond(r)).toMatchObject({ status: 'Unknown', reason: 'NotChecked' });
    const reserved = one(server({ config: { incomingAuth: { type: 'anonymous' } } }), embeddedAuthServer());
    expect(cfgCond(reserved)).toMatchObject({ status: 'False', reason: 'SpecInvalid' });
    expect(cfgCond(reserved)!.message).toContain('spec.config.incomingAuth');
  });

  it('a stdio backend (a program run in the pod) is refused: in Kubernetes backends are network servers', () => {
    const r = one(server({ config: { backends: [{ name: 'local', transport: 'stdio', command: 'npx' }] } }), embeddedAuthServer());
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'SpecInvalid' });
    expect(cfgCond(r)!.message).toContain('spec.config.backends[0].transport stdio is for vmcp run from a config file: in Kubernetes a backend is a network server');
  });

  it('a misspelt apiVersion is reported, not skipped', () => {
    const r = one({ ...server({ authServerConfigRef: undefined }), apiVersion: 'toolhive.stacklok.io/v1alpha1' });
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'SpecInvalid' });
    expect(cfgCond(r)!.message).toContain('apiVersion must be one of "toolhive.stacklok.dev/v1beta1", "toolhive.stacklok.dev/v1alpha1"');
  });

  it('outgoing refs: missing, of type embeddedAuthServer, or invalid', () => {
    const ref = (name: string) => ({ outgoingAuth: { source: 'inline', default: { type: 'externalAuthConfigRef', externalAuthConfigRef: { name } } } });
    expect(cfgCond(one(server(ref('gone')), embeddedAuthServer()))).toMatchObject({ status: 'False', reason: 'ExternalAuthConfigNotFound' });
    expect(cfgCond(one(server(ref('as')), embeddedAuthServer()))).toMatchObject({ status: 'False', reason: 'ExternalAuthConfigWrongType' });
    const bad = authConfig('hdr', { type: 'headerInjection' });
    const r = one(server(ref('hdr')), embeddedAuthServer(), bad);
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'ExternalAuthConfigInvalid' });
    expect(cfgCond(r)!.message).toContain('spec.headerInjection is required');
  });

  it('two secret keys that would share an env var', () => {
    const providers = [
      { name: 'a', type: 'oidc', oidcConfig: { issuerUrl: 'https://a.example.com', clientId: 'a', clientSecretRef: { name: 'x-y', key: 'z' } } },
      { name: 'b', type: 'oidc', oidcConfig: { issuerUrl: 'https://b.example.com', clientId: 'b', clientSecretRef: { name: 'x', key: 'y-z' } } },
    ];
    const r = one(server(), embeddedAuthServer({ upstreamProviders: providers }));
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'SecretRefConflict' });
    expect(cfgCond(r)!.message).toContain('VMCP_SECRET_X_Y_Z');
  });
});

describe('reconcile: what vmcp serve would refuse at start for the config alone (rule serve, as vmcp validate)', () => {
  const inline = (extra: Obj) => ({ incomingAuth: { type: 'oidc', oidcConfig: { type: 'inline', inline: { audience: AUDIENCE, ...extra } } } });
  const yamlFor = (oidc: Obj) => stringify({ name: 'gw', backends: [{ name: 'docs', url: 'https://docs.example.com/mcp', transport: 'streamable-http' }], incomingAuth: { type: 'oidc', oidc: { audience: AUDIENCE, ...oidc } } });
  /** What `vmcp validate` says of the same settings written as a config file. */
  const validateSays = async (oidc: Obj) => (await withStartChecks(compileSources({ file: 'c.yaml', bytes: yamlFor(oidc) }), { machine: false })).diagnostics;

  it('an incoming issuer over plain http off loopback fails ConfigValid, in the words validate uses', async () => {
    const issuer = 'http://keycloak.auth.svc.cluster.local/realms/team';
    const r = one(server({ authServerConfigRef: undefined, ...inline({ issuer }) }));
    expect(r.status.phase).toBe('Failed');
    expect(r.config).toBeNull();
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'ConfigInvalid' });
    const [said] = await validateSays({ issuer });
    expect(said).toMatchObject({ severity: 'error', rule: 'serve', path: 'incomingAuth.oidc.issuer' });
    expect(cfgCond(r)!.message).toBe(`serve at VirtualMCPServer ${NS}/gw spec.incomingAuth.oidcConfig.inline.issuer: ${said!.message}`);
    // With the opt-in the same server is Ready.
    expect(one(server({ authServerConfigRef: undefined, ...inline({ issuer, insecureAllowHTTP: true }) })).status.phase).toBe('Ready');
  });

  it('an issuer at a private IP literal without jwksAllowPrivateIP, pointed at by compile --k8s at the manifest line', () => {
    const r = one(server({ authServerConfigRef: undefined, ...inline({ issuer: 'https://10.20.30.40/realms/team' }) }));
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'ConfigInvalid' });
    expect(cfgCond(r)!.message).toMatch(/^serve at VirtualMCPServer tools\/gw spec\.incomingAuth\.oidcConfig\.inline\.issuer: incomingAuth\.oidc\.issuer: /);
    const d = r.compile!.diagnostics.find((x) => x.rule === 'serve')!;
    const line = yamlOf(server({ authServerConfigRef: undefined, ...inline({ issuer: 'https://10.20.30.40/realms/team' }) })).split('\n').findIndex((l) => l.includes('10.20.30.40')) + 1;
    expect([d.file, d.line]).toEqual(['m.yaml', line]);
  });

  it("under the auth server (a Redis port out of range) it is V-05 in the auth server's condition", () => {
    const storage = { type: 'redis', redis: { addr: 'redis:99999', aclUserConfig: { passwordSecretRef: { name: 'redis', key: 'pw' } } } };
    const r = one(server(), embeddedAuthServer({ storage }));
    expectAuthServerFailure(r, 'AuthServerConfigInvalid', `V-05 at MCPExternalAuthConfig ${NS}/as spec.embeddedAuthServer.storage.redis.addr`, 'redis address "redis:99999" is not host:port');
    expect(cfgCond(r)).toMatchObject({ status: 'False', reason: 'AuthServerConfigInvalid' });
  });

  it("not what the pod's machine provides: Secrets are mounted there, so unset env vars pass", () => {
    const r = one(server(), embeddedAuthServer());
    expect(process.env.VMCP_SECRET_CORP_IDP_SECRET).toBeUndefined();
    expect(JSON.stringify(r.config)).toContain('VMCP_SECRET_CORP_IDP_SECRET');
    expect(r.status.phase).toBe('Ready');
  });
});
