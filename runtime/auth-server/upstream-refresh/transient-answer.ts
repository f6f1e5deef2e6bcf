import { FlowError } from '../flow/errors.js';

/**
 * A 5xx or 429 answer from an upstream's token endpoint says "not now", not "never": it becomes
 * AS_UPSTREAM_UNREACHABLE, so the middleware answers 503 (try again) instead of sending the user to sign
 * in again, which would not help while the upstream is down. The body is dropped unread: it may echo tokens.
 */
export async function refuseTransientAnswer(name: string, res: Response): Promise<void> {
  if (res.status < 500 && res.status !== 429) return;
  await res.body?.cancel();
  throw new FlowError('AS_UPSTREAM_UNREACHABLE', `upstream ${name} could not serve the token refresh now (HTTP ${res.status})`);
}
