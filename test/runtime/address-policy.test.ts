import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isNonPublicAddress, SPECIAL_PURPOSE_BLOCKS, type SpecialPurposeBlock } from '../../common/address-policy.js';

/** Addresses as integers, so the test finds block edges and neighbours without the code under test. */
const width = (family: 4 | 6) => (family === 4 ? 32n : 128n);

function toInt(address: string): bigint {
  if (isIP(address) === 4) return address.split('.').reduce((n, o) => (n << 8n) | BigInt(o), 0n);
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

function toAddress(n: bigint, family: 4 | 6): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
  return Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
}

interface Range {
  block: SpecialPurposeBlock;
  family: 4 | 6;
  bits: number;
  first: bigint;
  last: bigint;
}

const ranges: Range[] = SPECIAL_PURPOSE_BLOCKS.map((block) => {
  const [net, len] = block.cidr.split('/') as [string, string];
  const family = isIP(net) as 4 | 6;
  const host = width(family) - BigInt(len);
  const first = (toInt(net) >> host) << host;
  return { block, family, bits: Number(len), first, last: first + (1n << host) - 1n };
});

/** The registries' reading, done separately: the most specific block decides; N/A and False refuse. */
function expectedRefused(n: bigint, family: 4 | 6): boolean {
  const decides = ranges.filter((r) => r.family === family && r.first <= n && n <= r.last).sort((a, b) => b.bits - a.bits)[0];
  if (decides === undefined) return false;
  if (decides.block.embedsIpv4) return expectedRefused(n & 0xffffffffn, 4);
  return decides.block.globallyReachable !== true;
}

describe('the special-purpose table', () => {
  it('names every block by its registry name and RFC', () => {
    for (const { block } of ranges) {
      expect(block.name).not.toBe('');
      expect(block.rfc).toMatch(/^RFC \d+/);
    }
    // Both registries, in full (2025-10): 26 IPv4 rows (192.0.0.170 and .171 are one row there), 25 IPv6 rows.
    expect(SPECIAL_PURPOSE_BLOCKS.filter((b) => b.registry === 'ipv4-special-purpose')).toHaveLength(26);
    expect(SPECIAL_PURPOSE_BLOCKS.filter((b) => b.registry === 'ipv6-special-purpose')).toHaveLength(25);
  });

  it.each(ranges.filter((r) => r.block.globallyReachable !== true).map((r) => [r.block.cidr, r.block.name, r] as const))(
    'refuses the first and the last address of %s (%s)',
    (_cidr, _name, r) => {
      expect(isNonPublicAddress(toAddress(r.first, r.family))).toBe(true);
      expect(isNonPublicAddress(toAddress(r.last, r.family))).toBe(true);
    },
  );

  it.each(ranges.filter((r) => r.block.globallyReachable === true && !r.block.embedsIpv4).map((r) => [r.block.cidr, r.block.name, r] as const))(
    'accepts the first and the last address of globally reachable %s (%s)',
    (_cidr, _name, r) => {
      expect(isNonPublicAddress(toAddress(r.first, r.family))).toBe(false);
      expect(isNonPublicAddress(toAddress(r.last, r.family))).toBe(false);
    },
  );

  it('judges the address just outside each block as the registries do, and most of them are public', () => {
    let publicNeighbours = 0;
    for (const r of ranges) {
      for (const n of [r.first - 1n, r.last + 1n]) {
        if (n < 0n || n >= 1n << width(r.family)) continue;
        const address = toAddress(n, r.family);
        const refused = expectedRefused(n, r.family);
        expect(isNonPublicAddress(address), `${address} next to ${r.block.cidr}`).toBe(refused);
        if (!refused) publicNeighbours++;
      }
    }
    expect(publicNeighbours).toBeGreaterThan(40);
  });
});

