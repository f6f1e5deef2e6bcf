/**
 * DNS-rebinding protection: the Host header must name a host vmcp is served as, and a browser's Origin
 * (when sent) must be one of those hosts or an allowed origin. A rebinding page reaches the server under
 * its own domain name, so checking names (not addresses) is what stops it, on loopback and off it alike.
 * The allowed names are the plan's `http.allowedHosts`, else the hosts the config already names (the
 * incoming `resource`, the auth server's issuer and authorization endpoint base URL), plus loopback names
 * when served on loopback. With none at all (served on a wide address, nothing named) only Origin is
 * compared, against the Host itself, and the server warns at start.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateHostHeader } from '@modelcontextprotocol/server';
import type { RouteHandler, RuntimePlan } from '../contract.js';
import { writeJsonRpcError } from './write-response.js';

export interface RebindingPolicy {
  /** Host names (no port; IPv6 in brackets) the server answers to; null: any. */
  allowedHostnames: readonly string[] | null;
  /** Browser origins (scheme://host[:port]) allowed besides the allowed host names. */
  allowedOrigins?: readonly string[];
}

export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** Returns false after answering 403 when the request must not proceed. */
export function passesRebindingGuard(req: IncomingMessage, res: ServerResponse, policy: RebindingPolicy): boolean {
  const why = rebindingRefusal(req, policy);
  if (why === null) return true;
  writeJsonRpcError(res, 403, -32000, why);
  return false;
}

/** The same guard in front of another handler (the auth server's pages and endpoints), answering in plain JSON. */
export function withRebindingGuard(handler: RouteHandler, policy: RebindingPolicy): RouteHandler {
  return (req, res, ctx) => {
    const why = rebindingRefusal(req, policy);
    if (why === null) return handler(req, res, ctx);
    const body = JSON.stringify({ error: 'invalid_request', error_description: why });
    res.writeHead(403, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store' });
    res.end(body);
  };
}

/**
 * Host headers each policy accepted lately: a client sends the same one on every request, and parsing it
 * as a URL each time cost more than the rest of the guard. Bounded, since any port is accepted.
 */
const accepted = new WeakMap<RebindingPolicy, Set<string>>();
const MAX_ACCEPTED_HOSTS = 64;

/** Why the request must be refused, or null. */
export function rebindingRefusal(req: IncomingMessage, policy: RebindingPolicy): string | null {
  const host = req.headers.host;
  if (policy.allowedHostnames !== null && (host === undefined || !accepted.get(policy)?.has(host))) {
    const r = validateHostHeader(host, [...policy.allowedHostnames]);
    if (!r.ok) return `Host not allowed: ${r.message}`;
    remember(policy, host!);
  }
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  const sent = parseOrigin(origin);
  if (sent === null) return `Origin not allowed: ${origin}`;
  if (policy.allowedOrigins?.includes(sent.origin)) return null;
  const names = policy.allowedHostnames ?? [hostnameOf(host)].filter((h): h is string => h !== undefined);
  return names.includes(sent.host) ? null : `Origin not allowed: ${sent.origin}`;
}

function remember(policy: RebindingPolicy, host: string): void {
  let hosts = accepted.get(policy);
  if (!hosts) accepted.set(policy, (hosts = new Set()));
  if (hosts.size >= MAX_ACCEPTED_HOSTS) hosts.clear();
  hosts.add(host);
}

/**
 * The policy for a plan served on `bindHost`. Served on loopback, only loopback names and the names the
 * config gives can reach it honestly; anything else in Host is a rebinding page.
 */
export function rebindingPolicyFor(bindHost: string, plan?: RuntimePlan): RebindingPolicy {
  const allowedOrigins = plan?.http?.allowedOrigins ?? [];
  const configured = plan?.http?.allowedHosts ?? namedHosts(plan);
  const loopback = bindHost === 'localhost' || bindHost === '::1' || bindHost.startsWith('127.');
  const local = loopback ? [...LOOPBACK_HOSTNAMES, ...(bindHost.startsWith('127.') && bindHost !== '127.0.0.1' ? [bindHost] : [])] : [];
  const names = [...new Set([...local, ...configured])];
  return { allowedHostnames: names.length > 0 ? names : null, allowedOrigins };
}

/** The host names of the URLs the config already says the server is reached at. */
function namedHosts(plan: RuntimePlan | undefined): string[] {
  const urls = [plan?.incomingAuth.oidc?.resource, plan?.authServer?.issuer, plan?.authServer?.authorizationEndpointBaseUrl];
  return urls.flatMap((u) => {
    const h = u ? hostnameOf(new URL(u).host) : undefined;
    return h === undefined ? [] : [h];
  });
}

/** `host[:port]` to the host name as validateHostHeader compares it (IPv6 in brackets, lower case). */
function hostnameOf(host: string | undefined): string | undefined {
  if (!host) return undefined;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

function parseOrigin(origin: string): { origin: string; host: string } | null {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? { origin: u.origin, host: u.hostname } : null;
  } catch {
    return null;
  }
}
