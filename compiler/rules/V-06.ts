import type { Rule } from './rule.js';
import { obj, ownerName, str, strategies } from '../config-view.js';

/** V-06: upstream_inject must say whose token to send. */
export const V06: Rule = {
  id: 'V-06',
  check(config) {
    return strategies(config).flatMap((s) => {
      if (s.strategy.type !== 'upstream_inject') return [];
      const block = obj(s.strategy.upstreamInject);
      if (str(block?.providerName)) return [];
      return [
        {
          severity: 'error' as const,
          rule: 'V-06' as const,
          path: block ? [...s.path, 'upstreamInject', 'providerName'] : [...s.path, 'upstreamInject'],
          message: `${ownerName(s)} uses upstream_inject without a provider; set upstreamInject.providerName to the name of one of authServer.runConfig.upstreams`,
        },
      ];
    });
  },
};
