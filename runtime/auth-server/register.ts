import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler } from '../contract.js';
import { mediaType, readOAuthBody } from './body.js';
import { clientInformation, parseClientMetadata } from './client-metadata.js';
import { callerKey, clientAddressResolver, type ClientAddressOf } from '../http/client-address.js';
import { rateLimitFor } from '../http/front-door.js';
import { sendJson } from '../http/respond.js';
import { refuseMethod, setCors } from './http.js';
import { OAuthError, sendOAuthError, toOAuthError } from './oauth-errors.js';
import type { RateLimiter } from './rate-limit.js';
import type { AuthServerStorage, RegisteredClient } from './storage/types.js';

export interface RegisterOptions {
  storage: AuthServerStorage;
  scopesSupported: readonly string[];
  /** Per caller address. Default: the storage's limiter with DEFAULT_RATE_LIMITS.register. */
  limiter?: RateLimiter;
  callerAddress?: ClientAddressOf;
  maxBodyBytes?: number;
  /** How long a registration is kept until a sign-in with it completes (then CLIENT_IN_USE_TTL_MS). */
  clientTtlMs?: number;
  now?: () => number;
}

const DEFAULT_MAX_BODY = 16 * 1024;
/** Anyone may register; a client nobody signed in with is forgotten after a day. */
export const UNUSED_CLIENT_TTL_MS = 24 * 3600 * 1000;
/** A client that completed a sign-in; each code redemption renews it (idle clients expire). */
export const CLIENT_IN_USE_TTL_MS = 90 * 24 * 3600 * 1000;

/** POST /oauth/register: RFC 7591 dynamic registration of public clients. */
export function registerHandler(opts: RegisterOptions): RouteHandler {
  const limiter = opts.limiter ?? opts.storage.rateLimiter('register', rateLimitFor(undefined, 'register'));
  const callerAddress = opts.callerAddress ?? clientAddressResolver();
  const now = opts.now ?? Date.now;
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (refuseMethod(req, res, ['POST'])) return;
    setCors(res, 'POST, OPTIONS');
    try {
      // Before reading the body: a flood costs us as little as possible.
      const take = await limiter.take(callerKey(callerAddress(req)));
      if (!take.ok) throw new OAuthError('temporarily_unavailable', 'too many registrations from this address; retry later', 429, { 'Retry-After': String(take.retryAfterSeconds) });
      if (mediaType(req) !== 'application/json') throw new OAuthError('invalid_client_metadata', 'the body must be application/json');
      const body = await readOAuthBody(req, opts.maxBodyBytes ?? DEFAULT_MAX_BODY, 'invalid_client_metadata');
      const client: RegisteredClient = {
        ...parseClientMetadata(parseJson(body), opts.scopesSupported),
        clientId: randomUUID(),
        issuedAt: Math.floor(now() / 1000),
      };
      await opts.storage.putClient(client, opts.clientTtlMs ?? UNUSED_CLIENT_TTL_MS);
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
