import { createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import type { SecretRef } from '../../generated/plan.js';
import type { DeepReadonly } from '../../common/freeze.js';
import type { SecretValues } from '../contract.js';
import { describeRef } from '../secrets.js';
import { KeyLoadError } from './errors.js';

export type SigningAlg = 'RS256' | 'ES256' | 'ES384' | 'ES512' | 'EdDSA';

export interface PublicKeyEntry {
  kid: string;
  alg: SigningAlg;
  publicKey: KeyObject;
  /** The public JWK as published (kty, key parameters, kid, alg, use). */
  jwk: JWK;
}

export interface SigningKeySet {
  /** Signs everything we issue. */
  signing: PublicKeyEntry & { privateKey: KeyObject };
  /** The signing key first, then the verify-only keys (for rotation), as the JWKS lists them. */
  verify: PublicKeyEntry[];
  /** True when no key was configured and this one lives only as long as the process. */
  ephemeral: boolean;
}

export interface LoadKeysOptions {
  /** The plan's secrets, resolved at start (runtime/secrets.ts). */
  secrets: SecretValues;
  warn?: (message: string) => void;
}

/**
 * The plan's signing keys (PEM files): the first signs, the rest only verify. Without any, a P-256 key is
 * generated for this process with a warning: tokens die with the process and replicas disagree.
 */
export async function loadSigningKeys(refs: DeepReadonly<SecretRef[]>, opts: LoadKeysOptions): Promise<SigningKeySet> {
  if (refs.length === 0) {
    opts.warn?.('authServer has no signing_key_config: using an ephemeral ES256 key; tokens stop working on restart and differ between replicas');
    return fromKeys([generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey], ['ephemeral key'], true);
  }
  const keys = refs.map((ref, i) => parsePem(opts.secrets.get(ref), describeRef(ref), i === 0));
  return fromKeys(keys, refs.map(describeRef), false);
}

async function fromKeys(keys: KeyObject[], names: string[], ephemeral: boolean): Promise<SigningKeySet> {
  const entries: PublicKeyEntry[] = [];
  for (const [i, key] of keys.entries()) {
    const entry = await publicEntry(key, names[i]!);
    const dup = entries.findIndex((e) => e.kid === entry.kid);
    if (dup !== -1) throw new KeyLoadError(`${names[i]} is the same key as ${names[dup]}; list each key once`);
    entries.push(entry);
  }
  const first = entries[0]!;
  return { signing: { ...first, privateKey: keys[0]! }, verify: entries, ephemeral };
}

/** PKCS#8, PKCS#1 (RSA) and SEC1 (EC) private keys; verify-only keys may also be SPKI public keys. */
function parsePem(pem: string, name: string, mustBePrivate: boolean): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch {
    if (!mustBePrivate) {
      try {
        return createPublicKey(pem);
      } catch {
        // Fall through to the error below; the crypto message adds nothing the user can act on.
      }
    }
  }
  throw new KeyLoadError(`${name} is not a PEM ${mustBePrivate ? 'private key (the first key signs)' : 'private or public key'}`);
}

async function publicEntry(key: KeyObject, name: string): Promise<PublicKeyEntry> {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const alg = algorithmFor(publicKey, name);
  const exported = publicKey.export({ format: 'jwk' }) as JsonWebKey;
  const bare = Object.fromEntries(Object.entries(exported).filter(([, v]) => v !== undefined)) as JWK;
  // RFC 7638: the kid is the key's thumbprint, so every replica derives the same one from the same file.
  const kid = await calculateJwkThumbprint(bare, 'sha256');
  return { kid, alg, publicKey, jwk: { ...bare, kid, alg, use: 'sig' } };
}

function algorithmFor(key: KeyObject, name: string): SigningAlg {
  const d = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'rsa':
      if ((d.modulusLength ?? 0) < 2048) throw new KeyLoadError(`${name}: RSA keys must have at least 2048 bits`);
      return 'RS256';
    case 'ec': {
      const alg = ({ prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' } as const)[d.namedCurve as 'prime256v1'];
      if (alg === undefined) throw new KeyLoadError(`${name}: EC curve ${d.namedCurve} is not supported (use P-256, P-384 or P-521)`);
      return alg;
    }
    case 'ed25519':
      return 'EdDSA';
    default:
      throw new KeyLoadError(`${name}: ${key.asymmetricKeyType} keys are not supported (use RSA, EC P-256/384/521 or Ed25519)`);
  }
}
