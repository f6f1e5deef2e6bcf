import { AuthorizationResponseError, ResponseBodyError, WWWAuthenticateChallengeError } from 'oauth4webapi';
import { FlowError } from '../errors.js';

/**
 * Turns what a call to an upstream threw into a FlowError. Only the upstream's name, its OAuth error code
 * and a fixed phrase survive: library messages and causes can carry response bodies (tokens).
 */
export function upstreamFailure(name: string, step: string, e: unknown): FlowError {
  const ours = flowErrorIn(e);
  if (ours !== null) return ours;
  if (e instanceof AuthorizationResponseError || e instanceof ResponseBodyError) {
    return new FlowError('AS_UPSTREAM_REFUSED', `upstream ${name} refused the ${step}: ${safeCode(e.error)}`);
  }
  if (e instanceof WWWAuthenticateChallengeError) return new FlowError('AS_UPSTREAM_REFUSED', `upstream ${name} refused the ${step} with a challenge`);
  if (e instanceof TypeError && e.message === 'fetch failed') return new FlowError('AS_UPSTREAM_UNREACHABLE', `upstream ${name} could not be reached for the ${step}`);
  if (e instanceof DOMException && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
    return new FlowError('AS_UPSTREAM_UNREACHABLE', `upstream ${name} did not answer the ${step} in time`);
  }
  const code = (e as { code?: unknown }).code;
  return new FlowError('AS_UPSTREAM_INVALID', `upstream ${name}: invalid ${step} answer${typeof code === 'string' ? ` (${code})` : ''}`);
}

/** An OAuth error code is a short token; anything else from the upstream is not echoed. */
const safeCode = (code: string): string => (/^[\w.-]{1,64}$/.test(code) ? code : 'error');

/** fetch wraps what a connection hook threw (the SSRF guard's refusal) in `cause`. */
function flowErrorIn(e: unknown): FlowError | null {
  for (let cur = e as { cause?: unknown } | undefined, i = 0; cur && i < 5; cur = cur.cause as typeof cur, i++) {
    if (cur instanceof FlowError) return cur;
  }
  return null;
}
