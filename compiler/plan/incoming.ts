import type { IncomingAuthPlan } from '../../generated/plan.js';
import type { IncomingAuth } from '../../generated/vmcp-config.js';
import { envRef } from './secrets.js';

export function buildIncoming(incoming: IncomingAuth): IncomingAuthPlan {
  const oidc = incoming.oidc;
  if (incoming.type !== 'oidc' || !oidc) return { type: incoming.type };
  return {
    type: 'oidc',
    oidc: {
      issuer: oidc.issuer,
      audience: oidc.audience,
      resource: oidc.resource ?? null,
      scopes: oidc.scopes ?? [],
      jwksUrl: oidc.jwksUrl ?? null,
      clientId: oidc.clientId || null,
      clientSecret: oidc.clientSecretEnv ? envRef(oidc.clientSecretEnv) : null,
      // ToolHive ORs the two flags into one allowance for the token validator.
      allowPrivateIp: oidc.jwksAllowPrivateIp === true || oidc.protectedResourceAllowPrivateIp === true,
      insecureAllowHttp: oidc.insecureAllowHttp === true,
      caBundlePath: oidc.caBundlePath ?? null,
      ...(oidc.requiredTokenType !== undefined ? { requiredTokenType: oidc.requiredTokenType } : {}),
    },
  };
}
