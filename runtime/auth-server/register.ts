import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler } from '../contract.js';
import { mediaType, readBody } from './body.js';
import { clientInformation, parseClientMetadata } from './client-metadata.js';
import { clientIp, refuseMethod, sendJson, setCors } from './http.js';
import { OAuthError, sendOAuthError, toOAuthError } from './oauth-errors.js';
import { TokenBucketLimiter } from './rate-limit.js';
import type { AuthServerStorage, RegisteredClient } from './storage/types.js';

export interface RegisterOptions {
  storage: AuthServerStorage;
  scopesSupported: readonly string[];
  /** Per client IP. Default: bursts of 10, then one registration every 6 seconds. */
  limiter?: TokenBucketLimiter;
  maxBodyBytes?: number;
  /** How long an unused registration is kept. */
  clientTtlMs?: number;
  now?: () => number;
}

const DEFAULT_MAX_BODY = 16 * 1024;
const DEFAULT_CLIENT_TTL_MS = 90 * 24 * 3600 * 1000;

/** POST /oauth/register: RFC 7591 dynamic registration of public clients. */
export function registerHandler(opts: RegisterOptions): RouteHandler {
  const limiter = opts.limiter ?? new TokenBucketLimiter({ burst: 10, perSecond: 1 / 6 });
  const now = opts.now ?? Date.now;
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (refuseMethod(req, res, ['POST'])) return;
    setCors(res, 'POST, OPTIONS');
    try {
      // Before reading the body: a flood costs us as little as possible.
      const take = limiter.take(clientIp(req));
      if (!take.ok) throw new OAuthError('temporarily_unavailable', 'too many registrations from this address; retry later', 429, { 'Retry-After': String(take.retryAfterSeconds) });
      if (mediaType(req) !== 'application/json') throw new OAuthError('invalid_client_metadata', 'the body must be application/json');
      const body = await readBody(req, opts.maxBodyBytes ?? DEFAULT_MAX_BODY, 'invalid_client_metadata');
      const client: RegisteredClient = {
        ...parseClientMetadata(parseJson(body), opts.scopesSupported),
        clientId: randomUUID(),
        issuedAt: Math.floor(now() / 1000),
      };
      await opts.storage.putClient(client, opts.clientTtlMs ?? DEFAULT_CLIENT_TTL_MS);
      sendJson(res, 201, clientInformation(client), { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
    } catch (e) {
      sendOAuthError(res, toOAuthError(e));
    }
  };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new OAuthError('invalid_client_metadata', 'the body is not valid JSON');
  }
}
