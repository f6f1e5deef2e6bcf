import type { Route } from '../../generated/plan.js';
import type { VmcpConfig } from '../../generated/vmcp-config.js';
import { parseUrl } from '../urls.js';

/** Where MCP clients connect; the catch-all serves it. */
export const MCP_ENDPOINT_PATH = '/mcp';
const PRM = '/.well-known/oauth-protected-resource';

/**
 * The contract's route table (docs: rfc-0053-contract.md). Mode A tables never change when Mode B code is
 * added: the auth-server routes are appended only when the config has an auth server.
 */
export function buildRoutes(config: VmcpConfig): Route[] {
  const open = (path: string, handler: Route['handler'], match: Route['match'] = 'exact'): Route => ({ path, match, auth: 'none', handler });
  const routes: Route[] = [
    open('/health', 'health'),
    open('/ping', 'health'),
    open('/readyz', 'readyz'),
    open('/status', 'status'),
    open('/api/backends/health', 'backends_health'),
  ];
  if (config.telemetry?.enablePrometheusMetricsPath === true) routes.push(open('/metrics', 'metrics'));
  if (config.incomingAuth.type === 'oidc') {
    routes.push(open(PRM, 'protected_resource_metadata'));
    for (const suffix of protectedResourceSuffixes(config.incomingAuth.oidc?.resource)) {
      routes.push(open(`${PRM}${suffix}`, 'protected_resource_metadata'));
    }
  }
  if (config.authServer) {
    routes.push(
      open('/.well-known/openid-configuration', 'as_openid_configuration', 'prefix'),
      open('/.well-known/oauth-authorization-server', 'as_authorization_server_metadata', 'prefix'),
      open('/.well-known/jwks.json', 'as_jwks'),
      open('/oauth', 'as_oauth', 'prefix'),
    );
  }
  routes.push({ path: '/', match: 'prefix', auth: 'required', handler: 'mcp' });
  return routes;
}

/** RFC 9728 section 3.1: the metadata also lives at the well-known path with the resource's path appended. */
function protectedResourceSuffixes(resource: string | undefined): string[] {
  const suffixes = new Set([MCP_ENDPOINT_PATH]);
  const path = resource === undefined ? '' : (parseUrl(resource)?.pathname ?? '');
  if (path !== '' && path !== '/') suffixes.add(path.replace(/\/$/, ''));
  return [...suffixes].sort();
}
