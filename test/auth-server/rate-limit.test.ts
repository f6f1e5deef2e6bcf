import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../../runtime/auth-server/rate-limit.js';

describe('token bucket per key', () => {
  it('allows a burst, then refuses with a Retry-After until tokens refill', () => {
    let t = 0;
    const l = new TokenBucketLimiter({ burst: 3, perSecond: 0.5, now: () => t });
    expect([l.take('a'), l.take('a'), l.take('a')].every((r) => r.ok)).toBe(true);
    expect(l.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    t = 1000;
    expect(l.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    t = 2000;
    expect(l.take('a')).toEqual({ ok: true });
  });

  it('keeps keys apart', () => {
    const l = new TokenBucketLimiter({ burst: 1, perSecond: 0.001, now: () => 0 });
    expect(l.take('a').ok).toBe(true);
    expect(l.take('a').ok).toBe(false);
    expect(l.take('b').ok).toBe(true);
  });

  it('stays bounded, dropping full buckets before spent ones', () => {
    let t = 0;
    const l = new TokenBucketLimiter({ burst: 3, perSecond: 1, maxKeys: 2, now: () => t });
    for (let i = 0; i < 3; i++) l.take('spent');
    t = 100;
    l.take('refilled');
    t = 1200; // 'refilled' is full again, 'spent' holds 1.2 tokens
    l.take('third');
    // 'spent', the older key, kept its state: one more request, then refused.
    expect(l.take('spent').ok).toBe(true);
    expect(l.take('spent').ok).toBe(false);
  });
});
