/**
 * The SSRF guard's core: a net.connect lookup hook that resolves as usual, then refuses when any address
 * is not public. Running inside the connection's own lookup means the address checked is the address
 * connected to (no window for DNS rebinding between a check and the connect).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isNonPublicAddress } from '../../common/address-policy.js';

/** `refuse` builds the error for a host name that resolved to a non-public address. */
export function guardedLookup(refuse: (hostname: string, address: string) => Error): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = addresses.find((a) => isNonPublicAddress(a.address));
      if (bad) return callback(refuse(hostname, bad.address) as NodeJS.ErrnoException, '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}
