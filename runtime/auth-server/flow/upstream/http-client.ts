import { isIP, type LookupFunction } from 'node:net';
import { Agent, fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';
import { isNonPublicAddress } from '../../../http/address-policy.js';
import { guardedLookup } from '../../../http/guarded-lookup.js';
import { FlowError } from '../errors.js';
import { isLoopbackHost } from '../../../../common/loopback.js';

/** fetch as oauth4webapi, jose and the userinfo call use it (each passes a subset of RequestInit). */
export type UpstreamFetch = (
  url: string | URL,
  init?: { method?: string; headers?: Record<string, string> | Headers; body?: unknown; redirect?: RequestRedirect; signal?: AbortSignal | null },
) => Promise<Response>;

/**
 * The HTTP client toward one upstream. Unless the plan sets allowPrivateIp, it refuses to connect to an
 * address that is not globally reachable (SSRF guard, runtime/http/address-policy.ts): a discovery
 * document, or a DNS answer, could otherwise point the token or userinfo call at the host's own network.
 * The address is checked inside the connection's DNS lookup, so what is checked is what is connected to.
 * An upstream configured only on loopback hosts (`local`: development) may be reached on loopback; any
 * other upstream may not, whatever its discovery document says.
 */
export function upstreamFetch(name: string, allowPrivateIp: boolean, local: boolean): UpstreamFetch {
  if (allowPrivateIp) return (url, init) => fetch(url, init as RequestInit);
  const dispatcher = new Agent({ connect: { lookup: upstreamLookup(name) } });
  return (url, init) => {
    const u = new URL(url);
    if (local && isLoopbackHost(u.hostname)) return fetch(u, init as RequestInit);
    const host = u.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0 && isNonPublicAddress(host)) return Promise.reject(privateAddress(name, host));
    // undici's own fetch, because only it takes an undici dispatcher; its Response is the same class in all but name.
    return undiciFetch(u, { ...(init as UndiciRequestInit), dispatcher }) as unknown as Promise<Response>;
  };
}

const privateAddress = (name: string, address: string) =>
  new FlowError('AS_UPSTREAM_PRIVATE_ADDRESS', `upstream ${name}: refused to connect to ${address}, which is not a globally reachable address (private, loopback, link-local or another special-purpose block); set allow_private_ips to allow it`);

/** The connection-time SSRF guard, with this upstream's name in the refusal. */
export const upstreamLookup = (name: string): LookupFunction => guardedLookup((_host, address) => privateAddress(name, address));
