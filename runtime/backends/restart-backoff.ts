/**
 * When a stdio backend's program may be started again after it exited: at once the first time, then after
 * a delay that doubles with each exit in a row (500 ms, 1 s, 2 s, ... up to 30 s). A program that ran for a
 * minute before it exited starts the count again, so one crash a day never waits long.
 */
export const FIRST_DELAY_MS = 500;
export const MAX_DELAY_MS = 30_000;
const STABLE_MS = 60_000;

export class RestartBackoff {
  private exitsInARow = 0;
  private startedAt: number | null = null;
  private notBefore = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds to wait before the program may start again (0: now). */
  wait(): number {
    return Math.max(0, this.notBefore - this.now());
  }

  started(): void {
    this.startedAt = this.now();
  }

  /** The program exited without vmcp asking it to; returns the delay before the next start. */
  exited(): number {
    if (this.startedAt !== null && this.now() - this.startedAt >= STABLE_MS) this.exitsInARow = 0;
    const delay = this.exitsInARow === 0 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (this.exitsInARow - 1));
    this.exitsInARow += 1;
    this.startedAt = null;
    this.notBefore = this.now() + delay;
    return delay;
  }
}
