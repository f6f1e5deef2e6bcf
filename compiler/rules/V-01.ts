import type { Rule } from './rule.js';
import { hasAuthServer, ownerName, strategies } from '../config-view.js';

/** V-01: upstream_inject needs the embedded auth server, which is what holds upstream tokens. */
export const V01: Rule = {
  id: 'V-01',
  check(config) {
    if (hasAuthServer(config)) return [];
    return strategies(config)
      .filter((s) => s.strategy.type === 'upstream_inject')
      .map((s) => ({
        severity: 'error',
        rule: 'V-01',
        path: [...s.path, 'type'],
        message: `${ownerName(s)} uses upstream_inject, but no auth server is configured; add authServer.runConfig (or an authserver-config.yaml next to this file), or choose another strategy`,
      }));
  },
};
