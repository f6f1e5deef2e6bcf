import type { SecretRef } from '../../generated/plan.js';
import type { PathSegment } from '../diagnostics.js';

/** A secret written inline in the config: the plan points at it and the runtime reads it back from the file. */
export function inlineRef(configFile: string, path: readonly PathSegment[]): SecretRef {
  const pointer = path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
  return { configFile, pointer };
}

export const envRef = (name: string): SecretRef => ({ env: name });
export const fileRef = (path: string): SecretRef => ({ file: path });

/** Exactly one of a file or an env var (the schema allows at most one), or none. */
export function fileOrEnv(file: string | undefined, env: string | undefined): SecretRef | null {
  if (file !== undefined) return fileRef(file);
  if (env !== undefined) return envRef(env);
  return null;
}
