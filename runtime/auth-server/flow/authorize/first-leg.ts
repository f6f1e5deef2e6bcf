import type { PendingAuthorization } from '../../storage/types.js';
import type { FlowDeps } from '../deps.js';
import { startLeg } from '../leg.js';
import { randomToken } from '../random.js';

/** The client's request as the legs carry it once the user has consented, bound to the browser that did. */
export type ConsentedRequest = Pick<
  PendingAuthorization,
  'clientId' | 'redirectUri' | 'clientState' | 'codeChallenge' | 'scopes' | 'resource' | 'browser' | 'consentRememberedFor'
>;

/**
 * Sends the user to the first upstream with a new session id (tsid) of 256 random bits. Only here is a
 * state toward the upstream created: after consent (MCP security best practices), never before.
 */
export function firstLeg(d: FlowDeps, r: ConsentedRequest): Promise<URL> {
  const { clientId, redirectUri, clientState, codeChallenge, scopes, resource, browser, consentRememberedFor } = r;
  return startLeg(d, 0, { clientId, redirectUri, clientState, codeChallenge, scopes, resource, browser, consentRememberedFor, tsid: randomToken(), subject: null });
}
