import type { IncomingHttpHeaders } from 'node:http';

/**
 * How long the response may be reused, in seconds (RFC 9111 section 4.2.1: max-age less the Age the
 * response already has), 0 when it must not be reused (no-store, no-cache), null when the server did not
 * say. The resolver clamps the result to its own bounds.
 */
export function freshnessSeconds(headers: IncomingHttpHeaders): number | null {
  const directives = header(headers['cache-control'])
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (directives.includes('no-store') || directives.includes('no-cache')) return 0;
  const maxAge = directives.map((d) => /^max-age\s*=\s*"?(\d{1,10})"?$/.exec(d)?.[1]).find((v) => v !== undefined);
  if (maxAge === undefined) return null;
  const age = /^\d{1,10}$/.test(header(headers.age)) ? Number(header(headers.age)) : 0;
  return Math.max(0, Number(maxAge) - age);
}

const header = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join(',') : (v ?? ''));
