import type { TokenKeyResolver } from '../contract.js';
import { errors } from 'jose';
import type { SigningKeySet } from './signing-keys.js';

/**
 * Verifies our own JWTs with the keys in memory instead of fetching our JWKS over a loopback request
 * (which `jwksAllowPrivateIp: false` would refuse, and which costs a round trip). The `kid` must name one
 * of our keys and the header's `alg` must be that key's: a token cannot pick a weaker algorithm.
 */
export function ownKeyResolver(keys: SigningKeySet): TokenKeyResolver {
  const byKid = new Map(keys.verify.map((k) => [k.kid, k]));
  return async (header) => {
    const key = header.kid === undefined ? undefined : byKid.get(header.kid);
    if (key === undefined) throw new errors.JWKSNoMatchingKey('no key of this authorization server has that kid');
    if (header.alg !== key.alg) throw new errors.JOSEAlgNotAllowed(`the key with that kid signs with ${key.alg}`);
    return key.publicKey;
  };
}
