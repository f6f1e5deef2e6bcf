import type { Rule } from './rule.js';
import { incomingOidc, runConfig, str } from '../config-view.js';

/** V-04: vmcp validates its own JWTs, so the AS issuer and the incoming OIDC issuer must be the same string. */
export const V04: Rule = {
  id: 'V-04',
  check(config) {
    const issuer = str(runConfig(config)?.issuer);
    const incoming = str(incomingOidc(config)?.issuer);
    if (issuer === undefined || incoming === undefined || issuer === incoming) return [];
    return [
      {
        severity: 'error',
        rule: 'V-04',
        path: ['authServer', 'runConfig', 'issuer'],
        message: `authServer.runConfig.issuer ${JSON.stringify(issuer)} does not match incomingAuth.oidc.issuer ${JSON.stringify(incoming)}; when the embedded auth server is the OIDC issuer both must be the same string`,
      },
    ];
  },
};
