import type { Rule } from './rule.js';
import { arr, runConfig, str, strategies, upstreamName } from '../config-view.js';
import { didYouMean } from '../suggest.js';

/** V-02: upstream_inject.providerName must name one of the auth server's upstreams. */
export const V02: Rule = {
  id: 'V-02',
  check(config) {
    const rc = runConfig(config);
    if (!rc) return [];
    const names = arr(rc.upstreams).map(upstreamName);
    return strategies(config).flatMap((s) => {
      if (s.strategy.type !== 'upstream_inject') return [];
      const provider = str((s.strategy.upstreamInject as Record<string, unknown> | undefined)?.providerName);
      if (!provider || names.includes(provider)) return []; // a missing name is V-06's
      return [
        {
          severity: 'error' as const,
          rule: 'V-02' as const,
          path: [...s.path, 'upstreamInject', 'providerName'],
          message: `upstreamInject.providerName "${provider}" names no upstream in authServer.runConfig.upstreams (${names.map((n) => `"${n}"`).join(', ') || 'none'})${didYouMean(provider, names)}`,
        },
      ];
    });
  },
};
