import type { ServerResponse } from 'node:http';
import { escapeHtml, sendPage } from '../consent/html.js';

/**
 * What a person sees when a return from the identity provider cannot continue: it was started in another
 * browser (or the cookie is gone), or it is expired or already used. The page tells them what to do and
 * names no client and no redirect URI: a refused callback may come from a link someone else made.
 */
export function sendRestartPage(res: ServerResponse, status: 400 | 403, reason: string): void {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Start the sign-in again</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}</style></head>
<body><main>
<h1>Start the sign-in again</h1>
<p>${escapeHtml(reason)}</p>
<p>Go back to the application you were signing in to and start the sign-in again from there. If you did not start a sign-in, close this page: nothing was shared.</p>
</main></body></html>
`;
  sendPage(res, html, {}, status);
}
