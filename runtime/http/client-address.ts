/**
 * Who is calling, as an address: for per-caller limits (rate limits, the anonymous session cap). The
 * socket's peer address, unless that peer is a trusted proxy (`http.trustedProxies`): then the
 * X-Forwarded-For chain is walked from the right, skipping trusted proxies, and the first address a
 * trusted proxy did not add is the caller. Without trusted proxies the header is never read: anyone can
 * send it. node:net's BlockList does the CIDR matching.
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { RuntimeError } from '../errors.js';

export type ClientAddressOf = (req: IncomingMessage) => string;

/** `trustedProxies`: IP addresses or CIDR blocks (`10.0.0.0/8`, `fd00::/8`). Throws VMCP_PLAN_INVALID on a malformed one. */
export function clientAddressResolver(trustedProxies: readonly string[] = []): ClientAddressOf {
  if (trustedProxies.length === 0) return (req) => normalize(req.socket.remoteAddress ?? '') ?? 'unknown';
  const trusted = new BlockList();
  for (const entry of trustedProxies) addEntry(trusted, entry);
  const isTrusted = (ip: string) => trusted.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
  return (req) => {
    const peer = normalize(req.socket.remoteAddress ?? '');
    if (peer === null) return 'unknown';
    if (!isTrusted(peer)) return peer;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((h) => h.trim()).filter((h) => h !== '');
    let caller = peer;
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = normalize(hops[i]!);
      // A hop that is not an address was written by someone we do not trust: stop at the last good one.
      if (hop === null) break;
      caller = hop;
      if (!isTrusted(hop)) break;
    }
    return caller;
  };
}

/**
 * The key a per-caller limit counts under: the IPv4 address, or the /64 of an IPv6 address, since one
 * host is usually given a whole /64 and could otherwise rotate through it.
 */
export function callerKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return groups === null ? address : `${groups.slice(0, 4).join(':')}::/64`;
}

function addEntry(list: BlockList, entry: string): void {
  const [net, bitsText, extra] = entry.split('/');
  const family = isIP(net ?? '');
  const max = family === 6 ? 128 : 32;
  const bits = bitsText === undefined ? max : Number(bitsText);
  if (family === 0 || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > max || (bitsText !== undefined && !/^\d+$/.test(bitsText))) {
    throw new RuntimeError('VMCP_PLAN_INVALID', `http.trustedProxies: "${entry}" is not an IP address or CIDR block`);
  }
  list.addSubnet(net!, bits, family === 6 ? 'ipv6' : 'ipv4');
}

/** An IP literal, with IPv4-mapped IPv6 (how a dual-stack socket reports IPv4 peers) as plain IPv4; null otherwise. */
function normalize(raw: string): string | null {
  const ip = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw;
  const family = isIP(ip);
  if (family === 0) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? mapped[1]! : ip.toLowerCase();
}

function expandIpv6(ip: string): string[] | null {
  const [head, tail] = ip.split('::');
  const parts = (s: string | undefined) => (s === undefined || s === '' ? [] : s.split(':'));
  const left = parts(head);
  const right = parts(tail);
  // An embedded IPv4 tail takes two groups; for a /64 key only the first four groups matter.
  const width = right.some((p) => p.includes('.')) || left.some((p) => p.includes('.')) ? 7 : 8;
  const fill = ip.includes('::') ? Array<string>(Math.max(0, width - left.length - right.length)).fill('0') : [];
  const all = [...left, ...fill, ...right];
  return all.length >= 4 ? all.map((g) => (g.includes('.') ? g : (parseInt(g, 16) || 0).toString(16))) : null;
}
