/**
 * The paths a plan's server answers, one row each. The plan's routes say which handler serves what; two
 * handlers answer fixed paths under their prefix route (the MCP endpoint under `/`, the OAuth endpoints under
 * `/oauth`), so those rows come from the runtime's own constants. Every row is checked with the runtime's
 * router, so a path another route shadows is not shown.
 */
import type { HandlerName } from '../../generated/plan.js';
import { MCP_ENDPOINT_PATH } from '../../runtime/auth/resource.js';
import { OAUTH_ENDPOINTS, OAUTH_PREFIX, type OAuthEndpoint } from '../../runtime/auth-server/oauth-router.js';
import type { RuntimePlan } from '../../runtime/contract.js';
import { buildRouter, type PlanRoute } from '../../runtime/router.js';

export interface RouteRow {
  path: string;
  /** prefix: the path and anything below it. */
  match: 'exact' | 'prefix';
  handler: HandlerName;
  /** required: the incoming auth of the plan runs before the handler. */
  auth: 'none' | 'required';
  serves: string;
  /** The plan route that carries this path (the MCP endpoint and the OAuth endpoints sit under a prefix route). */
  route: { path: string; match: 'exact' | 'prefix' };
}

// A Record, so a handler added to the plan schema cannot be left without a description.
const SERVES: Record<HandlerName, string> = {
  health: 'liveness: {"status":"ok"}',
  readyz: 'readiness: {"status":"ready"}',
  status: "each backend's health, transport and auth type (ToolHive's shape)",
  backends_health: "each backend's health (ToolHive's shape)",
  metrics: 'Prometheus metrics',
  protected_resource_metadata: 'RFC 9728 protected resource metadata: where clients get a token',
  mcp: 'the MCP endpoint: the tools, prompts and resources of every backend',
  as_openid_configuration: "the auth server's OpenID configuration (also at any path below it)",
  as_authorization_server_metadata: "the auth server's RFC 8414 metadata (also at any path below it)",
  as_jwks: "the auth server's public signing keys",
  as_oauth: 'the OAuth endpoints',
};

const OAUTH_SERVES: Record<OAuthEndpoint, string> = {
  register: 'OAuth dynamic client registration (RFC 7591)',
  authorize: 'OAuth authorization: starts the sign-in at the upstream IdPs',
  consent: "the user's consent to the client",
  callback: 'where the upstream IdPs send the user back',
  token: 'OAuth token endpoint: authorization code and refresh grants',
};

export function routeRows(plan: RuntimePlan): RouteRow[] {
  const router = buildRouter(plan.routes);
  return plan.routes.flatMap((r) =>
    answered(r)
      .filter((row) => router.match(row.path) === r)
      .map((row): RouteRow => ({ ...row, handler: r.handler, auth: r.auth, route: { path: r.path, match: r.match } })),
  );
}

function answered(r: PlanRoute): Pick<RouteRow, 'path' | 'match' | 'serves'>[] {
  if (r.handler === 'mcp') return [{ path: MCP_ENDPOINT_PATH, match: 'exact', serves: SERVES.mcp }];
  if (r.handler === 'as_oauth') return OAUTH_ENDPOINTS.map((e) => ({ path: `${OAUTH_PREFIX}/${e}`, match: 'exact', serves: OAUTH_SERVES[e] }));
  return [{ path: r.path, match: r.match, serves: SERVES[r.handler] }];
}
