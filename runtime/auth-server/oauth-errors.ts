import type { ServerResponse } from 'node:http';
import { VmcpError } from '../../common/errors.js';
import { StorageError } from './errors.js';
import { sendJson } from '../http/respond.js';

/**
 * Every OAuth error code we send, in one place: RFC 6749 sections 4.1.2.1 and 5.2, RFC 7591 section 3.2.2,
 * RFC 8707 section 2 (`invalid_target`).
 */
export const OAUTH_ERRORS = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'unsupported_response_type',
  'invalid_scope',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
  'invalid_target',
  'invalid_redirect_uri',
  'invalid_client_metadata',
] as const;

export type OAuthErrorCode = (typeof OAUTH_ERRORS)[number];

/** An OAuth error an endpoint answers with; thrown by request parsing and turned into JSON by the handler. */
export class OAuthError extends VmcpError<OAuthErrorCode> {
  constructor(
    error: OAuthErrorCode,
    readonly description: string,
    readonly status = 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(error, `${error}: ${description}`);
  }

  /** The code under RFC 6749's name for it, as the response body spells it. */
  get error(): OAuthErrorCode {
    return this.code;
  }
}

/** RFC 6749 section 5.2 body; error responses are never cached. */
export function sendOAuthError(res: ServerResponse, e: OAuthError): void {
  sendJson(res, e.status, { error: e.error, error_description: e.description }, { 'Cache-Control': 'no-store', Pragma: 'no-cache', ...e.headers });
}

/** Storage trouble is transient (503, retry); anything unexpected is a 500 that reveals nothing. */
export function toOAuthError(e: unknown): OAuthError {
  if (e instanceof OAuthError) return e;
  if (e instanceof StorageError && (e.code === 'AS_STORAGE_UNAVAILABLE' || e.code === 'AS_STORAGE_FULL')) {
    return new OAuthError('temporarily_unavailable', 'the authorization server cannot store data right now; retry later', 503, { 'Retry-After': '5' });
  }
  return new OAuthError('server_error', 'internal error', 500);
}
