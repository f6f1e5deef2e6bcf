import type { PendingAuthorization } from '../../storage/types.js';
import { REMEMBER_CONSENT_MS, widen } from '../consent/remembered.js';
import type { FlowDeps } from '../deps.js';

/**
 * The user finished every upstream sign-in: only now is the approval remembered, for this user and this
 * client, and this browser linked to the user, so the next sign-in of this client here skips the page.
 * Records that outlive a sign-in are thereby made only by people who could sign in.
 */
export async function rememberApproval(d: FlowDeps, p: PendingAuthorization, subject: string, browser: string): Promise<void> {
  if (p.resource === null) return;
  // A subject synthesized from the access token is new at every sign-in: an approval kept under it would
  // never be found again, and a browser linked to it would make the next sign-in look like another user's.
  // ToolHive likewise keeps nothing per user for such a subject (server/handlers/callback.go skips its user resolver).
  if (d.upstreams[0]!.synthesizesSubject) return;
  const previous = await d.storage.getRememberedConsent(subject, p.clientId);
  await d.storage.rememberConsent(subject, p.clientId, widen(previous, { scopes: p.scopes, resource: p.resource }, d.now()), REMEMBER_CONSENT_MS);
  await d.storage.linkBrowser(browser, subject, REMEMBER_CONSENT_MS);
}
