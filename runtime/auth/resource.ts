/**
 * The protected resource's identity (RFC 9728). With `resource` configured it is that URL, and its
 * metadata lives at its origin + /.well-known/oauth-protected-resource + its path. ToolHive leaves both
 * out when `resource` is empty, which leaves MCP clients nothing to discover; we derive them from the
 * origin the client used and the MCP endpoint instead, so a config without `resource` still works.
 */
import type { DeepReadonly } from '../../common/freeze.js';
import type { IncomingOidcPlan } from '../../generated/plan.js';

export const PRM_PATH = '/.well-known/oauth-protected-resource';
export const MCP_ENDPOINT_PATH = '/mcp';

export function resourceUrl(oidc: DeepReadonly<IncomingOidcPlan>, origin: string): string {
  return oidc.resource ?? `${origin}${MCP_ENDPOINT_PATH}`;
}

export function protectedResourceMetadataUrl(oidc: DeepReadonly<IncomingOidcPlan>, origin: string): string {
  const resource = resourceUrl(oidc, origin);
  let u: URL;
  try {
    u = new URL(resource);
  } catch {
    return `${origin}${PRM_PATH}${MCP_ENDPOINT_PATH}`;
  }
  const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
  return `${u.origin}${PRM_PATH}${path}`;
}
