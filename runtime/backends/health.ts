/**
 * A backend's health from consecutive outcomes (health checks and calls alike): `unknown` before the first,
 * `healthy` after a success, `degraded` after failures below the threshold, `unhealthy` at the threshold.
 */
import type { BackendHealthState } from '../contract.js';

export class HealthTracker {
  private consecutiveFailures = 0;
  private current: BackendHealthState = 'unknown';
  lastCheckedAt: number | null = null;
  /** The last failure's message (no secrets: built from BackendError messages), for /status. */
  lastError: string | null = null;

  constructor(
    private readonly unhealthyThreshold: number,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BackendHealthState {
    return this.current;
  }

  /** Returns true when the state changed. */
  record(ok: boolean, error?: string): boolean {
    const before = this.current;
    this.lastCheckedAt = this.now();
    if (ok) {
      this.consecutiveFailures = 0;
      this.lastError = null;
      this.current = 'healthy';
    } else {
      this.consecutiveFailures += 1;
      this.lastError = error ?? 'failed';
      this.current = this.consecutiveFailures >= this.unhealthyThreshold ? 'unhealthy' : 'degraded';
    }
    return before !== this.current;
  }
}
