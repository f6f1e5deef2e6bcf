/**
 * Tool names across backends, by the plan's strategy, as ToolHive's resolvers give them. Names arrive with
 * overrides applied, hidden tools included (tool-config.ts):
 * - prefix: every name becomes the backend prefix plus the name, renamed ones included (prefix_resolver.go:45-48);
 * - priority: on a clash the backend earliest in priorityOrder wins and the others lose the name; when no
 *   contender is listed, all of them keep the tool under "{workload}_" names instead (priority_resolver.go:85-111,
 *   the fallback "to avoid data loss", which always uses the default format, :49);
 * - manual: names stay as they are, and two tools with one name fail the whole aggregation
 *   (AggregationConflictError), whether or not they are hidden (manual_resolver.go:55-67, :113-117).
 * A name still shared after prefix or priority (two prefixes can collide: "{workload}" with "a"+"bc" and
 * "ab"+"c") goes to the earliest backend in priorityOrder, then in plan order (ToolHive keeps one at random).
 * Only advertised winners are listed and routed: ToolHive's calls are held to the advertised view too.
 */
import type { Tool } from '@modelcontextprotocol/server';
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan } from '../../generated/plan.js';
import { AggregationConflictError } from './errors.js';
import { DEFAULT_PREFIX_FORMAT, prefixedName } from './prefix.js';
import type { ShapedTool } from './tool-config.js';
import type { Route } from './types.js';

export interface ToolCandidate extends ShapedTool {
  backend: string;
}

/** Candidates arrive in plan backend order; the result keeps that order. */
export function resolveTools(candidates: readonly ToolCandidate[], plan: DeepReadonly<AggregationPlan>): { tools: Tool[]; routes: Map<string, Route> } {
  const exposed = exposedNames(candidates, plan);
  const byName = groupBy(exposed);
  if (plan.conflictResolution === 'manual') {
    const clashes = [...byName].filter(([, list]) => list.length > 1).map(([name, list]) => ({ name, backends: list.map((i) => candidates[i]!.backend) }));
    if (clashes.length > 0) throw new AggregationConflictError(clashes);
  }
  const winners = new Set([...byName.values()].map((list) => pickByPriority(list, candidates, plan.priorityOrder)));
  const tools: Tool[] = [];
  const routes = new Map<string, Route>();
  candidates.forEach((c, i) => {
    if (!winners.has(i) || !c.advertised) return;
    const name = exposed[i]!;
    tools.push(name === c.tool.name ? c.tool : { ...c.tool, name });
    routes.set(name, { backend: c.backend, name: c.original });
  });
  return { tools, routes };
}

function exposedNames(candidates: readonly ToolCandidate[], plan: DeepReadonly<AggregationPlan>): string[] {
  if (plan.conflictResolution === 'prefix') return candidates.map((c) => prefixedName(plan.prefixFormat, c.backend, c.tool.name));
  if (plan.conflictResolution === 'manual') return candidates.map((c) => c.tool.name);
  const listed = new Set(plan.priorityOrder);
  const contenders = groupBy(candidates.map((c) => c.tool.name));
  return candidates.map((c) => {
    const rivals = contenders.get(c.tool.name)!;
    const unlistedClash = rivals.length > 1 && !rivals.some((i) => listed.has(candidates[i]!.backend));
    return unlistedClash ? prefixedName(DEFAULT_PREFIX_FORMAT, c.backend, c.tool.name) : c.tool.name;
  });
}

/** Indexes by name, in order. */
function groupBy(names: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  names.forEach((name, i) => {
    const list = out.get(name);
    if (list) list.push(i);
    else out.set(name, [i]);
  });
  return out;
}

function pickByPriority(list: readonly number[], candidates: readonly ToolCandidate[], order: readonly string[]): number {
  const rank = (i: number) => {
    const r = order.indexOf(candidates[i]!.backend);
    return r === -1 ? order.length : r;
  };
  // Stable: equal ranks keep plan order, so the first backend listed wins among unranked ones.
  return list.reduce((best, i) => (rank(i) < rank(best) ? i : best));
}
