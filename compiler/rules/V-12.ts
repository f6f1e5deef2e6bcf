import type { Finding } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { obj, strategies } from '../config-view.js';

/**
 * V-12 (warning): a secret written into the config file. It works (the plan refers to it and the runtime
 * reads it back from the file), but the file then needs the care of a secret; an env var is better.
 */
export const V12: Rule = {
  id: 'V-12',
  check(config) {
    const findings: Finding[] = [];
    for (const s of strategies(config)) {
      if (s.strategy.type === 'header_injection' && typeof obj(s.strategy.headerInjection)?.headerValue === 'string') {
        findings.push({
          severity: 'warning',
          rule: 'V-12',
          path: [...s.path, 'headerInjection', 'headerValue'],
          message: 'headerValue is written in the config file; if it is a secret, put it in an environment variable and use headerValueEnv',
        });
      }
      if (s.strategy.type === 'token_exchange' && typeof obj(s.strategy.tokenExchange)?.clientSecret === 'string') {
        findings.push({
          severity: 'warning',
          rule: 'V-12',
          path: [...s.path, 'tokenExchange', 'clientSecret'],
          message: 'clientSecret is written in the config file; put it in an environment variable and use clientSecretEnv',
        });
      }
    }
    return findings;
  },
};
