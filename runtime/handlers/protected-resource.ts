/**
 * RFC 9728 protected resource metadata, at /.well-known/oauth-protected-resource and its path-suffixed
 * forms. Browser-based MCP clients fetch it cross-origin, hence ToolHive's CORS headers and OPTIONS 204.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import type { RouteHandler } from '../contract.js';
import { resourceUrl } from '../auth/resource.js';
import { allowRead, notFound, sendJson } from '../http/respond.js';

export const protectedResourceMetadata: RouteHandler = (req, res, { plan, origin }) => {
  const oidc = plan.incomingAuth.oidc;
  if (!oidc) return notFound(res);
  const cors: OutgoingHttpHeaders = {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, OPTIONS',
    'access-control-allow-headers': 'mcp-protocol-version, Content-Type, Authorization',
    'access-control-max-age': '86400',
    ...(req.headers.origin ? { vary: 'Origin' } : {}),
  };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors);
    return void res.end();
  }
  if (!allowRead(req.method, res, ['OPTIONS'])) return;
  sendJson(
    res,
    200,
    {
      resource: resourceUrl(oidc, origin),
      authorization_servers: [oidc.issuer],
      bearer_methods_supported: ['header'],
      scopes_supported: oidc.scopes.length > 0 ? oidc.scopes : ['openid'],
    },
    cors,
  );
};
