import type { RememberedConsent } from '../../storage/types.js';

/** How long one approval spares the user the question for that client in that browser. */
export const REMEMBER_CONSENT_MS = 30 * 24 * 3600 * 1000;

/** What a request asks for, as far as consent is concerned. */
export interface ConsentScope {
  scopes: readonly string[];
  resource: string;
}

/** An approval covers a later request that asks for no scope and no resource beyond it. */
export const covers = (r: RememberedConsent | null, ask: ConsentScope): boolean =>
  r !== null && r.resources.includes(ask.resource) && ask.scopes.every((s) => r.scopes.includes(s));

/** A new approval adds to the previous one, so alternating requests of one client are not asked again. */
export function widen(previous: RememberedConsent | null, ask: ConsentScope, now: number): RememberedConsent {
  return {
    scopes: [...new Set([...(previous?.scopes ?? []), ...ask.scopes])],
    resources: [...new Set([...(previous?.resources ?? []), ask.resource])],
    approvedAt: now,
  };
}
