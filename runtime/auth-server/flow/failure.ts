import { OAuthError, toOAuthError } from '../oauth-errors.js';
import type { FlowDeps } from './deps.js';

/**
 * What to tell the client when a step failed with something other than an OAuth answer (toOAuthError:
 * a storage outage is 503 `temporarily_unavailable`, anything else 500 `server_error`). The operator is
 * told the error's code and message (ours never carry secrets); the client nothing more.
 */
export function asOAuthError(e: unknown, d: FlowDeps, step: string): OAuthError {
  if (e instanceof OAuthError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  d.warn(`oauth ${step} failed`, { code: typeof code === 'string' ? code : 'unknown', message: e instanceof Error ? e.message : 'non-error thrown' });
  return toOAuthError(e);
}
