/**
 * What vmcp learnt of a backend's protocol era, shared by all its connections. A Streamable HTTP connection
 * probes with `server/discover` before it knows; a 2025 backend answers the probe with an error (HTTP 400)
 * before the `initialize` handshake, one wasted round trip per new connection, which per-caller credentials
 * make one per user. Once a connection has found a 2025 backend, the next ones go straight to `initialize`.
 *
 * Only that verdict is kept: a 2026 backend's discovery answer is the capability exchange itself and is
 * asked for on every connection. The verdict is forgotten when a connection fails (a backend that restarts
 * may come back upgraded) and after an hour, since an upgraded backend would still answer `initialize` and
 * never tell.
 */
export const ERA_MEMORY_MS = 60 * 60_000;

export class EraMemory {
  private legacySince: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** A connection found the backend speaking the 2025 protocol (or the 2026 one: then nothing is kept). */
  learned(era: 'legacy' | 'modern'): void {
    this.legacySince = era === 'legacy' ? this.now() : null;
  }

  /** True when the backend is known to speak the 2025 protocol: skip the probe. */
  knownLegacy(): boolean {
    if (this.legacySince !== null && this.now() - this.legacySince > ERA_MEMORY_MS) this.legacySince = null;
    return this.legacySince !== null;
  }

  forget(): void {
    this.legacySince = null;
  }
}