describe('blocks the old hand-made list missed', () => {
  it('refuses 6to4 (2002::/16) whatever IPv4 address it embeds', () => {
    for (const a of ['2002:a00:1::1', '2002:7f00:1::', '2002:c0a8:101::1', '2002:a9fe:a9fe::', '2002:808:808::1', '2002:101:101:1::1']) {
      expect(isNonPublicAddress(a), a).toBe(true);
    }
    expect(isNonPublicAddress('2003::1')).toBe(false);
  });

  it('refuses the local-use NAT64 prefix 64:ff9b:1::/48 whatever it embeds', () => {
    for (const a of ['64:ff9b:1::a00:1', '64:ff9b:1::808:808', '64:ff9b:1:ffff:ffff:ffff:ffff:ffff']) expect(isNonPublicAddress(a), a).toBe(true);
  });

  it('judges the well-known NAT64 prefix 64:ff9b::/96 by the IPv4 address it embeds', () => {
    for (const a of ['64:ff9b::a00:1', '64:ff9b::127.0.0.1', '64:ff9b::a9fe:a9fe', '64:ff9b::', '64:ff9b::1', '64:ff9b::c000:aa']) expect(isNonPublicAddress(a), a).toBe(true);
    for (const a of ['64:ff9b::8.8.8.8', '64:ff9b::808:808', '64:ff9b:0:0:0:0:101:101']) expect(isNonPublicAddress(a), a).toBe(false);
  });

  it('refuses deprecated site-local fec0::/10', () => {
    for (const a of ['fec0::1', 'fed0::', 'feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff']) expect(isNonPublicAddress(a), a).toBe(true);
  });

  it('refuses Teredo (2001::/32), whose addresses hide an IPv4 client behind a relay', () => {
    // RFC 4380 section 4's example: server 65.54.227.120, client 192.0.2.45 behind a cone NAT.
    for (const a of ['2001:0:4136:e378:8000:63bf:3fff:fdd2', '2001::', '2001:0:ffff:ffff:ffff:ffff:ffff:ffff']) expect(isNonPublicAddress(a), a).toBe(true);
  });

  it('follows 2001::/23 exactly: refused but for its globally reachable sub-blocks', () => {
    for (const a of ['2001:1::1', '2001:1::2', '2001:1::3', '2001:3::1', '2001:4:112::1', '2001:20::1', '2001:2f::1', '2001:30::1']) expect(isNonPublicAddress(a), a).toBe(false);
    for (const a of ['2001:1::', '2001:1::4', '2001:2::1', '2001:4:113::1', '2001:10::1', '2001:40::1', '2001:1ff::1']) expect(isNonPublicAddress(a), a).toBe(true);
    expect(isNonPublicAddress('2001:200::1')).toBe(false);
  });

  it('refuses IPv4-mapped and IPv4-compatible addresses whole, and zoned addresses', () => {
    for (const a of ['::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '::ffff:8.8.8.8', '::808:808', '::127.0.0.1', 'fe80::1%eth0', '2606:4700:4700::1111%1']) {
      expect(isNonPublicAddress(a), a).toBe(true);
    }
  });

  it('judges IPv4 addresses by the IPv4 rows alone (node matches mapped rows against IPv4)', () => {
    for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.0.0.9', '192.88.98.255', '223.255.255.255']) expect(isNonPublicAddress(a), a).toBe(false);
    for (const a of ['192.88.99.1', '192.88.99.2', '224.0.0.1', '239.255.255.255', '255.255.255.255']) expect(isNonPublicAddress(a), a).toBe(true);
  });
});

describe('SSRF address policy, common cases', () => {
  it.each(['127.0.0.1', '127.1.2.3', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', 'fc00::abcd', 'ff02::1', 'not-an-ip'])(
    'refuses %s',
    (a) => expect(isNonPublicAddress(a)).toBe(true),
  );

  it.each(['8.8.8.8', '2606:4700:4700::1111', '2a00:1450:4001:82a::200e'])('allows %s', (a) => expect(isNonPublicAddress(a)).toBe(false));
});
