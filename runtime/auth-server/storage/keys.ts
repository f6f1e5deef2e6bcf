import { createHash } from 'node:crypto';
import { StorageError } from '../errors.js';

/**
 * Codes, refresh tokens and states are bearer secrets: both storages key them by a SHA-256 digest, so a
 * storage dump or key listing does not hand them out.
 */
export const secretKey = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

export function assertTtl(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) throw new StorageError('AS_STORAGE_CONFIG', `a TTL must be a positive whole number of milliseconds, got ${ttlMs}`);
}

export function parseRecord<T>(json: string, what: string): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    throw new StorageError('AS_STORAGE_CORRUPT', `stored ${what} is not valid JSON`);
  }
}
