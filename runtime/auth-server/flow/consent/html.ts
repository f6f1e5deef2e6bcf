import type { ServerResponse } from 'node:http';

/** Text and attribute values alike: the five characters that can end an HTML text run or a quoted attribute. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * No script, no framing (X-Frame-Options for browsers without frame-ancestors), no caching, forms only
 * to this origin (MCP security best practices for consent pages).
 */
export const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  Pragma: 'no-cache',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'; default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
} as const;

export function sendPage(res: ServerResponse, html: string, headers: Record<string, string>, status = 200): void {
  const bytes = Buffer.from(html, 'utf8');
  res.writeHead(status, { ...PAGE_HEADERS, 'Content-Length': String(bytes.length), ...headers });
  res.end(bytes);
}

/**
 * Where a consent answer sends the browser next (the first upstream, or the client), as a page that
 * navigates by itself instead of a redirect. Chrome and Safari check `form-action` against every redirect
 * that follows a form submission (w3c/webappsec-csp#8), so a 302 from the POST would be blocked on its
 * way to the upstream, or to the client after an upstream that signs the user in without a page. A meta
 * refresh is a new navigation that form-action does not govern; the link is for browsers that block
 * refreshes. The URL stays out of the Referer sent to it.
 */
export function sendContinue(res: ServerResponse, to: URL, headers: Record<string, string> = {}): void {
  const href = escapeHtml(to.href);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>Continuing</title></head>
<body><p><a href="${href}">Continue</a></p></body></html>
`;
  sendPage(res, html, { 'Referrer-Policy': 'no-referrer', ...headers });
}
