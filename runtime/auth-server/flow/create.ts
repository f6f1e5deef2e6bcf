import type { AuthServerPlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import type { RouteHandler } from '../../contract.js';
import { clientAddressResolver, type ClientAddressOf } from '../../http/client-address.js';
import { rateLimitFor } from '../../http/front-door.js';
import type { ClientLookup } from '../client-id-metadata/resolver.js';
import type { RateLimit } from '../rate-limit.js';
import type { AuthServerStorage } from '../storage/types.js';
import { authorizeHandler } from './authorize/handler.js';
import { callbackHandler } from './callback/handler.js';
import { browserCookie } from './consent/browser-cookie.js';
import { consentHandler } from './consent/handler.js';
import type { FlowDeps, FlowEndpoint } from './deps.js';
import { FlowError } from './errors.js';
import { DEFAULT_MAX_FORM_BYTES } from './http-io.js';
import type { TokenSigner } from './signer.js';
import { tokenHandler } from './token/handler.js';
import type { UpstreamClient } from './upstream/types.js';

export interface OAuthFlowOptions {
  plan: DeepReadonly<AuthServerPlan>;
  storage: AuthServerStorage;
  /** Default: registered clients only (storage.getClient), no metadata documents. */
  clients?: ClientLookup;
  signer: TokenSigner;
  /** From createUpstreamClients, in the plan's order. */
  upstreams: readonly UpstreamClient[];
  /** Epoch milliseconds; tests move it. */
  clock?: () => number;
  /** Largest token request body; default 16 KiB. */
  maxFormBytes?: number;
  /** How long a retry with a just-rotated refresh token gets the same new pair; default 10 s, 0 disables. */
  refreshGraceMs?: number;
  /** Per caller address; defaults: DEFAULT_RATE_LIMITS. */
  rateLimits?: Partial<Record<FlowEndpoint, RateLimit>>;
  /** Who is calling, for the rate limits; default: the socket's peer address. */
  callerAddress?: ClientAddressOf;
  warn?: (message: string, fields: Record<string, string>) => void;
}

export interface OAuthFlow {
  authorize: RouteHandler;
  /** The user's answer to the consent page that authorize shows. */
  consent: RouteHandler;
  callback: RouteHandler;
  token: RouteHandler;
}

export const DEFAULT_REFRESH_GRACE_MS = 10_000;

/**
 * The embedded authorization server's flow endpoints. All state lives in `storage`, so any number
 * of vmcp processes sharing one Redis can serve any step of the same flow.
 */
export function createOAuthFlow(o: OAuthFlowOptions): OAuthFlow {
  const names = o.plan.upstreams.map((u) => u.name);
  if (names.length === 0 || names.join('\n') !== o.upstreams.map((u) => u.name).join('\n')) {
    throw new FlowError('AS_FLOW_CONFIG', `the upstream clients (${o.upstreams.map((u) => u.name).join(', ')}) must be the plan's upstreams in order (${names.join(', ')})`);
  }
  const limit = (e: FlowEndpoint): RateLimit => o.rateLimits?.[e] ?? rateLimitFor(undefined, e);
  const d: FlowDeps = {
    plan: o.plan,
    storage: o.storage,
    clients: o.clients ?? { resolve: (clientId) => o.storage.getClient(clientId) },
    signer: o.signer,
    upstreams: o.upstreams,
    now: o.clock ?? Date.now,
    maxFormBytes: o.maxFormBytes ?? DEFAULT_MAX_FORM_BYTES,
    refreshGraceMs: o.refreshGraceMs ?? DEFAULT_REFRESH_GRACE_MS,
    cookie: browserCookie(o.plan.authorizationEndpointBaseUrl),
    limiters: {
      authorize: o.storage.rateLimiter('authorize', limit('authorize')),
      consent: o.storage.rateLimiter('consent', limit('consent')),
      token: o.storage.rateLimiter('token', limit('token')),
    },
    callerAddress: o.callerAddress ?? clientAddressResolver(),
    warn: o.warn ?? (() => undefined),
  };
  return { authorize: authorizeHandler(d), consent: consentHandler(d), callback: callbackHandler(d), token: tokenHandler(d) };
}
