/**
 * `explain --connect`: the names clients would see, from the backends themselves. The runtime's own parts do
 * the work (secrets read as serve reads them, the strategy factory, stdio programs started as serve starts
 * them, the backend pool, the aggregation), so the names are the ones `serve` would list. A backend that
 * cannot be listed is reported with the reason and the rest go on: the names of the others are then those
 * they would have without it. Backends whose credentials are per caller (token_exchange, upstream_inject)
 * cannot be listed without a signed-in caller, which explain does not have: they are reported as not listed.
 * Only `--connect` loads this module (commands/explain.ts), so the runtime is imported here without cost to
 * a plain explain.
 */
import { VmcpError } from '../../common/errors.js';
import { aggregate } from '../../runtime/aggregation/aggregate.js';
import { AggregationConflictError } from '../../runtime/aggregation/errors.js';
import type { AggregatedCatalog, BackendCatalog, Route } from '../../runtime/aggregation/types.js';
import { BackendPool } from '../../runtime/backends/pool.js';
import { backendParts } from '../../runtime/backends/backend-parts.js';
import type { StdioLaunch } from '../../runtime/backends/stdio.js';
import type { RuntimePlan } from '../../runtime/contract.js';
import type { OutgoingStrategy } from '../../runtime/outgoing/strategy.js';
import { describeRef, readSecrets } from '../../runtime/secrets.js';

export interface LiveBackend {
  name: string;
  status: 'listed' | 'unreachable' | 'not_listed';
  /** Why it is not listed; null when it is. */
  reason: string | null;
  /** Listed tools: the name clients see and the backend's own. */
  tools: { name: string; backendName: string }[];
  /** Tools it offers that clients do not see (filtered, excluded, or a name lost to another backend). */
  hiddenTools: string[];
  prompts: { name: string; backendName: string }[];
  resources: string[];
  resourceTemplates: string[];
}

export interface LiveCatalog {
  backends: LiveBackend[];
  /** Set when the aggregation itself fails (manual conflict resolution with a clash): nothing would be listed. */
  problem: string | null;
}

export async function connectCatalog(plan: RuntimePlan): Promise<LiveCatalog> {
  const { secrets, problems } = readSecrets(plan);
  const outcome = new Map<string, LiveBackend>();
  const strategies = new Map<string, OutgoingStrategy>();
  const launches = new Map<string, StdioLaunch>();
  plan.backends.forEach((b, i) => {
    const mine = problems.filter((p) => p.at === `backends[${i}]` || p.at.startsWith(`backends[${i}].`));
    if (mine.length > 0) {
      outcome.set(b.name, empty(b.name, 'unreachable', `its secrets cannot be read: ${mine.map((p) => `${describeRef(p.ref)} ${p.problem}`).join('; ')}`));
      return;
    }
    // As serve builds its backends (runtime/backends/backend-parts.ts).
    const { strategy, launch } = backendParts(plan, b, secrets);
    if (strategy.perIdentity) {
      outcome.set(b.name, empty(b.name, 'not_listed', `its credentials (${b.outgoingAuth.type}) are each caller's own; what it lists is seen only with a signed-in caller`));
      return;
    }
    strategies.set(b.name, strategy);
    if (launch) launches.set(b.name, launch);
  });

  const reachable = plan.backends.filter((b) => strategies.has(b.name));
  const pool = new BackendPool({ ...plan, backends: reachable }, { strategies, launches });
  const catalogs = new Map<string, BackendCatalog>();
  try {
    // The health check's time limit, as serve's first discovery uses it: an address that drops packets
    // costs seconds, not the backend's whole call timeout.
    const limit = plan.operational.failureHandling.healthCheckTimeoutMs;
    await Promise.all(
      reachable.map(async (b) => {
        try {
          catalogs.set(b.name, await pool.backend(b.name)!.fetchCatalog(null, limit > 0 ? Math.min(limit, b.timeoutMs) : undefined));
        } catch (e) {
          // The backend layer's errors are sentences for people; anything else is a bug, told as one.
          outcome.set(b.name, empty(b.name, 'unreachable', e instanceof VmcpError ? e.message : `unexpected error: ${(e as Error).message}`));
        }
      }),
    );
  } finally {
    await pool.close();
  }

  // Plan order, as the pool aggregates, so ties go the way serve breaks them.
  const ordered = new Map(plan.backends.flatMap((b) => (catalogs.has(b.name) ? [[b.name, catalogs.get(b.name)!] as const] : [])));
  let aggregated: AggregatedCatalog | null = null;
  let problem: string | null = null;
  try {
    aggregated = aggregate(ordered, plan.aggregation);
  } catch (e) {
    if (!(e instanceof AggregationConflictError)) throw e;
    problem = e.message;
  }
  const backends = plan.backends.map((b) => outcome.get(b.name) ?? listed(b.name, catalogs.get(b.name)!, aggregated));
  return { backends, problem };
}

function empty(name: string, status: LiveBackend['status'], reason: string): LiveBackend {
  return { name, status, reason, tools: [], hiddenTools: [], prompts: [], resources: [], resourceTemplates: [] };
}

type Named = LiveBackend['tools'][number];

/** The entries of a routing table that lead to `backend`, in the order clients see them. */
const routesTo = (routes: ReadonlyMap<string, Route> | undefined, backend: string): Named[] =>
  [...(routes ?? new Map<string, Route>())].filter(([, r]) => r.backend === backend).map(([exposed, r]) => ({ name: exposed, backendName: r.name }));

function listed(name: string, own: BackendCatalog, all: AggregatedCatalog | null): LiveBackend {
  const tools = routesTo(all?.toolRoutes, name);
  const shown = new Set(tools.map((t) => t.backendName));
  return {
    name,
    status: 'listed',
    reason: null,
    tools,
    // Without an aggregation there is no telling what it would hide: the catalog's problem says what failed.
    hiddenTools: all === null ? [] : own.tools.map((t) => t.name).filter((n) => !shown.has(n)),
    prompts: routesTo(all?.promptRoutes, name),
    resources: routesTo(all?.resourceRoutes, name).map((r) => r.name),
    resourceTemplates: (all?.templateOwners ?? []).filter((o) => o.backend === name).map((o) => o.template),
  };
}
