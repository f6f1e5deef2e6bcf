import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthServerPlan } from '../../generated/plan.js';
import type { DeepReadonly } from '../../common/freeze.js';
import type { RequestContext, RouteHandler } from '../contract.js';
import { sendJson } from '../http/respond.js';
import { refuseMethod, setCors } from './http.js';
import { authorizationServerMetadata, jwksDocument, openIdConfiguration } from './metadata.js';
import type { SigningKeySet } from './signing-keys.js';

export const OPENID_CONFIGURATION_PATH = '/.well-known/openid-configuration';
export const AS_METADATA_PATH = '/.well-known/oauth-authorization-server';

/**
 * Metadata changes only on restart, so caches may keep it an hour. The JWKS is kept shorter: a key added
 * for a rotation must reach verifiers before it starts signing.
 */
const METADATA_CACHE = 'public, max-age=3600';
const JWKS_CACHE = 'public, max-age=300';

export interface DiscoveryHandlers {
  as_openid_configuration: RouteHandler;
  as_authorization_server_metadata: RouteHandler;
  as_jwks: RouteHandler;
}

/** The documents are built once; every request gets the same bytes. */
export function discoveryHandlers(as: DeepReadonly<AuthServerPlan>, keys: SigningKeySet): DiscoveryHandlers {
  return {
    as_openid_configuration: documentHandler(OPENID_CONFIGURATION_PATH, openIdConfiguration(as, keys), METADATA_CACHE),
    as_authorization_server_metadata: documentHandler(AS_METADATA_PATH, authorizationServerMetadata(as), METADATA_CACHE),
    as_jwks: documentHandler('/.well-known/jwks.json', jwksDocument(keys), JWKS_CACHE),
  };
}

/**
 * Serves one JSON document at `base` and, for the prefix routes, at `base/<anything>`: RFC 8414 section 3.1
 * puts an issuer's path after the well-known segment, and MCP clients probe it with their own paths too.
 * The document is the same whatever the suffix; a strict client checks its `issuer` anyway.
 */
function documentHandler(base: string, doc: unknown, cacheControl: string): RouteHandler {
  const body = Buffer.from(JSON.stringify(doc));
  return (req: IncomingMessage, res: ServerResponse, ctx: RequestContext) => {
    if (ctx.path !== base && !ctx.path.startsWith(`${base}/`)) {
      sendJson(res, 404, { error: 'not_found' });
      return;
    }
    if (refuseMethod(req, res, ['GET', 'HEAD'])) return;
    setCors(res, 'GET, HEAD, OPTIONS');
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': String(body.length),
      'Cache-Control': cacheControl,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
