import type { RegisteredClient } from '../../storage/types.js';
import { escapeHtml } from './html.js';

export interface ConsentPageView {
  client: RegisteredClient;
  redirectUri: string;
  scopes: readonly string[];
  resource: string;
  consentId: string;
  csrfToken: string;
}

/** The host the code goes back to; a private-use scheme (RFC 8252 section 7.1) has none, so its scheme is shown. */
function destination(redirectUri: string): string {
  const u = new URL(redirectUri);
  return u.host !== '' ? u.host : u.protocol;
}

/**
 * The question the MCP spec requires before a dynamically registered client is sent on to the upstream
 * with our static client id: who asks (its self-chosen name, marked as such, and its id), where the
 * answer goes, for what. The form posts to `consent`, next to this page's /oauth/authorize.
 */
export function consentPage(v: ConsentPageView): string {
  const name = escapeHtml(v.client.clientName ?? 'An unnamed application');
  const row = (term: string, value: string) => `<dt>${term}</dt><dd>${value}</dd>`;
  const scopes = v.scopes.length === 0 ? 'none' : v.scopes.map((s) => `<code>${escapeHtml(s)}</code>`).join(' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Allow access?</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}dt{font-weight:600;margin-top:.6rem}dd{margin:0;overflow-wrap:anywhere}button{font:inherit;padding:.5rem 1.2rem;margin:1.2rem .6rem 0 0}</style></head>
<body><main>
<h1>Allow ${name} to act for you?</h1>
<p>This application registered itself with this server. If you allow it, you will sign in with your identity provider and it will be able to call the MCP servers behind this gateway as you. Allow it only if you started this sign-in yourself.</p>
<dl>
${row('Application (name chosen by the application)', name)}
${row('Client ID', `<code>${escapeHtml(v.client.clientId)}</code>`)}
${row('Sends you back to', `<strong>${escapeHtml(destination(v.redirectUri))}</strong>`)}
${row('Scopes', scopes)}
${row('Resource', `<code>${escapeHtml(v.resource)}</code>`)}
</dl>
<form method="post" action="consent">
<input type="hidden" name="consent_id" value="${escapeHtml(v.consentId)}">
<input type="hidden" name="csrf_token" value="${escapeHtml(v.csrfToken)}">
<button type="submit" name="decision" value="approve">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>
</main></body></html>
`;
}
