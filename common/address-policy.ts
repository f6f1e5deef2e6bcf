/**
 * Which IP addresses an outgoing fetch may reach when private addresses are not allowed (SSRF guard): the
 * one policy every guarded fetch uses (guarded-lookup.ts for DNS answers, the callers for IP literals).
 *
 * The table is the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890, RFC 8190; registry
 * state of 2025-10). An address is judged by the most specific block that holds it, as the registries
 * read ("not globally reachable unless allowed by a more specific allocation"): a block whose "Globally
 * Reachable" is False, N/A or empty (terminated blocks) is refused; True is allowed; an address in no
 * block is public. A few blocks the special-purpose registries leave out come from the IANA address-space
 * registries (multicast, deprecated site-local, IPv4-compatible), marked `registry: '...-address-space'`.
 */
import { BlockList, isIP } from 'node:net';

export interface SpecialPurposeBlock {
  readonly cidr: string;
  /** The block's name in its registry. */
  readonly name: string;
  readonly rfc: string;
  /** The registry's "Globally Reachable": null for N/A or empty. Address-space rows: false (not global unicast). */
  readonly globallyReachable: boolean | null;
  readonly registry: 'ipv4-special-purpose' | 'ipv6-special-purpose' | 'ipv4-address-space' | 'ipv6-address-space';
  /** The last 32 bits are the IPv4 host a translator delivers to: the verdict is that address's. */
  readonly embedsIpv4?: true;
}

const v4 = (cidr: string, name: string, rfc: string, globallyReachable: boolean | null): SpecialPurposeBlock => ({ cidr, name, rfc, globallyReachable, registry: 'ipv4-special-purpose' });
const v6 = (cidr: string, name: string, rfc: string, globallyReachable: boolean | null): SpecialPurposeBlock => ({ cidr, name, rfc, globallyReachable, registry: 'ipv6-special-purpose' });

export const SPECIAL_PURPOSE_BLOCKS: readonly SpecialPurposeBlock[] = Object.freeze([
  v4('0.0.0.0/8', '"This network"', 'RFC 791, Section 3.2', false),
  v4('0.0.0.0/32', '"This host on this network"', 'RFC 1122, Section 3.2.1.3', false),
  v4('10.0.0.0/8', 'Private-Use', 'RFC 1918', false),
  v4('100.64.0.0/10', 'Shared Address Space', 'RFC 6598', false),
  v4('127.0.0.0/8', 'Loopback', 'RFC 1122, Section 3.2.1.3', false),
  v4('169.254.0.0/16', 'Link Local', 'RFC 3927', false),
  v4('172.16.0.0/12', 'Private-Use', 'RFC 1918', false),
  v4('192.0.0.0/24', 'IETF Protocol Assignments', 'RFC 6890, Section 2.1', false),
  v4('192.0.0.0/29', 'IPv4 Service Continuity Prefix', 'RFC 7335', false),
  v4('192.0.0.8/32', 'IPv4 dummy address', 'RFC 7600', false),
  v4('192.0.0.9/32', 'Port Control Protocol Anycast', 'RFC 7723', true),
  v4('192.0.0.10/32', 'Traversal Using Relays around NAT Anycast', 'RFC 8155', true),
  v4('192.0.0.170/32', 'NAT64/DNS64 Discovery', 'RFC 8880, RFC 7050 Section 2.2', false),
  v4('192.0.0.171/32', 'NAT64/DNS64 Discovery', 'RFC 8880, RFC 7050 Section 2.2', false),
  v4('192.0.2.0/24', 'Documentation (TEST-NET-1)', 'RFC 5737', false),
  v4('192.31.196.0/24', 'AS112-v4', 'RFC 7535', true),
  v4('192.52.193.0/24', 'AMT', 'RFC 7450', true),
  v4('192.88.99.0/24', 'Deprecated (6to4 Relay Anycast)', 'RFC 7526', null),
  v4('192.88.99.2/32', '6a44-relay anycast address', 'RFC 6751', false),
  v4('192.168.0.0/16', 'Private-Use', 'RFC 1918', false),
  v4('192.175.48.0/24', 'Direct Delegation AS112 Service', 'RFC 7534', true),
  v4('198.18.0.0/15', 'Benchmarking', 'RFC 2544', false),
  v4('198.51.100.0/24', 'Documentation (TEST-NET-2)', 'RFC 5737', false),
  v4('203.0.113.0/24', 'Documentation (TEST-NET-3)', 'RFC 5737', false),
  v4('240.0.0.0/4', 'Reserved', 'RFC 1112, Section 4', false),
  v4('255.255.255.255/32', 'Limited Broadcast', 'RFC 8190, RFC 919 Section 7', false),
  // Not in the special-purpose registry; nothing a fetch should reach.
  { cidr: '224.0.0.0/4', name: 'Multicast', rfc: 'RFC 5771', globallyReachable: false, registry: 'ipv4-address-space' },

  v6('::1/128', 'Loopback Address', 'RFC 4291', false),
  v6('::/128', 'Unspecified Address', 'RFC 4291', false),
  // Refused whole rather than judged by the IPv4 inside: the socket would reach that IPv4 host, which a
  // plain IPv4 URL or DNS answer can name directly, and resolvers hand out mapped addresses only when asked.
  v6('::ffff:0:0/96', 'IPv4-mapped Address', 'RFC 4291', false),
  // Globally reachable: a NAT64 delivers to the IPv4 address in the last 32 bits, so that address decides.
  { ...v6('64:ff9b::/96', 'IPv4-IPv6 Translat.', 'RFC 6052', true), embedsIpv4: true },
  // Local-use NAT64 prefixes translate inside the operator's network, and may embed the IPv4 host at any of
  // RFC 6052's offsets: refused whole, as the registry says.
  v6('64:ff9b:1::/48', 'IPv4-IPv6 Translat.', 'RFC 8215', false),
  v6('100::/64', 'Discard-Only Address Block', 'RFC 6666', false),
  v6('100:0:0:1::/64', 'Dummy IPv6 Prefix', 'RFC 9780', false),
  v6('2001::/23', 'IETF Protocol Assignments', 'RFC 2928', false),
  // N/A: Teredo addresses carry the client's obfuscated IPv4 address and port and are reached through a
  // relay we do not control; no document host needs one, so they are refused whole.
  v6('2001::/32', 'TEREDO', 'RFC 4380, RFC 8190', null),
  v6('2001:1::1/128', 'Port Control Protocol Anycast', 'RFC 7723', true),
  v6('2001:1::2/128', 'Traversal Using Relays around NAT Anycast', 'RFC 8155', true),
  v6('2001:1::3/128', 'DNS-SD Service Registration Protocol Anycast', 'RFC 9665', true),
  v6('2001:2::/48', 'Benchmarking', 'RFC 5180, RFC Errata 1752', false),
  v6('2001:3::/32', 'AMT', 'RFC 7450', true),
  v6('2001:4:112::/48', 'AS112-v6', 'RFC 7535', true),
  v6('2001:10::/28', 'Deprecated (previously ORCHID)', 'RFC 4843', null),
  v6('2001:20::/28', 'ORCHIDv2', 'RFC 7343', true),
  v6('2001:30::/28', 'Drone Remote ID Protocol Entity Tags (DETs) Prefix', 'RFC 9374', true),
  v6('2001:db8::/32', 'Documentation', 'RFC 3849', false),
  // N/A, refused whole: a 6to4 address (IPv4 in bits 16-47) is reached by encapsulating to that IPv4 host,
  // through the host's own 6to4 interface or a relay (anycast relays deprecated by RFC 7526), so the hop
  // that decides where it lands is out of our sight; and a public host has a native address besides.
  v6('2002::/16', '6to4', 'RFC 3056', null),
  v6('2620:4f:8000::/48', 'Direct Delegation AS112 Service', 'RFC 7534', true),
  v6('3fff::/20', 'Documentation', 'RFC 9637', false),
  v6('5f00::/16', 'Segment Routing (SRv6) SIDs', 'RFC 9602', false),
  v6('fc00::/7', 'Unique-Local', 'RFC 4193, RFC 8190', false),
  v6('fe80::/10', 'Link-Local Unicast', 'RFC 4291', false),
  // Not in the special-purpose registry. IPv4-compatible addresses are deprecated, and some stacks tunnel
  // them to the IPv4 inside; site-local is deprecated but still routed inside some networks.
  { cidr: '::/96', name: 'IPv4-compatible (deprecated)', rfc: 'RFC 4291, Section 2.5.5.1', globallyReachable: false, registry: 'ipv6-address-space' },
  { cidr: 'fec0::/10', name: 'Site-Local (deprecated)', rfc: 'RFC 3879', globallyReachable: false, registry: 'ipv6-address-space' },
  { cidr: 'ff00::/8', name: 'Multicast', rfc: 'RFC 4291', globallyReachable: false, registry: 'ipv6-address-space' },
]);

