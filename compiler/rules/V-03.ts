import type { Rule } from './rule.js';
import { authServerIsIncomingIssuer, ownerName, strategies } from '../config-view.js';

/** V-03 (warning): with the embedded AS as issuer, token exchange sends an upstream token, not vmcp's JWT. */
export const V03: Rule = {
  id: 'V-03',
  check(config) {
    if (!authServerIsIncomingIssuer(config)) return [];
    return strategies(config)
      .filter((s) => s.strategy.type === 'token_exchange')
      .map((s) => ({
        severity: 'warning',
        rule: 'V-03',
        path: [...s.path, 'type'],
        message: `${ownerName(s)} uses token_exchange while the embedded auth server is the incoming issuer: the subject token will be the upstream IdP's token (tokenExchange.subjectProviderName, by default the first upstream), not vmcp's JWT, so the backend's token service must trust that upstream IdP`,
      }));
  },
};
