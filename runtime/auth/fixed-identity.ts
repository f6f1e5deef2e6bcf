/**
 * Incoming "authentication" of a plan whose callers bring no token (`anonymous`, `local`): every request
 * gets one fixed identity. Apart from incoming.ts so that such a server never loads the token verifier
 * (jose and the key fetch), which only `oidc` needs.
 */
import { userInfo } from 'node:os';
import type { Identity, RuntimePlan } from '../contract.js';
import type { IncomingAuth } from './incoming.js';

export function fixedIncomingAuth(plan: RuntimePlan): IncomingAuth {
  const identity = fixedIdentity(plan.incomingAuth.type === 'local' ? localUser() : 'anonymous');
  return { authenticate: async () => ({ ok: true, identity }), close: async () => {} };
}

const fixedIdentity = (subject: string): Identity => Object.freeze({ subject, claims: Object.freeze({}), token: null, upstreamTokens: null });

function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local';
  }
}
