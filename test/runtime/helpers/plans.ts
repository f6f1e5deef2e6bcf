/** Plans for runtime tests, compiled from small configs by the real compiler. */
import type { RuntimePlan } from '../../../runtime/contract.js';
import { compileYaml } from '../../helpers/compile.js';

export function planOf(yaml: string): RuntimePlan {
  const result = compileYaml(yaml);
  if (!result.ok || !result.plan) throw new Error(`test config does not compile: ${JSON.stringify(result.diagnostics)}`);
  return result.plan;
}

/** An OIDC plan whose issuer is a loopback test issuer (so private addresses and http are allowed). */
export function oidcPlan(
  issuer: string,
  extra: { jwksUrl?: string; resource?: string; scopes?: string[]; audience?: string; telemetry?: boolean; requiredTokenType?: string } = {},
): RuntimePlan {
  const oidc: Record<string, unknown> = { issuer, audience: extra.audience ?? 'vmcp', jwksAllowPrivateIp: true, insecureAllowHttp: true };
  if (extra.jwksUrl) oidc.jwksUrl = extra.jwksUrl;
  if (extra.resource) oidc.resource = extra.resource;
  if (extra.scopes) oidc.scopes = extra.scopes;
  if (extra.requiredTokenType) oidc.requiredTokenType = extra.requiredTokenType;
  return planOf(
    JSON.stringify({
      name: 'rt',
      groupRef: 'g',
      backends: [{ name: 'one', url: 'http://127.0.0.1:9/mcp', transport: 'streamable-http' }],
      incomingAuth: { type: 'oidc', oidc },
      ...(extra.telemetry ? { telemetry: { enablePrometheusMetricsPath: true } } : {}),
    }),
  );
}

export const anonymousPlan = (): RuntimePlan =>
  planOf(
    JSON.stringify({
      name: 'anon',
      groupRef: 'g',
      backends: [
        { name: 'one', url: 'http://127.0.0.1:9/mcp', transport: 'streamable-http' },
        { name: 'two', url: 'http://127.0.0.1:10/mcp', transport: 'sse' },
      ],
      incomingAuth: { type: 'anonymous' },
    }),
  );
