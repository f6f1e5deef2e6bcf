import { allowInsecureRequests, customFetch } from 'oauth4webapi';
import { isLoopbackHost } from '../../../../common/loopback.js';
import { FlowError } from '../errors.js';
import type { UpstreamFetch } from './http-client.js';

/**
 * Which upstream URLs we talk to: https always; plain http only on a loopback host (development and tests,
 * e.g. http://localhost:8080), or anywhere when the upstream's plan sets insecureAllowHttp (ToolHive's
 * opt-in, for in-cluster IdPs). Anything else would send codes and client secrets in clear text.
 */
export function checkUpstreamUrl(raw: string, what: string, insecureAllowHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FlowError('AS_UPSTREAM_INVALID', `${what} is not a URL`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && (isLoopbackHost(url.hostname) || insecureAllowHttp)) return url;
  throw new FlowError('AS_UPSTREAM_INSECURE_URL', `${what} ${url.origin} must use https (plain http is allowed only on loopback hosts)`);
}

/**
 * oauth4webapi's options for a call to `url`: the upstream's own HTTP client (SSRF guard), and plain http
 * allowed only for the URLs checkUpstreamUrl let through (oauth4webapi refuses http unless told).
 */
export const oauthOptions = (url: URL, f: UpstreamFetch) => ({
  [customFetch]: f,
  ...(url.protocol === 'http:' ? { [allowInsecureRequests]: true as const } : {}),
});
