/**
 * Everything vmcp keeps about one backend: its strategy, health, circuit breaker and its connections with
 * their catalogs. Connections are partitioned by who is calling only when the strategy's credentials
 * depend on the caller; otherwise one shared connection serves everyone. Calls go through `call`, which
 * applies credentials, the timeout, the breaker and the health bookkeeping in one place.
 */
import { Pool } from 'undici';
import type { DeepReadonly } from '../../common/freeze.js';
import type { BackendPlan, FailureHandlingPlan } from '../../generated/plan.js';
import type { BackendCatalog } from '../aggregation/types.js';
import type { Identity } from '../contract.js';
import type { Logger } from '../log.js';
import type { OutgoingStrategy } from '../outgoing/strategy.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { isBackendAnswer, toBackendError } from './classify.js';
import type { ClientRelay } from './client-relay.js';
import { BackendConnection, type CallOptions, type ListKind, type StdioOptions } from './connection.js';
import { EraMemory } from './era-memory.js';
import { RestartBackoff } from './restart-backoff.js';
import type { StdioLaunch } from './stdio.js';
import { BackendError, LocalRequestError } from './errors.js';
import { HealthTracker } from './health.js';
import { checkHeaders } from './sendable.js';

export interface Partition {
  connection: BackendConnection;
  catalog: BackendCatalog | null;
  lastUsed: number;
}

export interface BackendEvents {
  /** A partition's catalog changed (list_changed, or a health check saw a difference). */
  catalogChanged(backend: string): void;
  /** Health moved between states; aggregated lists may need to drop or regain this backend. */
  healthChanged(backend: string): void;
  /** The backend notified that a subscribed resource changed. */
  resourceUpdated(backend: string, uri: string): void;
}

export const SHARED = '';

export class Backend {
  readonly health: HealthTracker;
  readonly breaker: CircuitBreaker | null;
  private readonly partitions = new Map<string, Partition>();
  /** Keep-alive sockets for session POSTs, shared by every partition (credentials ride on each request). */
  private readonly dispatcher: Pool | null;
  /** Whether the backend speaks 2025, as a partition's connection found out: the next ones need not probe. */
  private readonly era: EraMemory;
  /** A stdio backend's program and its restart schedule; null for the network transports. */
  private readonly stdio: StdioOptions | null;
  /** The start of a stdio program that exited, once its delay is over. */
  private restart: NodeJS.Timeout | null = null;
  /** Requests under way (guarded), and who waits for there to be none (retire). */
  private inFlight = 0;
  private idle: (() => void) | null = null;

  constructor(
    readonly plan: DeepReadonly<BackendPlan>,
    readonly strategy: OutgoingStrategy,
    failure: DeepReadonly<FailureHandlingPlan>,
    private readonly events: BackendEvents,
    private readonly maxPartitions: number,
    private readonly now: () => number,
    stdio?: { launch: StdioLaunch; logger: Logger },
  ) {
    this.health = new HealthTracker(failure.unhealthyThreshold, now);
    const cb = failure.circuitBreaker;
    this.breaker = cb.enabled ? new CircuitBreaker(cb.failureThreshold, cb.timeoutMs, now) : null;
    this.dispatcher = plan.transport === 'streamable-http' ? new Pool(new URL(plan.url!).origin) : null;
    this.era = new EraMemory(now);
    this.stdio = stdio ? { ...stdio, backoff: new RestartBackoff(now), onExit: (delayMs) => this.programExited(stdio.logger, delayMs) } : null;
  }

  get name(): string {
    return this.plan.name;
  }

  partitionKey(identity: Identity | null): string {
    return this.strategy.perIdentity ? `s:${identity?.subject ?? ''}` : SHARED;
  }

  cachedCatalog(identity: Identity | null): BackendCatalog | null {
    return this.partitions.get(this.partitionKey(identity))?.catalog ?? null;
  }

  /** A JSON-RPC request to the backend on behalf of `identity`. Backend JSON-RPC errors pass through. */
  call(identity: Identity | null, method: string, params: Record<string, unknown> | undefined, via: CallOptions = {}): Promise<Record<string, unknown>> {
    const ask = via.relay?.request;
    if (!ask) return this.guarded(identity, undefined, (connection, t) => connection.request(method, params, t, via));
    // While the backend waits for the calling client (sampling, a person filling in an elicitation form),
    // running out of time is that client's doing, not the backend's.
    let askingCaller = 0;
    const relay: ClientRelay = {
      ...via.relay,
      request: async (m, p) => {
        askingCaller += 1;
        try {
          return await ask(m, p);
        } finally {
          askingCaller -= 1;
        }
      },
    };
    return this.guarded(identity, undefined, (connection, t) => connection.request(method, params, t, { ...via, relay }), () => askingCaller > 0);
  }

  /**
   * Fetches (and keeps) the catalog this caller sees. A changed catalog is announced; a first one only when
   * `announceFirst` (a health check finding a backend that was never listed), because the aggregation that
   * asks for a first catalog includes it anyway.
   */
  async fetchCatalog(identity: Identity | null, timeoutMs?: number, announceFirst = false): Promise<BackendCatalog> {
    const key = this.partitionKey(identity);
    const catalog = await this.guarded(identity, timeoutMs, (connection, t) => connection.catalog(t));
    const partition = this.partitions.get(key);
    if (partition) {
      const changed = partition.catalog === null ? announceFirst : JSON.stringify(partition.catalog) !== JSON.stringify(catalog);
      partition.catalog = catalog;
      if (changed) this.events.catalogChanged(this.name);
    }
    return catalog;
  }

