/**
 * Where in the config a plan's secret reference was written. The plan keeps only `{env}`, `{file}` or a
 * pointer, not the key it came from, so the config is searched for the value under a key of the matching
 * kind; found by shape, so new secret keys in the schema are covered without a table to keep in step.
 */
import type { PathSegment } from '../compiler/diagnostics.js';
import type { SecretRef } from '../generated/plan.js';

/** headerValueEnv, clientSecretEnv, client_secret_env_var, password_env_var, ... */
const ENV_KEY = /(Env|_env_var)$/;
/** client_secret_file, signing_key_file, hmac_secret_files, fallback_key_files, valueFile, ... */
const FILE_KEY = /(_files?|File)$/;

export function configPathOfRef(config: unknown, ref: Readonly<SecretRef>): PathSegment[] | undefined {
  if ('configFile' in ref) return ref.pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const matches =
    'env' in ref
      ? (key: string, v: string) => ENV_KEY.test(key) && v === ref.env
      : // signing keys are file names relative to key_dir in the config, joined in the plan.
        (key: string, v: string) => FILE_KEY.test(key) && (v === ref.file || (!v.startsWith('/') && ref.file.endsWith(`/${v}`)));
  return find(config, [], '', matches);
}

function find(v: unknown, path: PathSegment[], key: string, matches: (key: string, v: string) => boolean): PathSegment[] | undefined {
  if (typeof v === 'string') return matches(key, v) ? path : undefined;
  if (Array.isArray(v)) {
    for (const [i, item] of v.entries()) {
      const hit = find(item, [...path, i], key, matches);
      if (hit) return hit;
    }
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  for (const [k, child] of Object.entries(v)) {
    const hit = find(child, [...path, k], k, matches);
    if (hit) return hit;
  }
  return undefined;
}
