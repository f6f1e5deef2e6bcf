import { OAuthError } from '../../oauth-errors.js';
import { one } from '../http-io.js';
import type { AuthorizeRequest } from './request.js';

/** A state is opaque to us, but it is stored and echoed, so its size is bounded. */
const MAX_STATE_LENGTH = 1024;

/**
 * `state` is optional: PKCE already binds the response to the client's request (OAuth 2.1 section
 * 7.5.2), and the MCP SDK sends a state only when the application supplies one. When present it is
 * echoed on every redirect, so this check runs first among those whose errors are redirected.
 */
export function checkState(r: AuthorizeRequest): void {
  const state = one(r.params, 'state');
  if (state === undefined) return;
  if (state.length > MAX_STATE_LENGTH) throw new OAuthError('invalid_request', `state is longer than ${MAX_STATE_LENGTH} characters`);
  r.state = state;
}
