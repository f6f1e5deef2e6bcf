import type { AuthServerPlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import type { RouteHandler } from '../../contract.js';
import type { ClientLookup } from '../client-id-metadata/resolver.js';
import type { AuthServerStorage } from '../storage/types.js';
import { authorizeHandler } from './authorize/handler.js';
import { callbackHandler } from './callback/handler.js';
import { consentHandler } from './consent/handler.js';
import type { FlowDeps } from './deps.js';
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
  /** How long a just-rotated refresh token still works once more (concurrent refreshes); default 10 s, 0 disables. */
  refreshGraceMs?: number;
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
  if (!o.upstreams[0]!.givesIdentity) {
    throw new FlowError('AS_FLOW_CONFIG', `upstream ${names[0]} comes first, so it must identify the user: give it userinfo or identity_from_token`);
  }
  const d: FlowDeps = {
    plan: o.plan,
    storage: o.storage,
    clients: o.clients ?? { resolve: (clientId) => o.storage.getClient(clientId) },
    signer: o.signer,
    upstreams: o.upstreams,
    now: o.clock ?? Date.now,
    maxFormBytes: o.maxFormBytes ?? DEFAULT_MAX_FORM_BYTES,
    refreshGraceMs: o.refreshGraceMs ?? DEFAULT_REFRESH_GRACE_MS,
    warn: o.warn ?? (() => undefined),
  };
  return { authorize: authorizeHandler(d), consent: consentHandler(d), callback: callbackHandler(d), token: tokenHandler(d) };
}
