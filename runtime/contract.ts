/**
 * The runtime's internal contract: what the router hands each route handler. The plan type comes from
 * generated/plan.ts (the only contract with the compiler); the runtime never imports compiler/.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
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
