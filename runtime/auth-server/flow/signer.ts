import type { KeyObject } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';

/**
 * Signs the access tokens we issue. An interface so the flow does not depend on where keys come from
 * (files, an ephemeral key, a KMS later); `keySigner` adapts a private key such as SigningKeySet.signing.
 */
export interface TokenSigner {
  readonly kid: string;
  readonly alg: string;
  sign(claims: JWTPayload): Promise<string>;
}

export function keySigner(key: { privateKey: KeyObject | CryptoKey; kid: string; alg: string }): TokenSigner {
  return {
    kid: key.kid,
    alg: key.alg,
    // RFC 9068 section 2.1: access tokens carry typ "at+jwt" so they cannot pass for ID tokens.
    sign: (claims) => new SignJWT(claims).setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt' }).sign(key.privateKey),
  };
}
