/**
 * Clients' resource subscriptions (2025-era `resources/subscribe`), multiplexed onto one backend
 * subscription per URI: the first subscriber subscribes at the owning backend, the last one to leave
 * unsubscribes there. Updates the backend sends are delivered to the subscribers of that URI only.
 */
import type { BackendPool } from '../backends/pool.js';
import type { Identity } from '../contract.js';

export type UpdateListener = (uri: string) => void;

interface Entry {
  backend: string;
  listeners: Set<UpdateListener>;
  /** Whose credentials keep the backend subscription (the first subscriber's). */
  identity: Identity | null;
}

export class ResourceSubscriptions {
  private readonly byUri = new Map<string, Entry>();
  private readonly stop: () => void;

  constructor(private readonly pool: BackendPool) {
    this.stop = pool.onResourceUpdated((backend, uri) => {
      const entry = this.byUri.get(uri);
      if (entry?.backend === backend) for (const l of entry.listeners) l(uri);
    });
  }

  /** Throws what the backend answered when it refuses the subscription. */
  async subscribe(uri: string, backend: string, identity: Identity | null, listener: UpdateListener): Promise<void> {
    let entry = this.byUri.get(uri);
    if (!entry) {
      await this.pool.backend(backend)?.call(identity, 'resources/subscribe', { uri });
      entry = this.byUri.get(uri) ?? { backend, listeners: new Set(), identity };
      this.byUri.set(uri, entry);
    }
    entry.listeners.add(listener);
  }

  unsubscribe(uri: string, listener: UpdateListener): void {
    const entry = this.byUri.get(uri);
    if (!entry?.listeners.delete(listener) || entry.listeners.size > 0) return;
    this.byUri.delete(uri);
    // Best effort: a backend that forgot the subscription already is fine.
    void this.pool.backend(entry.backend)?.call(entry.identity, 'resources/unsubscribe', { uri }).catch(() => {});
  }

  /** A client went away: drop everything it subscribed to. */
  forget(listener: UpdateListener): void {
    for (const [uri, entry] of [...this.byUri]) if (entry.listeners.has(listener)) this.unsubscribe(uri, listener);
  }

  close(): void {
    this.stop();
    this.byUri.clear();
  }
}
