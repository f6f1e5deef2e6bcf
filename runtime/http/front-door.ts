/**
 * The `http` section of a plan with its defaults applied: how callers are told apart (trusted proxies),
 * how much each may ask of the auth server (rate limits) and hold (MCP sessions, and how long one may
 * stay idle), and which host names and origins the server answers to. The one place these defaults live
 * (docs/security.md lists them).
 */
import type { HttpPlan, RateLimitPlan } from '../../generated/plan.js';
import type { DeepReadonly } from '../../common/freeze.js';
import type { RateLimit } from '../auth-server/rate-limit.js';
import type { RuntimePlan } from '../contract.js';
import { clientAddressResolver, type ClientAddressOf } from './client-address.js';

export type LimitedEndpoint = 'authorize' | 'consent' | 'register' | 'token';

/**
 * Generous for people (a sign-in is one authorize, one consent and one token request; a busy MCP client
 * refreshes a few times an hour), tight for scripts that mint records. Many users behind one NAT share a
 * bucket, hence the headroom; operators behind a proxy set `trustedProxies`.
 */
export const DEFAULT_RATE_LIMITS: Readonly<Record<LimitedEndpoint, RateLimitPlan>> = {
  authorize: { perMinute: 60, burst: 30 },
  consent: { perMinute: 30, burst: 10 },
  register: { perMinute: 10, burst: 10 },
  token: { perMinute: 300, burst: 60 },
};

export const DEFAULT_MAX_SESSIONS = 10_000;
export const DEFAULT_MAX_SESSIONS_PER_CALLER = 100;
/** ToolHive's session TTL default (its vMCP server's `defaultSessionTTL`). */
export const DEFAULT_SESSION_IDLE_TIMEOUT_MS = 30 * 60_000;

export interface FrontDoor {
  callerAddress: ClientAddressOf;
  rateLimits: Record<LimitedEndpoint, RateLimit>;
  maxSessions: number;
  maxSessionsPerCaller: number;
  sessionIdleTimeoutMs: number;
}

/** The limit of one endpoint: the plan's, else the default. */
export function rateLimitFor(http: DeepReadonly<HttpPlan> | undefined, e: LimitedEndpoint): RateLimit {
  const r = http?.rateLimits?.[e] ?? DEFAULT_RATE_LIMITS[e];
  return { burst: r.burst, perSecond: r.perMinute / 60 };
}

export function frontDoorFor(plan: DeepReadonly<RuntimePlan>): FrontDoor {
  const http = plan.http;
  const limit = (e: LimitedEndpoint) => rateLimitFor(http, e);
  return {
    callerAddress: clientAddressResolver(http?.trustedProxies ?? []),
    rateLimits: { authorize: limit('authorize'), consent: limit('consent'), register: limit('register'), token: limit('token') },
    maxSessions: http?.maxSessions ?? DEFAULT_MAX_SESSIONS,
    maxSessionsPerCaller: http?.maxSessionsPerCaller ?? DEFAULT_MAX_SESSIONS_PER_CALLER,
    sessionIdleTimeoutMs: http?.sessionIdleTimeoutMs ?? DEFAULT_SESSION_IDLE_TIMEOUT_MS,
  };
}
