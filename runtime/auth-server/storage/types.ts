import type { RateLimit, RateLimiter } from '../rate-limit.js';

/**
 * What the embedded authorization server keeps between requests, and the one interface both storages
 * (memory, Redis) implement. Every record is written with a TTL; single-use records are consumed
 * atomically. Failures surface as StorageError (errors.ts) so the HTTP layer can answer 503.
 */

/** A public client registered through RFC 7591 (token_endpoint_auth_method "none"). */
export interface RegisteredClient {
  clientId: string;
  clientName: string | null;
  redirectUris: string[];
  grantTypes: string[];
  responseTypes: string[];
  scopes: string[];
  applicationType: 'native' | 'web' | null;
  /** Epoch seconds. */
  issuedAt: number;
}

/** A client's /authorize request while the user is at an upstream IdP; keyed by our state toward it. */
export interface PendingAuthorization {
  clientId: string;
  redirectUri: string;
  clientState: string;
  codeChallenge: string;
  scopes: string[];
  resource: string | null;
  /** The upstream this leg was sent to: a callback is only accepted for it (IdP mix-up defence). */
  upstream: string;
  upstreamPkceVerifier: string;
  upstreamNonce: string;
  tsid: string;
  /** Our user id once the first leg has resolved it; null on the first leg. */
  subject: string | null;
  /**
   * SHA-256 of the browser id cookie the flow was started with. Every leg's callback must come from that
   * browser, so a link to an upstream that one person started cannot sign in someone else.
   */
  browser: string;
  /**
   * Why the consent page was not shown: the approval remembered for this user (their subject), which the
   * first leg must confirm by signing in as that user. Null when the user answered the page in this flow.
   */
  consentRememberedFor: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
}

/**
 * An /authorize request that passed every check and waits for the user's consent (MCP 2025-11-25: a proxy
 * with a static upstream client id asks before forwarding); keyed by the consent id, single use.
 */
export interface PendingConsent {
  clientId: string;
  redirectUri: string;
  clientState: string;
  codeChallenge: string;
  scopes: string[];
  resource: string;
  /** SHA-256 of the browser id cookie the page was served with: only that browser may answer it. */
  browser: string;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** What one user approved for one client; a request within it is not asked again. */
export interface RememberedConsent {
  scopes: string[];
  resources: string[];
  /** Epoch milliseconds. */
  approvedAt: number;
}

/** What one of our authorization codes grants. `familyId` is the refresh family its redemption starts. */
export interface AuthorizationCodeGrant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scopes: string[];
  audience: string[];
  subject: string;
  tsid: string;
  familyId: string;
  createdAt: number;
}

/** What one refresh token grants. Rotation keeps `familyId`, so reuse of any member revokes the lot. */
export interface RefreshTokenGrant {
  familyId: string;
  clientId: string;
  subject: string;
  tsid: string;
  scopes: string[];
  audience: string[];
  createdAt: number;
}

/** A rotated refresh token's successor, kept for the grace window so a retry gets the same answer. */
export interface RefreshRotation {
  clientId: string;
  /** The token response the rotation returned, as sent. */
  response: Record<string, unknown>;
}

/** One upstream IdP's tokens for a session (tsid), with who they belong to. */
export interface StoredUpstreamTokens {
  provider: string;
  /** Our user id (the vmcp JWT's `sub`). */
  userId: string;
  clientId: string;
  accessToken: string;
  refreshToken: string | null;
  idToken: string | null;
  tokenType: string;
  scope: string | null;
  /** Epoch milliseconds; null when the upstream did not say. */
  expiresAt: number | null;
}

/**
 * Result of consuming a single-use record. `reused`: it had been consumed before; the storage has already
 * revoked the refresh family it belongs to (RFC 6749 section 4.1.2, OAuth 2.1 section 4.3.1). `recent`:
 * consumed before, but less than the grace asked for ago; nothing was revoked (a concurrent retry).
 */
