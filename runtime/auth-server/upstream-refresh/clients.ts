import type { AuthServerPlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import type { SecretValues } from '../../contract.js';
import { createUpstreamClients } from '../flow/upstream/index.js';
import type { UpstreamClient } from '../flow/upstream/types.js';
import type { RefreshClients } from './refresher.js';

/** Inside a request, one discovery attempt: the user waits, and a later request tries again. */
const DISCOVERY_IN_REQUEST = { attempts: 1, firstDelayMs: 0, timeoutMs: 5000 };

/**
 * The plan's upstream clients for refreshing, each built (OIDC discovery) on its first refresh and kept
 * once that worked. Built apart from the flow's clients because startAuthServer's `flow` option hands back
 * endpoints only; lazily, so an auth server whose tokens never expire makes no extra discovery request,
 * and one upstream being down delays only the refreshes that need it.
 */
export function lazyRefreshClients(as: DeepReadonly<AuthServerPlan>, secrets: SecretValues): RefreshClients {
  const built = new Map<string, Promise<UpstreamClient>>();
  return async (provider) => {
    const up = as.upstreams.find((u) => u.name === provider);
    if (up === undefined) return null;
    let client = built.get(provider);
    if (client === undefined) {
      client = createUpstreamClients({ ...as, upstreams: [up] }, { secret: (ref) => secrets.get(ref), discovery: DISCOVERY_IN_REQUEST }).then(([c]) => c!);
      built.set(provider, client);
      // A failed discovery is forgotten, so the next refresh tries again.
      const mine = client;
      mine.catch(() => built.get(provider) === mine && built.delete(provider));
    }
    return client;
  };
}
