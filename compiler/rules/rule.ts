import type { Finding, RuleId } from '../diagnostics.js';

/** One semantic check. `check` must accept any value: it runs even when the schema check failed. */
export interface Rule {
  id: RuleId;
  check(config: unknown): Finding[];
}
