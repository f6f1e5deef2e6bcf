/**
 * Every secret a part of the plan names, with where it is used and where it comes from. Found by shape
 * (as runtime/secrets.ts finds what to read at start), so a secret a later plan field adds is listed too.
 * Only references are read: the plan holds no values.
 */
import { isSecretRef, secretSource, type SecretRefLike } from '../../common/secret-source.js';

export interface SecretUse {
  /** Where in the part it is used: `outgoingAuth.headerValue`, `upstreams[github].clientSecret`. */
  at: string;
  /** `env NAME`, `file PATH`, or `inline in FILE at /pointer`. */
  source: string;
  ref: SecretRefLike;
}

/** Items of a list that carry a `name` are labelled by it (`upstreams[github]`), others by index. */
export function secretUses(value: unknown, at = ''): SecretUse[] {
  if (isSecretRef(value)) return [{ at, source: secretSource(value), ref: value }];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      const name = (item as { name?: unknown } | null)?.name;
      return secretUses(item, `${at}[${typeof name === 'string' ? name : i}]`);
    });
  }
  if (typeof value !== 'object' || value === null) return [];
  // Keys in sorted order: a plan read from JSON (canonical, sorted) and one just compiled list alike.
  const o = value as Record<string, unknown>;
  return Object.keys(o)
    .sort()
    .flatMap((k) => secretUses(o[k], at ? `${at}.${k}` : k));
}
