import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestContext, RouteHandler } from '../contract.js';
import { sendJson } from '../http/respond.js';

export const OAUTH_PREFIX = '/oauth';

/** The endpoints under /oauth, each at /oauth/<name>; a list so `vmcp explain` shows the paths served. */
export const OAUTH_ENDPOINTS = ['register', 'authorize', 'consent', 'callback', 'token'] as const;
export type OAuthEndpoint = (typeof OAUTH_ENDPOINTS)[number];

/**
 * `as_oauth`: the plan mounts /oauth as one prefix route; this routes it to the endpoint by exact path.
 * Any other path, and an endpoint not given (startAuthServer without `flow` serves registration only), is
 * a JSON 404 `{"error":"not_found"}` (not an OAuth error: there is no endpoint to have one), never the MCP
 * catch-all.
 */
export function oauthRouter(endpoints: Partial<Record<OAuthEndpoint, RouteHandler>>): RouteHandler {
  const byPath = new Map<string, RouteHandler>();
  for (const [name, h] of Object.entries(endpoints)) if (h !== undefined) byPath.set(`${OAUTH_PREFIX}/${name}`, h);
  return (req: IncomingMessage, res: ServerResponse, ctx: RequestContext) => {
    const handler = byPath.get(ctx.path);
    if (handler === undefined) {
      sendJson(res, 404, { error: 'not_found' }, { 'Cache-Control': 'no-store' });
      return;
    }
    return handler(req, res, ctx);
  };
}
