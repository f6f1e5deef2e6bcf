/**
 * A size-bounded cache whose entries last until an instant of their own: lru-cache, set up once for the
 * runtime's caches (verified tokens, exchanged tokens, client_id documents). When it is full, expired
 * entries go first, then the least recently used. The clock is injected, so tests can move time.
 *
 * lru-cache counts an entry stale once its age exceeds its TTL, while ours end at `until` itself (a token
 * whose `exp` is now is expired), so the TTL handed over is one millisecond short: the clocks here count
 * whole milliseconds. lru-cache also reads a start time of 0 as "no TTL", so a clock must not read 0.
 */
import { LRUCache } from 'lru-cache';

export class TtlCache<V extends {}> {
  private readonly lru: LRUCache<string, V>;

  constructor(
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {
    // ttlResolution 0: read the clock on every check rather than trusting a reading for a millisecond of real time.
    this.lru = new LRUCache<string, V>({ max, perf: { now }, ttlResolution: 0 });
  }

  get(key: string): V | undefined {
    return this.lru.get(key);
  }

  /** Keeps `value` while the clock reads less than `untilMs`; an instant at most 1 ms away stores nothing and forgets what was there. */
  set(key: string, value: V, untilMs: number): void {
    const ttl = untilMs - this.now() - 1;
    // lru-cache takes a TTL of 0 for "never expires".
    if (ttl <= 0) {
      this.lru.delete(key);
      return;
    }
    if (this.lru.size >= this.max && !this.lru.has(key)) this.lru.purgeStale();
    this.lru.set(key, value, { ttl });
  }
}
