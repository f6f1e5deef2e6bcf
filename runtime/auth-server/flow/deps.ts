import type { AuthServerPlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import type { ClientAddressOf } from '../../http/client-address.js';
import type { ClientLookup } from '../client-id-metadata/resolver.js';
import type { BrowserCookie } from './consent/browser-cookie.js';
import type { RateLimiter } from '../rate-limit.js';
import type { AuthServerStorage } from '../storage/types.js';
import type { TokenSigner } from './signer.js';
import type { UpstreamClient } from './upstream/types.js';

/** A pending authorization waits this long for the user to come back from an upstream (ToolHive's 10 min). */
export const PENDING_TTL_MS = 10 * 60 * 1000;

export type FlowEndpoint = 'authorize' | 'consent' | 'token';

/** Everything the endpoints share; built once by createOAuthFlow. */
export interface FlowDeps {
  plan: DeepReadonly<AuthServerPlan>;
  storage: AuthServerStorage;
  /** Registered clients from storage, and https client_ids as metadata documents. */
  clients: ClientLookup;
  signer: TokenSigner;
  /** In the plan's order; the first is the identity source. */
  upstreams: readonly UpstreamClient[];
  /** Epoch milliseconds. */
  now: () => number;
  maxFormBytes: number;
  refreshGraceMs: number;
  /** Names the browser: consent pages and every upstream leg are bound to it. */
  cookie: BrowserCookie;
  /** Per caller address (callerAddress, folded by callerKey), one per rate-limited endpoint. */
  limiters: Record<FlowEndpoint, RateLimiter>;
  callerAddress: ClientAddressOf;
  /** Failures worth an operator's attention (upstream refusals, storage outages); never with secrets. */
  warn: (message: string, fields: Record<string, string>) => void;
}

export const accessTtlSec = (d: FlowDeps): number => d.plan.tokenLifespans.accessTokenSeconds;
export const codeTtlMs = (d: FlowDeps): number => d.plan.tokenLifespans.authCodeSeconds * 1000;
export const refreshTtlMs = (d: FlowDeps): number => d.plan.tokenLifespans.refreshTokenSeconds * 1000;

/** Covers the few moments between storing a leg's tokens and writing the next record. */
const SLACK_MS = 60_000;

/**
 * Upstream tokens stored during the login live only as long as the login can still finish: the legs
 * after this one and the code's life. A login abandoned halfway leaves nothing behind for long.
 */
export const loginSessionTtlMs = (d: FlowDeps, legsAfter: number): number => PENDING_TTL_MS * legsAfter + codeTtlMs(d) + SLACK_MS;

/**
 * Once the code is redeemed the session must outlive every token that names its tsid: the refresh family
 * (whose lifetime does not slide, see token/refresh-token.ts) and the last access token issued in it.
 */
export const sessionTtlMs = (d: FlowDeps): number => refreshTtlMs(d) + accessTtlSec(d) * 1000;
