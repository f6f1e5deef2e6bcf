import type { AuthServerPlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import type { SecretValues } from '../../contract.js';
import type { FlowEndpoints } from '../index.js';
import { createOAuthFlow, type OAuthFlowOptions } from './create.js';
import { keySigner } from './signer.js';
import { createUpstreamClients, type UpstreamClientsOptions } from './upstream/index.js';

export interface FlowEndpointsOptions {
  secrets: SecretValues;
  warn?: OAuthFlowOptions['warn'];
  discovery?: UpstreamClientsOptions['discovery'];
  refreshGraceMs?: number;
}

/**
 * The flow as startAuthServer's `flow` option: once keys and storage exist, the upstreams are set up
 * (OIDC discovery, retried) and the flow endpoints built over the same storage and signing key.
 */
export function oauthFlowEndpoints(as: DeepReadonly<AuthServerPlan>, o: FlowEndpointsOptions): FlowEndpoints {
  return async ({ storage, keys, clients, frontDoor }) => {
    const upstreams = await createUpstreamClients(as, { secret: (ref) => o.secrets.get(ref), ...(o.discovery ? { discovery: o.discovery } : {}) });
    return createOAuthFlow({
      plan: as,
      storage,
      clients,
      signer: keySigner(keys.signing),
      upstreams,
      ...(o.warn ? { warn: o.warn } : {}),
      ...(o.refreshGraceMs !== undefined ? { refreshGraceMs: o.refreshGraceMs } : {}),
      ...(frontDoor ? { callerAddress: frontDoor.callerAddress, rateLimits: frontDoor.rateLimits } : {}),
    });
  };
}
