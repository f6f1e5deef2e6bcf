import { generateKeyPairSync } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ownKeyResolver } from '../../runtime/auth-server/key-resolver.js';
import { loadSigningKeys } from '../../runtime/auth-server/signing-keys.js';
import { noSecrets } from './helpers/secrets.js';

describe('in-process key resolver for our own JWTs', async () => {
  const keys = await loadSigningKeys([], { secrets: noSecrets });
  const resolve = ownKeyResolver(keys);

  it('returns our key for its kid and algorithm, and jose verifies with it', async () => {
    const jwt = await new SignJWT({ sub: 'u' }).setProtectedHeader({ alg: 'ES256', kid: keys.signing.kid }).sign(keys.signing.privateKey);
    await expect(jwtVerify(jwt, resolve)).resolves.toMatchObject({ payload: { sub: 'u' } });
  });

  it('refuses a kid that is not ours, a missing kid, and an algorithm other than the key has', async () => {
    await expect(resolve({ alg: 'ES256', kid: 'someone-else' })).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
    await expect(resolve({ alg: 'ES256' })).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
    await expect(resolve({ alg: 'HS256', kid: keys.signing.kid })).rejects.toMatchObject({ code: 'ERR_JOSE_ALG_NOT_ALLOWED' });
  });

  it('refuses a token signed by a key that only claims our kid', async () => {
    const forger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const jwt = await new SignJWT({ sub: 'u' }).setProtectedHeader({ alg: 'ES256', kid: keys.signing.kid }).sign(forger);
    await expect(jwtVerify(jwt, resolve)).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });
});
