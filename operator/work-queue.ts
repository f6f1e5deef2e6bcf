/**
 * Keys to reconcile, one at a time: a key queued while it is pending is queued once, and a failed key comes
 * back after a delay (the API server may be briefly unavailable; retrying at once would only spin).
 */
export class WorkQueue {
  private readonly pending = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly work: (key: string) => Promise<void>,
    private readonly onError: (key: string, e: unknown) => void,
    private readonly retryDelayMs: number,
  ) {}

  add(key: string): void {
    if (this.stopped) return;
    this.pending.add(key);
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  /** Queues `key` again after `ms` (a failure, or a condition nothing would send an event for). */
  addAfter(key: string, ms: number): void {
    if (this.stopped) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.add(key);
    }, ms);
    this.timers.add(t);
  }

  /** Stops taking work; resolves when the key in progress (if any) is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.pending.clear();
    await this.running;
  }

  private async drain(): Promise<void> {
    for (let key = first(this.pending); key !== undefined && !this.stopped; key = first(this.pending)) {
      this.pending.delete(key);
      try {
        await this.work(key);
      } catch (e) {
        this.onError(key, e);
        this.addAfter(key, this.retryDelayMs);
      }
    }
  }
}

const first = (s: Set<string>): string | undefined => s.values().next().value;
