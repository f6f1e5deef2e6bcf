import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaType, readOAuthBody } from '../body.js';
import { OAuthError, type OAuthErrorCode } from '../oauth-errors.js';

/** RFC 6749 section 5.1: token responses may not be cached; nor may redirects that carry codes. */
export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' } as const;

/** A token request is a handful of short parameters; anything near this is not one. */
export const DEFAULT_MAX_FORM_BYTES = 16 * 1024;

/**
 * One value of a parameter. RFC 6749 section 3.1: request parameters must not repeat, and a repeated one
 * is refused rather than guessed (an attacker could append a second `redirect_uri`). Empty counts as absent.
 */
export function one(params: URLSearchParams, name: string, error: OAuthErrorCode = 'invalid_request'): string | undefined {
  const all = params.getAll(name);
  if (all.length > 1) throw new OAuthError(error, `the ${name} parameter is repeated`);
  return all[0] === '' ? undefined : all[0];
}

export function required(params: URLSearchParams, name: string): string {
  const v = one(params, name);
  if (v === undefined) throw new OAuthError('invalid_request', `the ${name} parameter is missing`);
  return v;
}

/** An application/x-www-form-urlencoded body of at most `maxBytes` (413 beyond, without reading the rest). */
export async function readForm(req: IncomingMessage, maxBytes: number): Promise<URLSearchParams> {
  if (mediaType(req) !== 'application/x-www-form-urlencoded') {
    throw new OAuthError('invalid_request', 'the body must be application/x-www-form-urlencoded');
  }
  return new URLSearchParams((await readOAuthBody(req, maxBytes, 'invalid_request')).toString('utf8'));
}

export function redirect(res: ServerResponse, location: URL, headers: Record<string, string> = {}): void {
  res.writeHead(302, { Location: location.href, 'Content-Length': '0', ...NO_STORE, ...headers });
  res.end();
}

/** The request's query, from a path-relative URL (the host part is irrelevant and not trusted). */
export const queryOf = (req: IncomingMessage): URLSearchParams => new URL(req.url ?? '/', 'http://unused.invalid').searchParams;