  /**
   * A reload replaced or removed this backend: close it once the requests under way are done (those that
   * looked it up just before the swap included), or when the longest of them would have timed out.
   */
  async retire(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.inFlight > 0) {
      const done = new Promise<void>((resolve) => (this.idle = resolve));
      const limit = new Promise<void>((resolve) => setTimeout(resolve, this.plan.timeoutMs + 1000).unref());
      await Promise.race([done, limit]);
    }
    await this.close();
  }

  async close(): Promise<void> {
    if (this.restart) clearTimeout(this.restart);
    this.restart = null;
    const all = [...this.partitions.values()];
    this.partitions.clear();
    await Promise.all(all.map((p) => p.connection.close()));
    await this.dispatcher?.destroy();
  }

  private async guarded<T>(
    identity: Identity | null,
    timeoutMs: number | undefined,
    run: (c: BackendConnection, t: number) => Promise<T>,
    waitingOnCaller: () => boolean = () => false,
  ): Promise<T> {
    if (this.breaker && !this.breaker.tryAcquire()) {
      throw new BackendError('VMCP_BACKEND_CIRCUIT_OPEN', this.name, `backend "${this.name}" is failing; vmcp stopped calling it for a while (circuit open)`);
    }
    let headers: Record<string, string>;
    try {
      // No credentials for this caller (a missing upstream token, a failed exchange), or credentials that
      // are no valid header: the backend was never called.
      headers = checkHeaders(await this.strategy.headers(identity), this.name);
    } catch (e) {
      this.breaker?.release();
      throw e;
    }
    const partition = this.partition(this.partitionKey(identity));
    partition.connection.useHeaders(headers);
    const t = timeoutMs ?? this.plan.timeoutMs;
    this.inFlight += 1;
    try {
      const result = await run(partition.connection, t);
      this.outcome(true);
      return result;
    } catch (e) {
      if (isBackendAnswer(e)) {
        this.outcome(true);
        throw e;
      }
      // Health and the breaker are shared by every caller: only the backend's own failures move them.
      if (e instanceof LocalRequestError) {
        this.breaker?.release();
        throw e;
      }
      const error = toBackendError(this.name, e);
      // It refused this caller's own credentials (it is up, and others' may be fine), or it ran out of
      // time while waiting on this caller's answer.
      const callersOwn = (error.code === 'VMCP_BACKEND_AUTH' && this.strategy.perIdentity) || (error.code === 'VMCP_BACKEND_TIMEOUT' && waitingOnCaller());
      if (callersOwn) {
        this.breaker?.release();
      } else {
        this.outcome(false, error.message);
      }
      if (error.code !== 'VMCP_BACKEND_TIMEOUT') {
        partition.connection.reset();
        if (!callersOwn) this.era.forget();
      }
      throw error;
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.idle?.();
    }
  }

  private outcome(ok: boolean, error?: string): void {
    if (ok) this.breaker?.onSuccess();
    else this.breaker?.onFailure();
    if (this.health.record(ok, error)) this.events.healthChanged(this.name);
  }

  private partition(key: string): Partition {
    let p = this.partitions.get(key);
    if (!p) {
      if (this.partitions.size >= this.maxPartitions) this.evictLeastRecentlyUsed();
      const connection = new BackendConnection({
        backend: this.plan,
        onListChanged: (kind) => this.onListChanged(key, kind),
        onResourceUpdated: (uri) => this.events.resourceUpdated(this.name, uri),
        ...(this.dispatcher ? { dispatcher: this.dispatcher } : {}),
        era: this.era,
        ...(this.stdio ? { stdio: this.stdio } : {}),
      });
      p = { connection, catalog: null, lastUsed: this.now() };
      this.partitions.set(key, p);
    }
    p.lastUsed = this.now();
    return p;
  }

  private evictLeastRecentlyUsed(): void {
    let oldest: [string, Partition] | undefined;
    for (const entry of this.partitions) if (!oldest || entry[1].lastUsed < oldest[1].lastUsed) oldest = entry;
    if (!oldest) return;
    this.partitions.delete(oldest[0]);
    void oldest[1].connection.close();
  }

  /**
   * A stdio program exited on its own: the backend is down until it runs again, which it does after the
   * restart delay, without waiting for a caller (its catalog is read again, and announced if it changed).
   */
  private programExited(logger: Logger, delayMs: number): void {
    logger.warn('stdio backend exited', { backend: this.name, restartInMs: delayMs });
    this.outcome(false, 'its program exited');
    if (this.restart) clearTimeout(this.restart);
    this.restart = setTimeout(() => {
      this.restart = null;
      void this.fetchCatalog(null, undefined, true).catch(() => {});
    }, delayMs);
    this.restart.unref();
  }

  /** Re-reads every list on the connection that reported the change, with the credentials it last used. */
  private onListChanged(key: string, _kind: ListKind): void {
    const partition = this.partitions.get(key);
    if (!partition) return;
    partition.connection
      .catalog(this.plan.timeoutMs)
      .then((catalog) => {
        partition.catalog = catalog;
        this.events.catalogChanged(this.name);
      })
      .catch(() => {
        // The next health check or call will notice; a failed refresh keeps the previous catalog.
      });
  }
}

