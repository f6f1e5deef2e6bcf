/**
 * What a live reload may change while vmcp runs: the backends (with their outgoing auth and timeouts), how
 * they are discovered (not whether: that starts or stops a poller, a restart), the aggregation, and the
 * operational settings. The rest (routes, incoming auth, the auth server, the http
 * section, telemetry, the server's name and group) is wired into the listening server, the token checks and
 * the MCP sessions already open; a change there needs a restart, and the running plan stays until then.
 */
import { planDiff, type PlanArea, type PlanChange } from '../common/plan-diff/index.js';
import type { PoolChanges } from './backends/pool.js';
import type { RuntimePlan } from './contract.js';

export const RELOADABLE_AREAS: ReadonlySet<PlanArea> = new Set(['backends', 'discovery', 'aggregation', 'operational']);

export type ReloadOutcome =
  /** Swapped in. `changes` may be empty when only secret values changed (a rotated env var or file). */
  | { status: 'applied'; changes: PlanChange[]; pool: PoolChanges }
  /** Changes that need a restart; nothing was applied. */
  | { status: 'restart_required'; changes: PlanChange[]; blocked: PlanChange[] }
  /** The new plan could not be started (a secret it names cannot be read); nothing was applied. */
  | { status: 'refused'; changes: PlanChange[]; message: string };

/** The changes from `current` to `next`, and those of them a reload cannot apply. */
export function reloadChanges(current: RuntimePlan, next: RuntimePlan): { changes: PlanChange[]; blocked: PlanChange[] } {
  const changes = planDiff(current, next);
  // Discovery's own settings may change; its coming or going (field null: the whole section) may not.
  const switchesMode = (c: PlanChange) => c.area === 'discovery' && c.field === null;
  return { changes, blocked: changes.filter((c) => !RELOADABLE_AREAS.has(c.area) || switchesMode(c)) };
}
