import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, loadManifests, reconcileAll, secretEnvName, secretFilePath } from '../../compiler/k8s/index.js';
import type { VirtualMCPServer } from '../../generated/k8s-virtualmcpserver.js';
import { AUDIENCE, authConfig, embeddedAuthServer, ISSUER, server, yamlOf } from './manifests.js';

type Obj = Record<string, any>;
const configOf = (...docs: Obj[]) => reconcileAll(loadManifests([{ file: 'm.yaml', bytes: yamlOf(...docs) }]))[0]!;

describe('secret reference names', () => {
  it('the documented scheme', () => {
    expect(secretEnvName({ name: 'corp-idp', key: 'client.secret' })).toBe('VMCP_SECRET_CORP_IDP_CLIENT_SECRET');
    expect(secretFilePath({ name: 'as-keys', key: 'key-0.pem' })).toBe('/etc/vmcp/secrets/as-keys/key-0.pem');
  });

  it('every Secret name and key gives a valid env var name, the same one each time', () => {
    const dns = fc.stringMatching(/^[a-z0-9]([a-z0-9.-]{0,40}[a-z0-9])?$/);
    const key = fc.stringMatching(/^[-._a-zA-Z0-9]{1,40}$/);
    fc.assert(
      fc.property(dns, key, (name, k) => {
        const env = secretEnvName({ name, key: k });
        expect(env).toMatch(/^VMCP_SECRET_[A-Z0-9_]+$/);
        expect(secretEnvName({ name, key: k })).toBe(env);
      }),
    );
  });
});

describe('convert', () => {
  it('maps the RFC form of incoming OIDC to the config keys (capital IP -> Ip, secret ref -> env)', () => {
    const spec = {
      incomingAuth: {
        type: 'oidc',
        oidcConfig: { type: 'inline', inline: { issuer: ISSUER, audience: AUDIENCE, jwksAllowPrivateIP: true, protectedResourceAllowPrivateIP: false, insecureAllowHTTP: true, clientSecretRef: { name: 'oidc', key: 's' } } },
      },
    };
    const { config } = convert({ server: server(spec) as unknown as VirtualMCPServer, namespace: 'tools', outgoing: new Map() });
    expect(config.incomingAuth).toEqual({
      type: 'oidc',
      oidc: { issuer: ISSUER, audience: AUDIENCE, clientSecretEnv: 'VMCP_SECRET_OIDC_S', protectedResourceAllowPrivateIp: false, jwksAllowPrivateIp: true, insecureAllowHttp: true },
    });
  });

  it('keeps an explicit aggregation, adding only the prefix format prefix resolution needs', () => {
    const withTools = configOf(server({ authServerConfigRef: undefined, config: { aggregation: { tools: [{ workload: 'docs', excludeAll: true }] }, backends: [{ name: 'docs', url: 'https://d.example.com/mcp', transport: 'sse' }] } }));
    expect(withTools.config!.aggregation).toEqual({ tools: [{ workload: 'docs', excludeAll: true }], conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}_' } });
  });

  it('oauth2 upstreams with identityFromToken, a Redis address and its default key prefix, and token types by short name', () => {
    const as = embeddedAuthServer({
      upstreamProviders: [
        { name: 'atl', type: 'oauth2', oauth2Config: { authorizationEndpoint: 'https://a.example.com/authorize', tokenEndpoint: 'https://a.example.com/token', clientId: 'c', identityFromToken: { subjectPath: 'account_id', emailPath: 'email' } } },
      ],
      storage: { type: 'redis', redis: { addr: 'redis:6379', aclUserConfig: { passwordSecretRef: { name: 'redis', key: 'pw' } } } },
    });
    const tx = authConfig('tx', { type: 'tokenExchange', tokenExchange: { tokenUrl: 'https://sts.example.com/token', subjectTokenType: 'jwt', subjectProviderName: 'atl' } });
    const r = configOf(server({ outgoingAuth: { default: { type: 'externalAuthConfigRef', externalAuthConfigRef: { name: 'tx' } } } }), as, tx);
    expect(r.status.phase).toBe('Ready');
    const rc = (r.config!.authServer as Obj).runConfig;
    expect(rc.upstreams[0].oauth2_config.identity_from_token).toEqual({ subject_path: 'account_id', email_path: 'email' });
    expect(rc.storage.redis_config).toEqual({ addr: 'redis:6379', auth_type: 'aclUser', acl_user_config: { password_env_var: 'TOOLHIVE_AUTH_SERVER_REDIS_PASSWORD' }, key_prefix: 'vmcp:as:tools:gw:' });
    // The converted config keeps the short name; the one plan builder turns it into the URN (compiler/plan/token-types.ts).
    expect((r.config!.outgoingAuth as Obj).default.tokenExchange.subjectTokenType).toBe('jwt');
    expect(r.compile!.plan!.backends[0]!.outgoingAuth).toMatchObject({ type: 'token_exchange', subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt' });
  });

  it('an upstreamInject config without a providerName is reported by V-06 at the MCPExternalAuthConfig', () => {
    const inject = authConfig('inject', { type: 'upstreamInject' });
    const r = configOf(server({ outgoingAuth: { default: { type: 'externalAuthConfigRef', externalAuthConfigRef: { name: 'inject' } } } }), embeddedAuthServer(), inject);
    const cfg = r.status.conditions.find((c) => c.type === 'ConfigValid')!;
    expect(cfg).toMatchObject({ status: 'False', reason: 'ConfigInvalid' });
    expect(cfg.message).toContain('V-06 at MCPExternalAuthConfig tools/inject');
  });

  it('diagnostics on spec.config point at the manifest line', () => {
    const text = yamlOf(server({ authServerConfigRef: undefined, config: { backends: [{ name: 'docs', url: 'ftp://docs.example.com', transport: 'sse' }] } }));
    const r = reconcileAll(loadManifests([{ file: 'm.yaml', bytes: text }]))[0]!;
    const d = r.compile!.diagnostics.find((x) => x.path === 'backends[0].url')!;
    expect(d.file).toBe('m.yaml');
    expect(d.line).toBe(text.split('\n').findIndex((l) => l.includes('ftp://docs.example.com')) + 1);
    expect(d.message).toContain('VirtualMCPServer tools/gw spec.config.backends[0].url');
  });
});
