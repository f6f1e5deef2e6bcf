/** An outgoing-auth MCPExternalAuthConfig (any type but embeddedAuthServer) -> one vMCP backend auth strategy. */
import type { MCPExternalAuthConfigSpec, TokenExchangeConfig } from '../../generated/k8s-mcpexternalauthconfig.js';
import type { BackendAuthStrategy, TokenExchange } from '../../generated/vmcp-config.js';
import { defined } from './convert-auth-server.js';
import type { SecretRefs } from './secret-refs.js';

/** ToolHive's CRD accepts the short token type names; the vMCP config wants the RFC 8693 URNs. */
const TOKEN_TYPES: Record<string, string> = {
  access_token: 'urn:ietf:params:oauth:token-type:access_token',
  id_token: 'urn:ietf:params:oauth:token-type:id_token',
  jwt: 'urn:ietf:params:oauth:token-type:jwt',
};

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

function tokenExchange(t: TokenExchangeConfig, secrets: SecretRefs): TokenExchange {
  const subjectTokenType = t.subjectTokenType === undefined ? undefined : (TOKEN_TYPES[t.subjectTokenType] ?? t.subjectTokenType);
  return defined({
    tokenUrl: t.tokenUrl,
    clientId: t.clientId,
    clientSecretEnv: t.clientSecretRef ? secrets.env(t.clientSecretRef) : undefined,
    audience: t.audience,
    scopes: t.scopes,
    subjectTokenType: subjectTokenType as TokenExchange['subjectTokenType'],
    subjectProviderName: t.subjectProviderName,
  });
}
