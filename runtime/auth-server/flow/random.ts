import { randomBytes } from 'node:crypto';

/**
 * 256 random bits, base64url: for our states, codes, refresh tokens, tsids and the upstream PKCE verifier
 * (43 characters, inside RFC 7636's 43..128) and nonce. The RFC-0053 floor for a tsid is 128 bits.
 */
export const randomToken = (): string => randomBytes(32).toString('base64url');
