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
