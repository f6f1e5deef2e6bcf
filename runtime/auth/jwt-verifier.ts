/**
 * Verifies an incoming JWT with jose: signature by a key from the resolver, `iss` exactly the issuer,
 * `aud` containing the audience, `exp` required and `nbf` honoured with a small clock tolerance, and
 * only the allowed algorithms (never `none` or HMAC by default: a public-key issuer's token signed with a
 * shared secret is a known confusion attack).
 *
 * Failures become stable, token-free messages of our own: jose's texts may change between versions, and
 * they reach clients and the golden transcripts.
 */
import { errors, jwtVerify, type JWTPayload } from 'jose';
import { deepFreeze } from '../../common/freeze.js';
import type { TokenKeyResolver } from '../contract.js';
import { KeysUnavailableError } from './remote-keys.js';
import { createTokenCache, type TokenCacheOptions } from './token-cache.js';

export const DEFAULT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
export const DEFAULT_CLOCK_TOLERANCE_SEC = 30;

export interface JwtVerifierOptions {
  issuer: string;
  audience: string;
  keys: TokenKeyResolver;
  algorithms?: readonly string[];
  /** The `typ` header every token must carry (RFC 7515 section 4.1.9 comparison); absent: any. */
  tokenType?: string;
  clockToleranceSec?: number;
  /** Verified-token cache (token-cache.ts); false turns it off. */
  cache?: TokenCacheOptions | false;
}

export type VerifyResult =
  { ok: true; claims: Claims } | { ok: false; kind: 'invalid_token'; description: string } | { ok: false; kind: 'unavailable'; description: string };

export type JwtVerifier = (token: string) => Promise<VerifyResult>;

type Claims = JWTPayload & { sub: string };

export function createJwtVerifier(o: JwtVerifierOptions): JwtVerifier {
  const tolerance = o.clockToleranceSec ?? DEFAULT_CLOCK_TOLERANCE_SEC;
  const cache = o.cache === false ? undefined : createTokenCache<Claims>(o.cache);
  const options = {
    issuer: o.issuer,
    audience: o.audience,
    algorithms: [...(o.algorithms ?? DEFAULT_ALGORITHMS)],
    clockTolerance: tolerance,
    requiredClaims: ['exp', 'sub'],
    ...(o.tokenType !== undefined ? { typ: o.tokenType } : {}),
  };
  return async (token) => {
    const cached = cache?.get(token);
    if (cached) return { ok: true, claims: cached };
    try {
      const { payload } = await jwtVerify(token, o.keys, options);
      if (typeof payload.sub !== 'string' || payload.sub === '') return invalid('the token has no subject');
      // Frozen: the same claims object may serve many requests from the cache.
      const claims = deepFreeze(payload) as Claims;
      cache?.set(token, claims, payload.exp! + tolerance);
      return { ok: true, claims };
    } catch (e) {
      if (e instanceof KeysUnavailableError)
        return { ok: false, kind: 'unavailable', description: "the token issuer's keys cannot be fetched right now; try again later" };
      return invalid(describe(e));
    }
  };
}

const invalid = (description: string): VerifyResult => ({ ok: false, kind: 'invalid_token', description });

function describe(e: unknown): string {
  if (e instanceof errors.JWTExpired) return 'the token has expired';
  if (e instanceof errors.JWTClaimValidationFailed) {
    switch (e.claim) {
      case 'iss':
        return 'the token was issued by another issuer';
      case 'aud':
        return 'the token is not meant for this server (audience)';
      case 'nbf':
        return 'the token is not valid yet';
      case 'iat':
        return "the token's issue time is invalid";
      case 'typ':
        return 'the token is not an access token of the expected type (typ)';
      default:
        return e.reason === 'missing' ? `the token lacks the ${e.claim} claim` : `the token's ${e.claim} claim is invalid`;
    }
  }
  if (e instanceof errors.JOSEAlgNotAllowed) return "the token's signing algorithm is not allowed";
  if (e instanceof errors.JWKSNoMatchingKey) return 'no key of the issuer matches the token';
  if (e instanceof errors.JWSSignatureVerificationFailed) return "the token's signature is invalid";
  if (e instanceof errors.JOSENotSupported) return 'the token uses an unsupported algorithm or key';
  return 'the token is malformed';
}
