/**
 * A token bucket per key (the client IP): `burst` requests at once, refilled at `perSecond`. A fixed-size
 * map of buckets keeps memory bounded against callers that rotate addresses; a full bucket carries no
 * information, so those are dropped first. Not on lru-cache (../ttl-cache.ts): a bucket has no expiry of
 * its own, it refills, and whether it may go depends on its tokens at the moment of eviction.
 */
/** A token bucket: `burst` requests at once, refilled at `perSecond`. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export interface TokenBucketOptions extends RateLimit {
  maxKeys?: number;
  now?: () => number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts requests per caller key; with Redis storage the count is shared by every process on it. */
export interface RateLimiter {
  take(callerKey: string): Promise<TakeResult>;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly opts: TokenBucketOptions) {
    this.maxKeys = opts.maxKeys ?? 10_000;
    this.now = opts.now ?? Date.now;
  }

  take(key: string): TakeResult {
    const now = this.now();
    const b = this.refill(this.buckets.get(key), now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      this.store(key, b);
      return { ok: true };
    }
    this.store(key, b);
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / this.opts.perSecond)) };
  }

  private refill(b: Bucket | undefined, now: number): Bucket {
    if (b === undefined) return { tokens: this.opts.burst, at: now };
    // A clock that steps back (NTP) must not drain the bucket.
    const tokens = Math.min(this.opts.burst, b.tokens + (Math.max(0, now - b.at) / 1000) * this.opts.perSecond);
    return { tokens, at: Math.max(now, b.at) };
  }

  private store(key: string, b: Bucket): void {
    this.buckets.delete(key);
    if (this.buckets.size >= this.maxKeys) this.evict();
    // Re-inserted last, so Map order is least recently seen first.
    this.buckets.set(key, b);
  }

  private evict(): void {
    const now = this.now();
    for (const [k, b] of this.buckets) if (this.refill(b, now).tokens >= this.opts.burst) this.buckets.delete(k);
    if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
  }
}
