import type { HttpPlan, RateLimitPlan } from '../../generated/plan.js';
import type { Http, RateLimit } from '../../generated/vmcp-config.js';
import { durationMs } from '../urls.js';

/**
 * The `http` section as written: only the keys the config sets, so a config without the section compiles
 * to the same plan as before it existed. The runtime owns the defaults (runtime/http/front-door.ts).
 */
export function buildHttp(http: Http): HttpPlan {
  const plan: HttpPlan = {};
  if (http.allowedHosts) plan.allowedHosts = http.allowedHosts.map((h) => h.toLowerCase());
  if (http.allowedOrigins) plan.allowedOrigins = http.allowedOrigins.map((o) => new URL(o).origin);
  if (http.trustedProxies) plan.trustedProxies = [...http.trustedProxies];
  const r = http.rateLimits;
  if (r) {
    plan.rateLimits = {};
    for (const k of ['authorize', 'consent', 'register', 'token'] as const) if (r[k]) plan.rateLimits[k] = rateLimit(r[k]);
  }
  if (http.maxSessions !== undefined) plan.maxSessions = http.maxSessions;
  if (http.maxSessionsPerCaller !== undefined) plan.maxSessionsPerCaller = http.maxSessionsPerCaller;
  // ToolHive's rule for its session TTL: zero means the default (a duration under a millisecond counts as zero here).
  const ttl = http.sessionTTL === undefined ? 0 : durationMs(http.sessionTTL);
  if (ttl > 0) plan.sessionIdleTimeoutMs = ttl;
  return plan;
}

const rateLimit = (r: RateLimit): RateLimitPlan => ({ perMinute: r.perMinute, burst: r.burst ?? r.perMinute });
