import type { PendingAuthorization } from '../storage/types.js';
import { PENDING_TTL_MS, type FlowDeps } from './deps.js';
import { FlowError } from './errors.js';
import { randomToken } from './random.js';

/** What a leg carries over from the client's request and the legs before it. */
export type LegContext = Omit<PendingAuthorization, 'upstream' | 'upstreamPkceVerifier' | 'upstreamNonce' | 'createdAt'>;

/**
 * Sends the user to upstream number `index`: a fresh state, PKCE verifier and nonce toward it (so one
 * upstream never sees another's), recorded in a pending authorization keyed by that state and bound to
 * this upstream. Returns the upstream's authorization URL.
 */
export async function startLeg(d: FlowDeps, index: number, ctx: LegContext): Promise<URL> {
  const upstream = d.upstreams[index];
  if (upstream === undefined) throw new FlowError('AS_FLOW_CONFIG', `no upstream number ${index + 1}`);
  const leg = { state: randomToken(), pkceVerifier: randomToken(), nonce: randomToken() };
  const pending: PendingAuthorization = {
    ...ctx,
    upstream: upstream.name,
    upstreamPkceVerifier: leg.pkceVerifier,
    upstreamNonce: leg.nonce,
    createdAt: d.now(),
  };
  const url = await upstream.authorizationUrl(leg);
  await d.storage.putPending(leg.state, pending, PENDING_TTL_MS);
  return url;
}
