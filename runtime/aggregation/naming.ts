/**
 * Conflict resolution for named items (tools, prompts) across backends, after the plan's strategy. Names
 * arrive with overrides applied (tool-config.ts), as in ToolHive, so a strategy works on the names an
 * override chose:
 * - prefix: every name becomes prefixFormat with {workload} replaced, plus the name ("{workload}_" -> "weather_x";
 *   a static format such as "backend_" has no placeholder and is simply prepended), renamed ones included
 *   (ToolHive prefix_resolver.go ResolveToolConflicts prefixes every tool it is given);
 * - priority: on a clash the backend earliest in priorityOrder wins and the others lose the name; when no
 *   contender is listed, all of them keep the tool under "{workload}_" names instead (ToolHive
 *   priority_resolver.go, the fallback "to avoid data loss", which always uses the default format);
 * - manual: overrides are expected to make names unique; a clash left over hides every contender and is
 *   reported, because guessing an owner would route calls to a backend the user did not choose.
 * A name still shared after that (two prefixes can collide: "{workload}" with "a"+"bc" and "ab"+"c") goes
 * to the earliest backend in priorityOrder, then in plan order.
 */
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan } from '../../generated/plan.js';
import type { Conflict, Route } from './types.js';

export interface Candidate<T> {
  backend: string;
  /** The name the backend knows it by: calls are routed with it. */
  original: string;
  /** The name after overrides, before conflict resolution (the item's own name). */
  name: string;
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
  const exposed = exposedNames(candidates, plan);
  const byName = new Map<string, number[]>();
  exposed.forEach((name, i) => {
    const list = byName.get(name);
    if (list) list.push(i);
    else byName.set(name, [i]);
  });
  const winners = new Set<number>();
  const conflicts: Conflict[] = [];
  for (const [name, list] of byName) {
    if (list.length === 1) winners.add(list[0]!);
    else if (plan.conflictResolution === 'manual') conflicts.push({ kind, name, backends: list.map((i) => candidates[i]!.backend) });
    else winners.add(pickByPriority(list, candidates, plan.priorityOrder));
  }
  const items: T[] = [];
  const routes = new Map<string, Route>();
  candidates.forEach((c, i) => {
    if (!winners.has(i)) return;
    const name = exposed[i]!;
    items.push(name === c.name ? c.item : rename(c.item, name));
    routes.set(name, { backend: c.backend, name: c.original });
  });
  return { items, routes, conflicts };
}

function exposedNames<T>(candidates: readonly Candidate<T>[], plan: DeepReadonly<AggregationPlan>): string[] {
  if (plan.conflictResolution === 'prefix') return candidates.map((c) => prefixedName(plan.prefixFormat, c.backend, c.name));
  if (plan.conflictResolution === 'manual') return candidates.map((c) => c.name);
  const listed = new Set(plan.priorityOrder);
  const backendsByName = new Map<string, string[]>();
  for (const c of candidates) {
    const list = backendsByName.get(c.name);
    if (list) list.push(c.backend);
    else backendsByName.set(c.name, [c.backend]);
  }
  return candidates.map((c) => {
    const contenders = backendsByName.get(c.name)!;
    const unlistedClash = contenders.length > 1 && !contenders.some((b) => listed.has(b));
    return unlistedClash ? prefixedName(DEFAULT_PREFIX_FORMAT, c.backend, c.name) : c.name;
  });
}

function pickByPriority<T>(list: readonly number[], candidates: readonly Candidate<T>[], order: readonly string[]): number {
  const rank = (i: number) => {
    const r = order.indexOf(candidates[i]!.backend);
    return r === -1 ? order.length : r;
  };
  // Stable: equal ranks keep plan order, so the first backend listed wins among unranked ones.
  return list.reduce((best, i) => (rank(i) < rank(best) ? i : best));
}
