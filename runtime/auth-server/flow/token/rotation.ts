import { setTimeout as delay } from 'node:timers/promises';
import type { RefreshRotation } from '../../storage/types.js';
import type { FlowDeps } from '../deps.js';

/** A rotation takes a signature and two storage writes; a retry waits this long for it, then counts as reuse. */
const ROTATION_WAIT_MS = 2_000;
const FIRST_POLL_MS = 10;

/**
 * A second use of a refresh token arrived while the first was still being rotated (two tabs, or a client
 * retrying at once). The storage gives no change notification that both memory and Redis share, so this
 * polls, briefly and with backoff, for the answer the first request records.
 */
export async function awaitRotation(d: FlowDeps, token: string): Promise<RefreshRotation | null> {
  const deadline = Date.now() + Math.min(ROTATION_WAIT_MS, d.refreshGraceMs);
  for (let wait = FIRST_POLL_MS; Date.now() < deadline; wait = Math.min(wait * 2, 200)) {
    await delay(wait);
    const r = await d.storage.getRotation(token);
    if (r !== null) return r;
  }
  return null;
}