interface Matcher {
  block: SpecialPurposeBlock;
  list: BlockList;
  bits: number;
}

/**
 * One BlockList per block, most specific first, so the first that matches is the block that decides.
 * Per family: node's BlockList matches IPv4 rules against IPv4-mapped addresses and the reverse.
 */
function matchers(family: 'ipv4' | 'ipv6'): Matcher[] {
  return SPECIAL_PURPOSE_BLOCKS.filter((b) => (isIP(b.cidr.split('/')[0]!) === 4) === (family === 'ipv4'))
    .map((block) => {
      const [net, bits] = block.cidr.split('/') as [string, string];
      const list = new BlockList();
      list.addSubnet(net, Number(bits), family);
      return { block, list, bits: Number(bits) };
    })
    .sort((a, b) => b.bits - a.bits);
}

const IPV4 = matchers('ipv4');
const IPV6 = matchers('ipv6');

/** The special-purpose block that decides for `address` (an IP literal), or undefined for ordinary unicast. */
function specialPurposeBlockOf(address: string): SpecialPurposeBlock | undefined {
  const family = isIP(address);
  if (family === 0) return undefined;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return (family === 4 ? IPV4 : IPV6).find((m) => m.list.check(address, type))?.block;
}

/** True when `address` (an IP literal) is not a globally reachable host; anything not an IP literal is refused. */
export function isNonPublicAddress(address: string): boolean {
  // A zone index scopes the address to one link; node's BlockList would not match it at all.
  if (address.includes('%') || isIP(address) === 0) return true;
  const block = specialPurposeBlockOf(address);
  if (block === undefined) return false;
  if (block.embedsIpv4) return isNonPublicAddress(lastIpv4(address));
  return block.globallyReachable !== true;
}

/** The IPv4 address in the last 32 bits of an IPv6 literal. */
function lastIpv4(address: string): string {
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) return dotted[1]!;
  // Where "::" stands right before the last group, the group before it is zero, as '' parses here.
  const groups = address.split(':');
  const hi = parseInt(groups.at(-2) || '0', 16);
  const lo = parseInt(groups.at(-1) || '0', 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}
