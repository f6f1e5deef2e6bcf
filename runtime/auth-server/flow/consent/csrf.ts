import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The CSRF token of one consent page: HMAC-SHA256 keyed by the browser id (the HttpOnly cookie) over the
 * consent id. A form posted from elsewhere cannot carry it without reading the cookie, and a token from
 * one consent page does not answer another page in the same browser.
 */
export const csrfToken = (browserId: string, consentId: string): string =>
  createHmac('sha256', browserId).update(`vmcp consent\0${consentId}`).digest('base64url');

/** Compares in constant time, so the response time tells nothing about how much of a guess was right. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
