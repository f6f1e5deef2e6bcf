/** An outgoing-auth MCPExternalAuthConfig (any type but embeddedAuthServer) -> one vMCP backend auth strategy. */
import type { MCPExternalAuthConfigSpec, TokenExchangeConfig } from '../../generated/k8s-mcpexternalauthconfig.js';
import type { BackendAuthStrategy, TokenExchange } from '../../generated/vmcp-config.js';
import { defined } from './convert-auth-server.js';
import type { SecretRefs } from './secret-refs.js';

export function convertStrategy(spec: MCPExternalAuthConfigSpec, secrets: SecretRefs): BackendAuthStrategy {
  switch (spec.type) {
    case 'headerInjection': {
      const h = spec.headerInjection!;
      return { type: 'header_injection', headerInjection: { headerName: h.headerName, headerValueEnv: secrets.env(h.valueSecretRef) } };
    }
    case 'tokenExchange':
      return { type: 'token_exchange', tokenExchange: tokenExchange(spec.tokenExchange!, secrets) };
    case 'upstreamInject':
      return defined({ type: 'upstream_inject' as const, upstreamInject: spec.upstreamInject ? defined({ ...spec.upstreamInject }) : undefined });
    default:
      return { type: 'unauthenticated' };
  }
}

/**
 * subjectTokenType goes through as written: the vMCP config takes the URN and ToolHive's short names alike, and
 * the plan builder maps them (compiler/plan/token-types.ts), so both paths have one mapping.
 */
function tokenExchange(t: TokenExchangeConfig, secrets: SecretRefs): TokenExchange {
  return defined({
    tokenUrl: t.tokenUrl,
    clientId: t.clientId,
    clientSecretEnv: t.clientSecretRef ? secrets.env(t.clientSecretRef) : undefined,
    audience: t.audience,
    scopes: t.scopes,
    subjectTokenType: t.subjectTokenType as TokenExchange['subjectTokenType'],
    subjectProviderName: t.subjectProviderName,
  });
}
