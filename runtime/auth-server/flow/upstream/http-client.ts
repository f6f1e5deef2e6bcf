import { isLoopbackHost } from '../../../../common/loopback.js';
import { createGuardedClient, type GuardedFetch } from '../../../http/guarded-client.js';
import { FlowError } from '../errors.js';

/** fetch as oauth4webapi, jose and the userinfo call use it. */
export type UpstreamFetch = GuardedFetch;

/**
 * The HTTP client toward one upstream: the guarded client (runtime/http/guarded-client.ts) unless the
 * plan sets allowPrivateIp, since a discovery document, or a DNS answer, could otherwise point the token
 * or userinfo call at the host's own network. An upstream configured only on loopback hosts (`local`:
 * development) may be reached on loopback; any other upstream may not, whatever its discovery document says.
 */
export function upstreamFetch(name: string, allowPrivateIp: boolean, local: boolean): UpstreamFetch {
  return createGuardedClient({
    refuse: (_host, address) => privateAddress(name, address),
    allowPrivateIp,
    ...(local ? { exempt: (u: URL) => isLoopbackHost(u.hostname) } : {}),
  }).fetch;
}

const privateAddress = (name: string, address: string) =>
  new FlowError('AS_UPSTREAM_PRIVATE_ADDRESS', `upstream ${name}: refused to connect to ${address}, which is not a globally reachable address (private, loopback, link-local or another special-purpose block); set allow_private_ips to allow it`);
