import { compileSources, type FrozenPlan } from '../../../compiler/index.js';
import type { AuthServerPlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';

export interface ModeBOptions {
  /** Extra YAML lines under authServer.runConfig (indented 4 spaces). */
  runConfigExtra?: string[];
  /** The audience vmcp's tokens carry and its MCP endpoint accepts; default: the issuer itself. */
  audience?: string;
  /**
   * The issuer of a real upstream `corp`, which then keeps the compiler's defaults for redirect_uri and
   * insecure_allow_http, as a user's file would. Default: a placeholder nobody answers (127.0.0.1:9) with
   * both spelled out.
   */
  corpIssuer?: string;
  /** Let the incoming middleware fetch discovery and keys over plain http (needed when it does not resolve vmcp's own keys in-process). */
  incomingInsecureHttp?: boolean;
}

/**
 * A real Mode B plan from the real compiler, for an issuer known only once the test server listens.
 * Tests use the plan the runtime will get, not a hand-built object that could drift from it.
 */
export function compileModeB(issuer: string, opts: ModeBOptions = {}): { plan: FrozenPlan; authServer: DeepReadonly<AuthServerPlan> } {
  const audience = opts.audience ?? issuer;
  const yaml = [
    'name: as-test',
    'groupRef: g',
    'backends:',
    '  - name: gh',
    '    url: http://127.0.0.1:9/mcp',
    '    transport: streamable-http',
    'incomingAuth:',
    '  type: oidc',
    `  oidc: { issuer: "${issuer}", audience: "${audience}", jwksAllowPrivateIp: true${opts.incomingInsecureHttp ? ', insecureAllowHttp: true' : ''} }`,
    'outgoingAuth:',
    '  source: inline',
    '  default: { type: unauthenticated }',
    'authServer:',
    '  runConfig:',
    `    issuer: "${issuer}"`,
    '    upstreams:',
    '      - name: corp',
    '        type: oidc',
    '        oidc_config:',
    `          issuer_url: ${opts.corpIssuer ?? 'http://127.0.0.1:9'}`,
    '          client_id: vmcp',
    '          client_secret_env_var: CORP_SECRET',
    ...(opts.corpIssuer ? [] : [`          redirect_uri: ${issuer}/oauth/callback`, '          insecure_allow_http: true']),
    `    allowed_audiences: ["${audience}"]`,
    ...(opts.runConfigExtra ?? []),
  ].join('\n');
  const r = compileSources({ file: 'vmcp.yaml', bytes: yaml });
  if (!r.ok || !r.plan?.authServer) throw new Error(`test config does not compile: ${JSON.stringify(r.diagnostics)}`);
  return { plan: r.plan, authServer: r.plan.authServer };
}
