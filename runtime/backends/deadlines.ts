/**
 * The deadlines of many calls in flight on one timer. A timer per call (made, then cleared when the answer
 * comes, almost always long before it fires) was a measurable share of a forwarded call's CPU. Calls to one
 * backend mostly share one timeout, so the earliest deadline is the oldest call's: the timer is re-armed
 * only when a call with an earlier deadline comes, or when it fires, which with calls answered in time
 * happens once per timeout period.
 */
export interface Deadline {
  readonly at: number;
  readonly expire: () => void;
}

export class Deadlines {
  private readonly pending = new Set<Deadline>();
  private timer: NodeJS.Timeout | null = null;
  /** When the timer fires; Infinity when it is not armed. */
  private armedAt = Infinity;

  constructor(private readonly now: () => number = Date.now) {}

  /** `expire` runs once `ms` have passed, unless the deadline is cleared first. */
  add(ms: number, expire: () => void): Deadline {
    const deadline = { at: this.now() + ms, expire };
    this.pending.add(deadline);
    if (deadline.at < this.armedAt) this.arm(deadline.at);
    return deadline;
  }

  clear(deadline: Deadline): void {
    this.pending.delete(deadline);
  }

  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.armedAt = at;
    // Unref'd: a deadline alone does not keep the process up (the call's own socket does).
    this.timer = setTimeout(() => this.fire(), Math.max(0, at - this.now())).unref();
  }

  private fire(): void {
    this.timer = null;
    this.armedAt = Infinity;
    const now = this.now();
    let next = Infinity;
    for (const deadline of this.pending) {
      if (deadline.at <= now) {
        this.pending.delete(deadline);
        deadline.expire();
      } else if (deadline.at < next) {
        next = deadline.at;
      }
    }
    if (next < Infinity && next < this.armedAt) this.arm(next);
  }
}
