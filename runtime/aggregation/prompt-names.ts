/**
 * Prompt names across backends, as ToolHive forms them (pkg/vmcp/aggregator/capability_conflicts.go:162-245,
 * conflict_resolver.go:52-76), which is not the tools' policy: a prompt's name depends on its backend and the
 * config only, never on what other backends offer.
 * - Every prompt is prefixed with prefixFormat (default "{workload}_"), under every strategy, except under
 *   `priority`, where backends listed in priorityOrder keep their bare names (unlisted ones stay prefixed).
 * - One backend offering a name twice: the later one is dropped.
 * - Bare names claimed by several listed backends: the earliest in priorityOrder keeps it, the others are dropped.
 * - Any other shared name (two prefixes composing to one string, or a prefixed name equal to a listed
 *   backend's bare one) has no owner: every claimant is dropped, the rest keeps serving.
 */
import type { Prompt } from '@modelcontextprotocol/server';
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan } from '../../generated/plan.js';
import { prefixedName } from './prefix.js';
import type { Route } from './types.js';

interface Claim {
  backend: string;
  prompt: Prompt;
  name: string;
  /** Position in priorityOrder; undefined for an unlisted backend. */
  rank: number | undefined;
}

/** Catalog order in, the same order out. */
export function resolvePrompts(
  byBackend: readonly (readonly [string, readonly Prompt[]])[],
  plan: DeepReadonly<AggregationPlan>,
): { prompts: Prompt[]; routes: Map<string, Route> } {
  const ranks = new Map<string, number>();
  if (plan.conflictResolution === 'priority') plan.priorityOrder.forEach((b, i) => ranks.has(b) || ranks.set(b, i));
  const claims = new Map<string, Claim[]>();
  const ordered: Claim[] = [];
  for (const [backend, prompts] of byBackend) {
    const rank = ranks.get(backend);
    for (const prompt of prompts) {
      const name = rank === undefined ? prefixedName(plan.prefixFormat, backend, prompt.name) : prompt.name;
      const list = claims.get(name) ?? [];
      if (list.some((c) => c.backend === backend)) continue;
      const claim = { backend, prompt, name, rank };
      list.push(claim);
      claims.set(name, list);
      ordered.push(claim);
    }
  }
  const winners = new Set<Claim>();
  for (const list of claims.values()) {
    if (list.length > 1 && list.some((c) => c.rank === undefined)) continue;
    winners.add(list.reduce((best, c) => (c.rank! < best.rank! ? c : best)));
  }
  const prompts: Prompt[] = [];
  const routes = new Map<string, Route>();
  for (const c of ordered) {
    if (!winners.has(c)) continue;
    prompts.push(c.name === c.prompt.name ? c.prompt : { ...c.prompt, name: c.name });
    routes.set(c.name, { backend: c.backend, name: c.prompt.name });
  }
  return { prompts, routes };
}
