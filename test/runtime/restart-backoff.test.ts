/** When a stdio backend's program may start again: at once, then after a doubling delay; a long run starts the count again. */
import { describe, expect, it } from 'vitest';
import { FIRST_DELAY_MS, MAX_DELAY_MS, RestartBackoff } from '../../runtime/backends/restart-backoff.js';

describe('RestartBackoff', () => {
  it('restarts at once after one exit, then doubles the delay with each exit in a row, up to the cap', () => {
    let now = 0;
    const b = new RestartBackoff(() => now);
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      b.started();
      now += 100; // each run dies quickly
      delays.push(b.exited());
      expect(b.wait()).toBe(delays.at(-1));
      now += delays.at(-1)!;
      expect(b.wait()).toBe(0);
    }
    expect(delays).toEqual([0, FIRST_DELAY_MS, 1000, 2000, 4000, 8000, 16_000, MAX_DELAY_MS, MAX_DELAY_MS, MAX_DELAY_MS]);
  });
  it('a program that ran for a minute before exiting is restarted at once again', () => {
    let now = 0;
    const b = new RestartBackoff(() => now);
    for (let i = 0; i < 4; i++) {
      b.started();
      now += 10;
      now += b.exited();
    }
    b.started();
    now += 60_000;
    expect(b.exited()).toBe(0);
  });
  it('a start that failed counts as an exit (no start recorded)', () => {
    let now = 0;
    const b = new RestartBackoff(() => now);
    expect(b.exited()).toBe(0);
    expect(b.exited()).toBe(FIRST_DELAY_MS);
    expect(b.wait()).toBe(FIRST_DELAY_MS);
  });
});
