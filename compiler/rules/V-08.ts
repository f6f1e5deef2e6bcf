import type { Rule } from './rule.js';
import { hasAuthServer, obj, str } from '../config-view.js';

/** V-08: the embedded auth server only makes sense when clients' tokens are checked as OIDC JWTs. */
export const V08: Rule = {
  id: 'V-08',
  check(config) {
    if (!hasAuthServer(config)) return [];
    const type = str(obj(obj(config)?.incomingAuth)?.type);
    if (type === undefined || type === 'oidc') return [];
    return [
      {
        severity: 'error',
        rule: 'V-08',
        path: ['incomingAuth', 'type'],
        message: `an auth server is configured but incomingAuth.type is "${type}"; set incomingAuth.type to oidc with oidc.issuer equal to authServer.runConfig.issuer, or remove authServer`,
      },
    ];
  },
};
