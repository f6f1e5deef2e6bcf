/**
 * /status and /api/backends/health, shaped like ToolHive's so its dashboards read them (plus vmcp's `discovery`). Health comes from
 * the backend layer's BackendHealthSource; without one every backend is `unknown` and monitoring is off.
 */
import type { BackendHealthSource, BackendHealthState, RouteHandler } from '../contract.js';
import type { DiscoveryStatusSource } from '../discovery/group-discovery.js';
import { allowRead, sendJson } from '../http/respond.js';
import { VMCP_VERSION } from '../version.js';

function states(names: readonly string[], source: BackendHealthSource | undefined): Map<string, BackendHealthState> {
  const out = new Map<string, BackendHealthState>(names.map((n) => [n, 'unknown']));
  for (const h of source?.snapshot() ?? []) if (out.has(h.name)) out.set(h.name, h.state);
  return out;
}

/**
 * With discovered backends, a `discovery` entry says where they come from and how the last look went: an
 * empty or unknown group, or an API that cannot be reached, is stated there rather than left as an empty list.
 */
export function statusHandler(source: BackendHealthSource | undefined, discovery?: DiscoveryStatusSource): RouteHandler {
  return (req, res, { plan }) => {
    if (!allowRead(req.method, res)) return;
    const health = states(
      plan.backends.map((b) => b.name),
      source,
    );
    const backends = plan.backends.map((b) => ({ name: b.name, health: health.get(b.name)!, transport: b.transport, auth_type: b.outgoingAuth.type }));
    sendJson(res, 200, {
      backends,
      // Healthy means no backend is known to be down; `unknown` (not checked yet) does not count against it.
      healthy: backends.every((b) => b.health !== 'unhealthy'),
      version: VMCP_VERSION,
      group_ref: plan.groupRef ?? '',
      ...(discovery ? { discovery: discovery.snapshot() } : {}),
    });
  };
}

export function backendsHealthHandler(source: BackendHealthSource | undefined): RouteHandler {
  return (req, res, { plan }) => {
    if (!allowRead(req.method, res)) return;
    if (!source) return sendJson(res, 200, { monitoring_enabled: false });
    const health = states(
      plan.backends.map((b) => b.name),
      source,
    );
    const summary = { total: health.size, healthy: 0, degraded: 0, unhealthy: 0, unknown: 0 };
    for (const s of health.values()) summary[s]++;
    sendJson(res, 200, { monitoring_enabled: true, summary, backends: Object.fromEntries(health) });
  };
}
