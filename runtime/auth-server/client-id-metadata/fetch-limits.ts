/**
 * Bounds on metadata documents being fetched at once, in all and per host. The client_id URL is the
 * caller's choice, so without them a burst of distinct URLs on a host that never answers held a socket
 * each until the deadline (300 URLs, 299 sockets). A fetch over a bound is refused at once rather than
 * queued: a queue would hold the same requests, only in our memory instead of in sockets.
 */
import { ClientMetadataError } from './errors.js';

export interface FetchLimits {
  /** Fetches in flight across all hosts. */
  global: number;
  /** Fetches in flight to one host name. */
  perHost: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { global: 32, perHost: 4 };

export class FetchSlots {
  private total = 0;
  private readonly byHost = new Map<string, number>();

  constructor(private readonly limits: FetchLimits) {}

  /** Takes a slot for a fetch from `host`; the returned function gives it back (once). Throws CIMD_FETCH_LIMIT when none is free. */
  acquire(host: string): () => void {
    const held = this.byHost.get(host) ?? 0;
    if (held >= this.limits.perHost) throw busy(`${this.limits.perHost} from ${host}`);
    if (this.total >= this.limits.global) throw busy(`${this.limits.global} in all`);
    this.total++;
    this.byHost.set(host, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.byHost.get(host) ?? 1) - 1;
      if (left === 0) this.byHost.delete(host);
      else this.byHost.set(host, left);
    };
  }
}

const busy = (bound: string): ClientMetadataError =>
  new ClientMetadataError('CIMD_FETCH_LIMIT', `too many client metadata documents are being fetched right now (at most ${bound} at once); retry shortly`);
