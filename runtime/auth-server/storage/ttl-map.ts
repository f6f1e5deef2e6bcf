import { StorageError } from '../errors.js';

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * When full: `refuse` new keys with AS_STORAGE_FULL (for records whose loss would silently log users out
 * or forget a used-token tombstone, and with it reuse detection), or `evict` the entry closest to expiry
 * (for records anyone can make, such as pending sign-ins, so that a flood never locks users out).
 */
export type WhenFull = 'refuse' | 'evict';

/**
 * A map whose entries expire, bounded in size. Expired entries disappear on read and on `sweep()`.
 * Written by hand rather than on lru-cache (../../ttl-cache.ts), whose only answer to a full cache is to
 * drop the least recently used entry: these records are storage, not a cache, so a full map must refuse
 * (or drop the entry closest to expiry, whatever its use), and `extend` lengthens a life without a write.
 */
export class TtlMap<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly what: string,
    private readonly capacity: number,
    private readonly now: () => number,
    private readonly whenFull: WhenFull = 'refuse',
  ) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    if (e.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: V, ttlMs: number): void {
    if (!this.entries.has(key) && this.entries.size >= this.capacity) {
      this.sweep();
      if (this.entries.size >= this.capacity && this.whenFull === 'evict') this.evictSoonestToExpire();
      if (this.entries.size >= this.capacity) throw new StorageError('AS_STORAGE_FULL', `memory storage holds its maximum of ${this.capacity} ${this.what}`);
    }
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  /** Lengthens (never shortens) the life of an existing entry. */
  extend(key: string, ttlMs: number): void {
    const e = this.entries.get(key);
    if (e !== undefined) e.expiresAt = Math.max(e.expiresAt, this.now() + ttlMs);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** A linear scan, only when full: cheaper than keeping an expiry index on every write. */
  private evictSoonestToExpire(): void {
    let soonest: string | undefined;
    let at = Infinity;
    for (const [k, e] of this.entries) {
      if (e.expiresAt < at) {
        at = e.expiresAt;
        soonest = k;
      }
    }
    if (soonest !== undefined) this.entries.delete(soonest);
  }

  sweep(): void {
    const now = this.now();
    for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
  }
}
