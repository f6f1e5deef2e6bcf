import { StorageError } from '../errors.js';

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
