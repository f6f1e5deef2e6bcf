/**
 * In-process deduplication: callers asking for the same key while a call is running share its result,
 * and the key is free again once it settles (success or failure). One module for every place that needs
 * it: the issuer's keys (one load for a burst of first requests), token exchanges (one per subject token),
 * client_id documents (one fetch per URL), upstream refreshes (one per session and upstream: the upstream
 * may rotate the refresh token, and a second use of the old one would be refused or revoke the grant).
 * Written by hand: it is a map of promises, no library needed.
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
