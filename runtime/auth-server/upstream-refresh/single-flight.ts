/**
 * In-process deduplication: callers asking for the same key while a call is running share its result.
 * Several requests of one user arriving with the same expired upstream token make one upstream refresh;
 * the upstream may rotate the refresh token, and a second use of the old one would be refused (or even
 * revoke the grant). Written by hand: it is a map of promises, no library needed.
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, fn: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current;
    const p = fn().finally(() => this.running.delete(key));
    this.running.set(key, p);
    return p;
  }
}
