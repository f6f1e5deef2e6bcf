import { decodeJwt } from 'jose';

/**
 * The subset of gjson paths ToolHive configs use for `identity_from_token`: dot-separated keys and array
 * indexes (`user.id`, `accounts.0.id`), and the `@upstreamjwt` step that reads a JWT's payload without
 * verifying it (`access_token|@upstreamjwt|sub`). Hand-written: no kept-up library speaks gjson in JS,
 * and the subset is a few lines.
 */
export function readPath(root: unknown, path: string): unknown {
  let cur = root;
  for (const step of path.split('|')) {
    if (step === '@upstreamjwt') {
      cur = typeof cur === 'string' ? decodePayload(cur) : undefined;
      continue;
    }
    for (const key of step.split('.')) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[key];
    }
  }
  return cur;
}

function decodePayload(jwt: string): unknown {
  try {
    return decodeJwt(jwt);
  } catch {
    return undefined;
  }
}

/** An identity field: a non-empty string, or a number (GitHub's numeric `id`) written as its digits. */
export function identityValue(v: unknown): string | null {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}
