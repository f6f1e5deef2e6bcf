/**
 * One 2025-era client session's `logging/setLevel` choice. vmcp keeps it itself rather than in the SDK
 * server because direct calls (direct-call.ts) relay backends' log messages without that server.
 * Backends are not told: their sessions are shared by every client, so each keeps sending everything
 * (its default when no level is set) and each client's level is applied here.
 */
import type { LoggingLevel } from '@modelcontextprotocol/server';

const SEVERITY: readonly LoggingLevel[] = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];

export class LogLevel {
  private threshold = 0;

  set(level: LoggingLevel): void {
    this.threshold = SEVERITY.indexOf(level);
  }

  /** Whether a message at `level` reaches the client; an unknown level is not filtered out. */
  passes(level: unknown): boolean {
    const severity = SEVERITY.indexOf(level as LoggingLevel);
    return severity === -1 || severity >= this.threshold;
  }
}
