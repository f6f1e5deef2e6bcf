/**
 * Where a secret comes from, in words, from its plan reference alone: `vmcp explain` and `vmcp diff` show
 * secrets this way, and so can a log line. It never reads the secret, so nothing here can leak a value.
 */
import type { DeepReadonly } from './freeze.js';
import type { SecretRef } from '../generated/plan.js';

export type SecretRefLike = DeepReadonly<SecretRef>;

export function secretSource(ref: SecretRefLike): string {
  if ('env' in ref) return `env ${ref.env}`;
  if ('file' in ref) return `file ${ref.file}`;
  return `inline in ${ref.configFile} at ${ref.pointer}`;
}

/** A plan value shaped like a SecretRef (told by its keys, as runtime/secrets.ts finds them). */
export function isSecretRef(v: unknown): v is SecretRefLike {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v).sort().join(',');
  const o = v as Record<string, unknown>;
  if (keys === 'env') return typeof o.env === 'string';
  if (keys === 'file') return typeof o.file === 'string';
  return keys === 'configFile,pointer' && typeof o.configFile === 'string' && typeof o.pointer === 'string';
}
