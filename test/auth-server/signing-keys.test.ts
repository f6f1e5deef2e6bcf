import { createPublicKey } from 'node:crypto';
import { calculateJwkThumbprint, createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { SecretRef } from '../../generated/plan.js';
import { KeyLoadError } from '../../runtime/auth-server/errors.js';
import { loadSigningKeys as load, type LoadKeysOptions } from '../../runtime/auth-server/signing-keys.js';
import { jwksDocument } from '../../runtime/auth-server/metadata.js';
import { writeKeyFiles } from './helpers/key-files.js';
import { secretsFor } from './helpers/secrets.js';

const loadSigningKeys = (refs: SecretRef[], opts: Partial<LoadKeysOptions> = {}) => load(refs, { secrets: secretsFor(refs), ...opts });

const keys = writeKeyFiles();
afterAll(() => keys.cleanup());
const file = (name: Parameters<typeof keys.path>[0]) => ({ file: keys.path(name) });

describe('signing keys', () => {
  it('signs with the first key and publishes it with the verify-only ones, kid = RFC 7638 thumbprint', async () => {
    const set = await loadSigningKeys([file('ec'), file('rsa'), file('ed')]);
    expect(set.ephemeral).toBe(false);
    expect(set.verify.map((k) => k.alg)).toEqual(['ES256', 'RS256', 'EdDSA']);
    expect(set.signing.alg).toBe('ES256');
    for (const k of set.verify) {
      const { kid: _kid, alg: _alg, use, ...bare } = k.jwk;
      expect(use).toBe('sig');
      expect(k.kid).toBe(await calculateJwkThumbprint(bare, 'sha256'));
    }
    const jwks = jwksDocument(set);
    expect(jwks.keys).toHaveLength(3);
    // No private parameter may leak into the published set.
    for (const jwk of jwks.keys) for (const p of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(jwk).not.toHaveProperty(p);

    const jwt = await new SignJWT({ sub: 'u' }).setProtectedHeader({ alg: set.signing.alg, kid: set.signing.kid }).sign(set.signing.privateKey);
    const { protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(jwks));
    expect(protectedHeader.kid).toBe(set.signing.kid);
  });

  it('derives the same kids from the same files every time (replicas agree)', async () => {
    const a = await loadSigningKeys([file('rsa'), file('ed')]);
    const b = await loadSigningKeys([file('rsa'), file('ed')]);
    expect(a.verify.map((k) => k.kid)).toEqual(b.verify.map((k) => k.kid));
    expect(a.signing.alg).toBe('RS256');
  });

  it('accepts a public key as a verify-only key', async () => {
    const set = await loadSigningKeys([file('ec'), file('edPublic')]);
    expect(set.verify[1]!.alg).toBe('EdDSA');
    expect(set.verify[1]!.publicKey.export({ format: 'pem', type: 'spki' })).toBe(createPublicKey(keys.pem.edPublic).export({ format: 'pem', type: 'spki' }));
  });

  it('generates an ephemeral ES256 key with a warning when none is configured', async () => {
    const warn = vi.fn();
    const set = await loadSigningKeys([], { warn });
    expect(set.ephemeral).toBe(true);
    expect(set.signing.alg).toBe('ES256');
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/ephemeral/);
  });

  it.each([
    ['a public key as the signing key', ['edPublic'], /not a PEM private key/],
    ['a file that is not a key', ['garbage'], /not a PEM private key/],
    ['an RSA key under 2048 bits', ['weakRsa'], /at least 2048 bits/],
    ['an EC curve JOSE does not sign with here', ['k256'], /curve secp256k1 is not supported/],
    ['the same key twice', ['ec', 'ec'], /same key as/],
  ] as const)('refuses %s, naming the file and not the key', async (_what, names, message) => {
    const err = await loadSigningKeys(names.map((n) => file(n))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KeyLoadError);
    expect((err as KeyLoadError).code).toBe('AS_KEY_INVALID');
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toContain(keys.dir);
    expect((err as Error).message).not.toMatch(/BEGIN|PRIVATE KEY/);
  });
});
