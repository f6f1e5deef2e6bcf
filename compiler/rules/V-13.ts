import { isIP } from 'node:net';
import type { Finding } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { obj } from '../config-view.js';

/**
 * V-13: `http` values the schema's patterns let through but that cannot work: a trusted proxy that is not
 * an IP address or CIDR block (a prefix longer than the family allows, a malformed address).
 */
export const V13: Rule = {
  id: 'V-13',
  check(config) {
    const http = obj(obj(config)?.http);
    const proxies = http?.trustedProxies;
    if (!Array.isArray(proxies)) return [];
    const findings: Finding[] = [];
    proxies.forEach((entry, i) => {
      if (typeof entry !== 'string' || validCidr(entry)) return;
      findings.push({
        severity: 'error',
        rule: 'V-13',
        path: ['http', 'trustedProxies', i],
        message: `http.trustedProxies[${i}] "${entry}" is not an IP address or CIDR block; write it as 10.0.0.1, 10.0.0.0/8 or fd00::/8`,
      });
    });
    return findings;
  },
};

function validCidr(entry: string): boolean {
  const [net, bits, extra] = entry.split('/');
  const family = isIP(net ?? '');
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32);
}
