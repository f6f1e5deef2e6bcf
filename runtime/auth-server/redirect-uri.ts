/**
 * Redirect URI rules for public clients (RFC 8252, OAuth 2.1 section 7.5, MCP authorization). Pure
 * functions over strings: registration checks one URI, authorization later matches against the list.
 */
import { isLoopbackHost } from '../../common/loopback.js';

const MAX_LENGTH = 2048;

/**
 * Schemes that can never be a safe place to send an authorization code: script and document schemes the
 * browser runs or renders itself, and schemes of other protocols. Other private-use schemes (RFC 8252
 * section 7.1, e.g. `com.example.app:/cb`, `cursor://`, `vscode://`) belong to a native app and are allowed.
 */
const REFUSED_SCHEMES = new Set([
  'javascript:', 'data:', 'vbscript:', 'file:', 'blob:', 'about:', 'filesystem:', 'view-source:',
  'ws:', 'wss:', 'ftp:', 'mailto:', 'tel:', 'sms:', 'intent:',
]);

export type RedirectUriCheck = { ok: true } | { ok: false; reason: string };

export function checkRedirectUri(uri: string): RedirectUriCheck {
  if (uri.length === 0 || uri.length > MAX_LENGTH) return { ok: false, reason: `must be 1 to ${MAX_LENGTH} characters` };
  // Checked on the raw string: the URL parser forgets an empty fragment ("...#").
  if (uri.includes('#')) return { ok: false, reason: 'must not contain a fragment' };
  if (/[\s\u0000-\u001f\u007f]/.test(uri)) return { ok: false, reason: 'must not contain whitespace or control characters' };
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { ok: false, reason: 'must be an absolute URI' };
  }
  if (REFUSED_SCHEMES.has(url.protocol)) return { ok: false, reason: `the ${url.protocol} scheme is not allowed` };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'must not contain user information' };
  if (url.protocol === 'https:') return url.hostname === '' ? { ok: false, reason: 'https URIs need a host' } : { ok: true };
  if (url.protocol === 'http:') {
    // RFC 8252 section 7.3 loopback hosts; `localhost` too, as clients such as Claude Code use it.
    return isLoopbackHost(url.hostname) ? { ok: true } : { ok: false, reason: 'http is allowed only on a loopback host (127.0.0.1, [::1], localhost); use https' };
  }
  return { ok: true };
}

/**
 * `http://<host>[:port]<rest>` split on the raw string, so no URL normalisation can widen a match; the
 * host must then be loopback as written.
 */
const HTTP_URI = /^http:\/\/(\[[^\]/?#@]*\]|[^/:?#@[\]]+)(?::(\d{1,5}))?(\/[^#]*)?$/i;

/**
 * Whether `requested` may be used for a client that registered `registered`: an exact string match, or,
 * for http on a loopback host (RFC 8252 section 7.3), the same host, path and query on any port. Native
 * apps listen on an ephemeral port and cannot register it in advance.
 */
export function redirectUriMatches(registered: string, requested: string): boolean {
  if (registered === requested) return true;
  const r = HTTP_URI.exec(registered);
  const q = HTTP_URI.exec(requested);
  if (!r || !q || !isLoopbackHost(r[1]!) || !isLoopbackHost(q[1]!)) return false;
  if (q[2] !== undefined && (Number(q[2]) < 1 || Number(q[2]) > 65535)) return false;
  return r[1]!.toLowerCase() === q[1]!.toLowerCase() && (r[3] ?? '/') === (q[3] ?? '/');
}

export const matchesAnyRedirectUri = (registered: readonly string[], requested: string): boolean =>
  registered.some((r) => redirectUriMatches(r, requested));
