import { VmcpError } from '../../common/errors.js';

/**
 * Typed errors of the embedded authorization server. Each carries a stable `code` so that callers (the
 * middleware, the HTTP handlers, logs) branch on it rather than on messages. Messages never carry secret
 * values: they name the file or operation instead. Unreadable secrets are runtime/secrets.ts's to report,
 * at start, before any of this runs.
 */
export type AuthServerErrorCode =
  | 'AS_KEY_INVALID'
  | 'AS_STORAGE_UNAVAILABLE'
  | 'AS_STORAGE_FULL'
  | 'AS_STORAGE_CORRUPT'
  | 'AS_STORAGE_CONFIG'
  | 'AS_UPSTREAM_SESSION_NOT_FOUND'
  | 'AS_UPSTREAM_SESSION_OTHER_USER';

export class AuthServerError extends VmcpError<AuthServerErrorCode> {}

/** A signing key file is not a usable key. */
export class KeyLoadError extends AuthServerError {
  constructor(message: string) {
    super('AS_KEY_INVALID', message);
  }
}

/**
 * Storage could not serve the request. `AS_STORAGE_UNAVAILABLE` (outage, timeout, refused command) and
 * `AS_STORAGE_FULL` (memory bound reached) are transient: the HTTP layer answers 503. `AS_STORAGE_CORRUPT`
 * is a record that does not parse; `AS_STORAGE_CONFIG` a storage plan that cannot be used.
 */
export class StorageError extends AuthServerError {
  constructor(
    code: 'AS_STORAGE_UNAVAILABLE' | 'AS_STORAGE_FULL' | 'AS_STORAGE_CORRUPT' | 'AS_STORAGE_CONFIG',
    message: string,
  ) {
    super(code, message);
  }
}

/**
 * The upstream tokens named by a JWT's `tsid` cannot be used for this caller: none are stored, or they
 * belong to another user or client. The middleware answers 401 (the client must authenticate again).
 */
export class UpstreamSessionError extends AuthServerError {
  constructor(code: 'AS_UPSTREAM_SESSION_NOT_FOUND' | 'AS_UPSTREAM_SESSION_OTHER_USER', message: string) {
    super(code, message);
  }
}
