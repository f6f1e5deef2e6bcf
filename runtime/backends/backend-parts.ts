/** What a backend needs besides its plan, built from the plan and its secrets: its outgoing strategy, and for stdio its program. */
import type { DeepReadonly } from '../../common/freeze.js';
import type { BackendPlan } from '../../generated/plan.js';
import type { RuntimePlan, SecretValues } from '../contract.js';
import { createStrategy } from '../outgoing/factory.js';
import type { OutgoingStrategy } from '../outgoing/strategy.js';
import { resolveStdioLaunch, type StdioLaunch } from './stdio.js';

export function backendParts(plan: RuntimePlan, b: DeepReadonly<BackendPlan>, secrets: SecretValues): { strategy: OutgoingStrategy; launch?: StdioLaunch } {
  const strategy = createStrategy(b.outgoingAuth, plan, secrets, b.timeoutMs);
  return b.stdio ? { strategy, launch: resolveStdioLaunch(b.stdio, secrets) } : { strategy };
}
