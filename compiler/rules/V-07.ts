import type { Rule } from './rule.js';
import { arr, authServerIsIncomingIssuer, incomingOidc, runConfig, str } from '../config-view.js';

/** V-07: tokens vmcp issues carry an allowed audience; the incoming check must accept one of them. */
export const V07: Rule = {
  id: 'V-07',
  check(config) {
    if (!authServerIsIncomingIssuer(config)) return [];
    const audience = str(incomingOidc(config)?.audience);
    const allowed = arr(runConfig(config)?.allowed_audiences).filter((a): a is string => typeof a === 'string');
    if (audience === undefined || audience === '' || allowed.includes(audience)) return [];
    return [
      {
        severity: 'error',
        rule: 'V-07',
        path: ['incomingAuth', 'oidc', 'audience'],
        message: `incomingAuth.oidc.audience ${JSON.stringify(audience)} is not in authServer.runConfig.allowed_audiences [${allowed.map((a) => JSON.stringify(a)).join(', ')}]; add it there, or change the audience, or tokens vmcp issues would be refused by vmcp itself`,
      },
    ];
  },
};
