/**
 * The status the operator writes: reconcile's phase and conditions, plus what Kubernetes conventions add.
 * A condition keeps its lastTransitionTime unless its status flips, and every condition records the
 * generation it describes, so `kubectl wait` and alerting see real transitions only.
 */
import type { Condition as ReconcileCondition, Phase } from '../compiler/k8s/index.js';
import { canonicalJson } from '../compiler/index.js';
import {
  CONDITION_AUTH_SERVER,
  CONDITION_AUTH_SERVER_INLINE,
  CONDITION_BACKENDS_DISCOVERED,
  CONDITION_CONFIG,
  CONDITION_GROUP_REF,
  CONDITION_OIDC_REF,
  CONDITION_TELEMETRY_REF,
  CONDITION_TOOL_CONFIG,
} from '../compiler/k8s/index.js';

export interface StatusCondition extends ReconcileCondition {
  lastTransitionTime: string;
  observedGeneration: number;
}

export interface ServerStatus {
  phase: Phase;
  observedGeneration: number;
  conditions: StatusCondition[];
}

/** The condition types this operator owns; others (another controller's) are left as they are. */
const OWNED = new Set([
  CONDITION_AUTH_SERVER,
  CONDITION_AUTH_SERVER_INLINE,
  CONDITION_OIDC_REF,
  CONDITION_TELEMETRY_REF,
  CONDITION_TOOL_CONFIG,
  CONDITION_GROUP_REF,
  CONDITION_BACKENDS_DISCOVERED,
  CONDITION_CONFIG,
]);

export function nextStatus(
  previous: { conditions?: StatusCondition[] } | undefined,
  result: { phase: Phase; conditions: ReconcileCondition[] },
  generation: number,
  now: () => Date,
): ServerStatus {
  const before = previous?.conditions ?? [];
  const ours = result.conditions.map((c): StatusCondition => {
    const old = before.find((b) => b.type === c.type);
    const lastTransitionTime = old && old.status === c.status && old.lastTransitionTime ? old.lastTransitionTime : now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    return { type: c.type, status: c.status, reason: c.reason, message: c.message, lastTransitionTime, observedGeneration: generation };
  });
  const others = before.filter((b) => !OWNED.has(b.type));
  return { phase: result.phase, observedGeneration: generation, conditions: [...others, ...ours] };
}

/**
 * Same content, so no patch is needed. Compared with sorted keys: the API server stores custom objects as
 * JSON maps and returns their keys in its own (sorted) order, not the order they were written in.
 */
export function sameStatus(a: unknown, b: ServerStatus): boolean {
  if (typeof a !== 'object' || a === null) return false;
  const s = a as Partial<ServerStatus>;
  const mine = { phase: s.phase, observedGeneration: s.observedGeneration, conditions: s.conditions ?? [] };
  return canonicalJson(mine) === canonicalJson(b);
}