export type Consumed<T> = { status: 'ok'; value: T } | { status: 'reused'; value: T } | { status: 'recent'; value: T } | { status: 'missing' };


export interface AuthServerStorage {
  putClient(client: RegisteredClient, ttlMs: number): Promise<void>;
  getClient(clientId: string): Promise<RegisteredClient | null>;
  /** Keeps a client that is in use (call it on each token grant): registrations expire only when idle. */
  renewClient(clientId: string, ttlMs: number): Promise<void>;

  putPending(state: string, pending: PendingAuthorization, ttlMs: number): Promise<void>;
  /** Returns the pending authorization and deletes it in the same step: a state works once. */
  takePending(state: string): Promise<PendingAuthorization | null>;

  putConsentRequest(consentId: string, request: PendingConsent, ttlMs: number): Promise<void>;
  /** Returns the waiting request and deletes it in the same step: a consent id works once. */
  takeConsentRequest(consentId: string): Promise<PendingConsent | null>;
  /** Keyed by our user id (the JWT's `sub`) and the client. Replaces the previous record. */
  rememberConsent(subject: string, clientId: string, consent: RememberedConsent, ttlMs: number): Promise<void>;
  getRememberedConsent(subject: string, clientId: string): Promise<RememberedConsent | null>;
  /** Who last finished a sign-in in this browser (`browser`: the browser id cookie, a bearer secret). */
  linkBrowser(browser: string, subject: string, ttlMs: number): Promise<void>;
  browserUser(browser: string): Promise<string | null>;
  unlinkBrowser(browser: string): Promise<void>;

  putCode(code: string, grant: AuthorizationCodeGrant, ttlMs: number): Promise<void>;
  consumeCode(code: string): Promise<Consumed<AuthorizationCodeGrant>>;

  /** False when the family was revoked meanwhile (the token was not stored). */
  putRefreshToken(token: string, grant: RefreshTokenGrant, ttlMs: number): Promise<boolean>;
  /** A second use within `graceMs` of the first is `recent` (nothing revoked); later, `reused` (family revoked). */
  consumeRefreshToken(token: string, graceMs?: number): Promise<Consumed<RefreshTokenGrant>>;
  revokeRefreshFamily(familyId: string): Promise<void>;
  /** Records what rotating `oldToken` returned, sealed, in its family (revoking the family drops it). False when revoked meanwhile. */
  putRotation(oldToken: string, familyId: string, rotation: RefreshRotation, ttlMs: number): Promise<boolean>;
  /** The rotation of `oldToken` while it lives; readable any number of times. */
  getRotation(oldToken: string): Promise<RefreshRotation | null>;

  /** Replaces the row for (tsid, provider), sealed (keyring.ts); the session's records live at least `ttlMs`. */
  putUpstreamTokens(tsid: string, tokens: StoredUpstreamTokens, ttlMs: number): Promise<void>;
  getUpstreamTokens(tsid: string): Promise<StoredUpstreamTokens[]>;
  deleteUpstreamTokens(tsid: string): Promise<void>;

  /**
   * A short lock shared by every process on this storage, for work that must not run twice at once (an
   * upstream token refresh). Returns a fresh owner token when the caller now holds `name`, for `ttlMs` or
   * until unlocked; null while someone else holds it. The TTL frees a lock whose holder died.
   */
  tryLock(name: string, ttlMs: number): Promise<string | null>;
  /**
   * Releases `name` only while `owner` holds it, so a holder whose lock expired cannot release the next
   * holder's. False when it no longer held it.
   */
  unlock(name: string, owner: string): Promise<boolean>;

  /** A per-caller limiter named `name` (one per endpoint); shared by every process on this storage. */
  rateLimiter(name: string, limit: RateLimit): RateLimiter;

  /** Resolves when the storage answers; for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * How long a revoked family stays marked, so that a token written by a request that was already in flight
 * when the family was revoked is refused rather than resurrecting it.
 */
export const REVOKED_FAMILY_MARK_MS = 60 * 60 * 1000;
