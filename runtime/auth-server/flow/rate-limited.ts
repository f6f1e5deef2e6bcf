import type { IncomingMessage } from 'node:http';
import { callerKey } from '../../http/client-address.js';
import { OAuthError } from '../oauth-errors.js';
import type { FlowDeps, FlowEndpoint } from './deps.js';

/**
 * Throws a 429 when this caller has used up its share of `endpoint`. Checked before anything is read or
 * stored, so a flood costs as little as possible.
 */
export async function checkRateLimit(d: FlowDeps, endpoint: FlowEndpoint, req: IncomingMessage): Promise<void> {
  const r = await d.limiters[endpoint].take(callerKey(d.callerAddress(req)));
  if (!r.ok) throw new OAuthError('temporarily_unavailable', 'too many requests from this address; retry later', 429, { 'Retry-After': String(r.retryAfterSeconds) });
}
