/**
 * The runtime's internal contract: what the router hands each route handler. The plan type comes from
 * generated/plan.ts (the only contract with the compiler); the runtime never imports compiler/.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { VmcpError } from '../common/errors.js';
import type { DeepReadonly } from '../common/freeze.js';
import type { HandlerName, Plan } from '../generated/plan.js';

export type RuntimePlan = DeepReadonly<Plan>;

/** One upstream IdP's tokens for the user, as loaded from auth-server storage (Mode B only). */
export interface UpstreamToken {
  accessToken: string;
  tokenType: string;
  /** Epoch milliseconds; null when the upstream did not say. */
  expiresAt: number | null;
  scope: string | null;
}

/** Who is calling. `upstreamTokens` is null in Mode A and a map provider name -> tokens in Mode B. */
export interface Identity {
  subject: string;
  claims: Readonly<Record<string, unknown>>;
  /** The bearer token the client presented; null for anonymous and local. Never logged. */
  token: string | null;
  upstreamTokens: Readonly<Record<string, UpstreamToken>> | null;
}

export interface RequestContext {
  plan: RuntimePlan;
  /** Set on routes with auth "required" once the incoming-auth middleware has accepted the request. */
  identity: Identity | null;
  /** scheme://host[:port] the client used, for URLs in responses (RFC 9728 metadata, WWW-Authenticate). */
  origin: string;
  /** The request path without the query. */
  path: string;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, ctx: RequestContext) => Promise<void> | void;

export type HandlerTable = Partial<Record<HandlerName, RouteHandler>>;

// Additions for the server core (health source, incoming-auth hooks, resolved secrets).
import type { KeyObject } from 'node:crypto';
import type { SecretRef } from '../generated/plan.js';

/** A backend's health as the backend layer sees it; `unknown` until it has been checked. */
export type BackendHealthState = 'healthy' | 'degraded' | 'unhealthy' | 'unknown';

export interface BackendHealth {
  name: string;
  state: BackendHealthState;
  /** Epoch milliseconds of the last check; null before the first. */
  lastCheckedAt: number | null;
}

/** Implemented by the backend layer; /status and /api/backends/health read it on each request. */
export interface BackendHealthSource {
  snapshot(): readonly BackendHealth[];
}

/**
 * Finds the key that verifies a JWT, from its protected header. The default fetches the issuer's JWKS;
 * Mode B can hand in one that reads its own signing keys in-process. Shaped like jose's key functions.
 */
export type TokenKeyResolver = (header: { alg?: string; kid?: string }) => Promise<CryptoKey | KeyObject | Uint8Array>;

/**
 * Mode B hook: loads the user's upstream tokens for a verified JWT. Returning null leaves
 * `identity.upstreamTokens` null; throwing an `UpstreamTokensError` refuses the request.
 */
export type UpstreamTokenLoader = (claims: Readonly<Record<string, unknown>>) => Promise<Readonly<Record<string, UpstreamToken>> | null>;

/** Why the upstream-token hook refused: `reauthenticate` answers 401 invalid_token, `unavailable` 503. */
export class UpstreamTokensError extends VmcpError<'reauthenticate' | 'unavailable'> {}

/** Secret values resolved from the plan's references at start, looked up by the reference itself. */
export interface SecretValues {
  /** The value as text (a file's trailing newline removed). */
  get(ref: DeepReadonly<SecretRef>): string;
  /** The value as bytes, a file's exactly as stored: for key material, which need not be text. */
  bytes(ref: DeepReadonly<SecretRef>): Buffer;
}
