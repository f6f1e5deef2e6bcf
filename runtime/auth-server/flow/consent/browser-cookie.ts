import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { REMEMBER_CONSENT_MS } from './remembered.js';

/** 256 random bits, base64url (random.ts): anything else in the cookie is ignored, as if absent. */
const BROWSER_ID = /^[A-Za-z0-9_-]{43}$/;

/** A browser keeps its id as long as an approval is remembered for it. */
export const BROWSER_COOKIE_MAX_AGE_SEC = REMEMBER_CONSENT_MS / 1000;

/**
 * The cookie that names this browser: the CSRF token is derived from it and remembered consents are keyed
 * by it. On https the `__Host-` prefix makes the browser refuse one set by a sibling host or over plain
 * http, and pins it to this host and Path=/. Browsers set neither a `__Host-` nor a Secure cookie from a
 * plain http page, so an http issuer (loopback development) uses the plain name without Secure.
 */
export interface BrowserCookie {
  name: string;
  /** The id in the request's cookie, when it has a well-formed one. */
  read(req: IncomingMessage): string | null;
  /** The Set-Cookie header value that (re)sets `id` for BROWSER_COOKIE_MAX_AGE_SEC. */
  header(id: string): string;
}

export function browserCookie(endpointBaseUrl: string): BrowserCookie {
  const secure = new URL(endpointBaseUrl).protocol === 'https:';
  const name = secure ? '__Host-vmcp-browser' : 'vmcp-browser';
  const attrs = `Max-Age=${BROWSER_COOKIE_MAX_AGE_SEC}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  return {
    name,
    read(req) {
      for (const pair of (req.headers.cookie ?? '').split(';')) {
        const eq = pair.indexOf('=');
        if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
        const value = pair.slice(eq + 1).trim();
        if (BROWSER_ID.test(value)) return value;
      }
      return null;
    },
    header: (id) => `${name}=${id}; ${attrs}`,
  };
}

/** What a pending consent stores to name its browser: a digest, since the id itself is a bearer secret. */
export const browserDigest = (id: string): string => createHash('sha256').update(id).digest('base64url');
