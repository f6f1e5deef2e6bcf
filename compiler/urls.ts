/** URL facts shared by the rules and the plan builder. */
import { isLoopbackHost } from '../common/loopback.js';

export function parseUrl(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

/** Plain http is allowed on loopback (development and tests) or when the config opts in. */
export const httpAllowed = (u: URL, insecureAllowHttp: boolean): boolean =>
  u.protocol === 'https:' || (u.protocol === 'http:' && (insecureAllowHttp || isLoopbackHost(u.hostname)));

const DURATION = /^(0|([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$/;

/** A Go duration string (ToolHive's format) in milliseconds, or undefined when it is not one (the schema reports that). */
export function parseDuration(s: unknown): number | undefined {
  return typeof s === 'string' && DURATION.test(s) ? durationMs(s) : undefined;
}

/** Go duration strings to milliseconds, for values the schema has already checked. */
export function durationMs(s: string): number {
  if (s === '0') return 0;
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const m of s.matchAll(/([0-9]+(?:\.[0-9]+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(m[1]) * unit[m[2]!]!;
  return Math.round(total);
}
