/**
 * DNS-rebinding protection for the MCP endpoint: the Host header must name a host vmcp is served as, and a
 * browser's Origin (when sent) must too. A rebinding page reaches a loopback server under its own domain
 * name, so checking names (not addresses) is what stops it. With no allow-list (a server bound to a public
 * address behind a proxy that owns the Host check) only Origin is compared, against the Host itself.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateHostHeader, validateOriginHeader } from '@modelcontextprotocol/server';

export interface RebindingPolicy {
  /** Host names (no port; IPv6 in brackets) the endpoint answers to; null: any. */
  allowedHostnames: readonly string[] | null;
  /** Extra Origin host names allowed for browser clients (e.g. the MCP Inspector's). */
  allowedOriginHostnames?: readonly string[];
}

export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** Returns false after answering 403 when the request must not proceed. */
export function passesRebindingGuard(req: IncomingMessage, res: ServerResponse, policy: RebindingPolicy): boolean {
  const host = req.headers.host;
  if (policy.allowedHostnames !== null) {
    const r = validateHostHeader(host, [...policy.allowedHostnames]);
    if (!r.ok) return refuse(res, `Host not allowed: ${r.message}`);
  }
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const hostName = hostnameOf(host);
  const allowed = [...(policy.allowedHostnames ?? (hostName ? [hostName] : [])), ...(policy.allowedOriginHostnames ?? [])];
  const r = validateOriginHeader(origin, allowed);
  return r.ok ? true : refuse(res, `Origin not allowed: ${r.message}`);
}

function hostnameOf(host: string | undefined): string | undefined {
  if (!host) return undefined;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

function refuse(res: ServerResponse, message: string): false {
  res.writeHead(403, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
  return false;
}

/**
 * The policy for a server bound to `host`: bound to loopback, only loopback names can reach it honestly, so
 * anything else in Host is a rebinding page. Bound wider, the names it is reached by are not known here.
 */
export function rebindingPolicyFor(host: string, allowedOriginHostnames: readonly string[] = []): RebindingPolicy {
  const loopback = host === 'localhost' || host === '::1' || host.startsWith('127.');
  return { allowedHostnames: loopback ? [...LOOPBACK_HOSTNAMES, ...(host.startsWith('127.') && host !== '127.0.0.1' ? [host] : [])] : null, allowedOriginHostnames };
}
