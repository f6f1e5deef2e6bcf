/**
 * `upstream_inject` (Mode B): sends the user's token from the named upstream IdP, which the incoming
 * middleware loaded into identity.upstreamTokens. Missing or expired is an error for this backend only.
 */
import type { Identity, UpstreamToken } from '../contract.js';
import { OutgoingAuthError } from './errors.js';
import type { OutgoingStrategy } from './strategy.js';

export function upstreamInject(providerName: string, now: () => number = Date.now): OutgoingStrategy {
  return {
    type: 'upstream_inject',
    perIdentity: true,
    async headers(identity) {
      const token = upstreamToken(identity, providerName, now);
      return { authorization: `Bearer ${token.accessToken}` };
    },
  };
}

/** Shared with token_exchange, whose Mode B subject token is an upstream token too. */
export function upstreamToken(identity: Identity | null, providerName: string, now: () => number): UpstreamToken {
  const token = identity?.upstreamTokens?.[providerName];
  if (!token) {
    throw new OutgoingAuthError(
      'VMCP_OUTGOING_UPSTREAM_TOKEN_MISSING',
      `no token from upstream provider "${providerName}" for this user; sign in again through vmcp's authorization server`,
    );
  }
  if (token.expiresAt !== null && token.expiresAt <= now()) {
    throw new OutgoingAuthError(
      'VMCP_OUTGOING_UPSTREAM_TOKEN_EXPIRED',
      `the token from upstream provider "${providerName}" has expired; sign in again through vmcp's authorization server`,
    );
  }
  return token;
}
