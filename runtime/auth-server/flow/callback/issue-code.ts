import { randomUUID } from 'node:crypto';
import type { PendingAuthorization } from '../../storage/types.js';
import { clientRedirect } from '../client-redirect.js';
import { codeTtlMs, type FlowDeps } from '../deps.js';
import { randomToken } from '../random.js';

/**
 * Every upstream is done: issue our authorization code, bound to the client, its redirect URI and PKCE
 * challenge, the resource and the session, and send the user back to the client (RFC 6749 section
 * 4.1.2, with RFC 9207 `iss`). The code names the refresh family its redemption will start, so a replay
 * of the code can revoke what it issued.
 */
export async function issueCode(d: FlowDeps, p: PendingAuthorization, subject: string): Promise<URL> {
  const code = randomToken();
  await d.storage.putCode(
    code,
    {
      clientId: p.clientId,
      redirectUri: p.redirectUri,
      codeChallenge: p.codeChallenge,
      scopes: p.scopes,
      audience: p.resource === null ? [] : [p.resource],
      subject,
      tsid: p.tsid,
      familyId: randomUUID(),
      createdAt: d.now(),
    },
    codeTtlMs(d),
  );
  return clientRedirect(p.redirectUri, { code, state: p.clientState === '' ? null : p.clientState }, d.plan.issuer);
}
