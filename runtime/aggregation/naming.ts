/**
 * Conflict resolution for named items (tools, prompts) across backends, after the plan's strategy:
 * - prefix: every name becomes prefixFormat with {workload} replaced, plus the name ("{workload}_" -> "weather_x");
 *   a name an override set explicitly is kept as written (the user chose it);
 * - priority: on a clash the backend earliest in priorityOrder wins, backends not listed come after in plan order;
 * - manual: overrides are expected to make names unique; a clash left over hides every contender and is
 *   reported, because guessing an owner would route calls to a backend the user did not choose.
 */
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan } from '../../generated/plan.js';
import type { Conflict, Route } from './types.js';

export interface Candidate<T> {
  backend: string;
  original: string;
  exposed: string;
  /** Set explicitly by an override: prefixing leaves it alone. */
  renamed: boolean;
  item: T;
}

export interface Resolved<T> {
  items: T[];
  routes: Map<string, Route>;
  conflicts: Conflict[];
}

export const DEFAULT_PREFIX_FORMAT = '{workload}_';

export function prefixedName(prefixFormat: string | null, backend: string, name: string): string {
  return (prefixFormat ?? DEFAULT_PREFIX_FORMAT).replaceAll('{workload}', backend) + name;
}

/** Candidates arrive in plan backend order; the result keeps that order. */
export function resolveNames<T>(
  kind: Conflict['kind'],
  candidates: readonly Candidate<T>[],
  plan: DeepReadonly<AggregationPlan>,
  rename: (item: T, name: string) => T,
): Resolved<T> {
  const named =
    plan.conflictResolution === 'prefix'
      ? candidates.map((c) => (c.renamed ? c : { ...c, exposed: prefixedName(plan.prefixFormat, c.backend, c.exposed) }))
      : candidates;
  const byName = new Map<string, Candidate<T>[]>();
  for (const c of named) {
    const list = byName.get(c.exposed);
    if (list) list.push(c);
    else byName.set(c.exposed, [c]);
  }
  const winners = new Set<Candidate<T>>();
  const conflicts: Conflict[] = [];
  for (const [name, list] of byName) {
    if (list.length === 1 || plan.conflictResolution !== 'manual') {
      winners.add(list.length === 1 ? list[0]! : pickByPriority(list, plan.priorityOrder));
    } else {
      conflicts.push({ kind, name, backends: list.map((c) => c.backend) });
    }
  }
  const items: T[] = [];
  const routes = new Map<string, Route>();
  for (const c of named) {
    if (!winners.has(c)) continue;
    items.push(c.exposed === c.original && !c.renamed ? c.item : rename(c.item, c.exposed));
    routes.set(c.exposed, { backend: c.backend, name: c.original });
  }
  return { items, routes, conflicts };
}

/** Also used for prefix clashes (two formats can still collide, e.g. "{workload}" with "a"+"bc" and "ab"+"c"). */
function pickByPriority<T>(list: readonly Candidate<T>[], order: readonly string[]): Candidate<T> {
  const rank = (c: Candidate<T>) => {
    const i = order.indexOf(c.backend);
    return i === -1 ? order.length : i;
  };
  // Stable: equal ranks keep plan order, so the first backend listed wins among unranked ones.
  return list.reduce((best, c) => (rank(c) < rank(best) ? c : best));
}
