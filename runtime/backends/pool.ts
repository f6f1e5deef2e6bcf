/**
 * The backends of a plan as one unit: builds the aggregated catalog a caller sees (cached until a backend's
 * lists or health change, so tools/list never re-aggregates per request), routes calls, runs the periodic
 * health checks, and reports health for /status.
 */
import { aggregate } from '../aggregation/aggregate.js';
import type { AggregatedCatalog, BackendCatalog } from '../aggregation/types.js';
import type { BackendHealth, BackendHealthSource, Identity, RuntimePlan } from '../contract.js';
import type { DeepReadonly } from '../../common/freeze.js';
import type { BackendPlan } from '../../generated/plan.js';
import { silentLogger, type Logger } from '../log.js';
import type { OutgoingStrategy } from '../outgoing/strategy.js';
import { SingleFlight } from '../single-flight.js';
import { Backend } from './backend.js';
import type { StdioLaunch } from './stdio.js';
import { BackendError } from './errors.js';

export interface PoolOptions {
  /** Outgoing strategy per backend name (built from the plan with secrets resolved). */
  strategies: ReadonlyMap<string, OutgoingStrategy>;
  now?: () => number;
  /** Per-backend cap on caller partitions (connections kept per subject for caller-specific credentials). */
  maxPartitionsPerBackend?: number;
  /** How long a catalog missing some backends (best_effort) is served before those are tried again. */
  partialCatalogTtlMs?: number;
  /** Health transitions and catalog changes are logged (names and reasons only, never credentials). */
  logger?: Logger;
  /** The program of each stdio backend, with its environment read from the plan's references. */
  launches?: ReadonlyMap<string, StdioLaunch>;
  /** Each backend's fingerprint (backend-fingerprint.ts), for reloads to tell changed backends. */
  fingerprints?: ReadonlyMap<string, string>;
}

/** A reload's new plan for the pool (see apply). */
export interface PoolUpdate {
  plan: RuntimePlan;
  fingerprints: ReadonlyMap<string, string>;
  /** The strategy and program of a backend that is new or changed; asked only for those. */
  parts(b: DeepReadonly<BackendPlan>): { strategy: OutgoingStrategy; launch?: StdioLaunch };
}

export interface PoolChanges {
  /** Backends whose connections and sessions went on. */
  kept: string[];
  /** New and changed backends, built and discovered. */
  started: string[];
  /** Removed and changed backends, closed once their calls in flight are done. */
  retired: string[];
}

export type CatalogListener = () => void;
export type ResourceListener = (backend: string, uri: string) => void;

const MAX_CACHED_CATALOGS = 10_000;

interface CachedCatalog {
  catalog: AggregatedCatalog;
  /** Set when some backend was missing: retry them after this time. */
  expiresAt: number | null;
}

export interface BackendStatus extends BackendHealth {
  /** null for a stdio backend. */
  url: string | null;
  transport: string;
  circuit: 'closed' | 'open' | 'half_open' | 'disabled';
  lastError: string | null;
}

export class BackendPool implements BackendHealthSource {
  private readonly backends = new Map<string, Backend>();
  private readonly aggregated = new Map<string, CachedCatalog>();
  /** One build per caller key at a time: a burst of first requests shares it. */
  private readonly building = new SingleFlight<AggregatedCatalog>();
  private readonly listeners = new Set<CatalogListener>();
  private readonly resourceListeners = new Set<ResourceListener>();
  private perCaller = false;
  private readonly now: () => number;
  private readonly log: Logger;
  private timer: NodeJS.Timeout | null = null;
  private generation = 0;
  /** Each backend's fingerprint (its plan and secret values): a reload keeps a backend whose fingerprint is the same. */
  private fingerprints = new Map<string, string>();

  constructor(
    private plan: RuntimePlan,
    private readonly options: PoolOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.log = options.logger ?? silentLogger;
    for (const b of plan.backends) {
      const strategy = options.strategies.get(b.name);
      if (!strategy) throw new Error(`no outgoing strategy for backend "${b.name}"`);
      this.backends.set(b.name, this.create(b, strategy, options.launches?.get(b.name)));
      this.fingerprints.set(b.name, options.fingerprints?.get(b.name) ?? '');
    }
    this.perCaller = [...this.backends.values()].some((b) => b.strategy.perIdentity);
  }

  /**
   * A reload: the new plan's backends, keeping each one whose fingerprint did not change (its connections and
   * sessions go on), building the new and changed ones, and retiring the rest once their calls in flight are
   * done. Then the cached catalogs go, listeners hear of it (clients get list_changed), and the new backends
   * are discovered. Settings every backend holds (failure handling) rebuild them all.
   */
  async apply(u: PoolUpdate): Promise<PoolChanges> {
    const rebuildAll = JSON.stringify(u.plan.operational.failureHandling) !== JSON.stringify(this.plan.operational.failureHandling);
    const next = new Map<string, Backend>();
    const changes: PoolChanges = { kept: [], started: [], retired: [] };
    for (const b of u.plan.backends) {
      const old = this.backends.get(b.name);
      const fingerprint = u.fingerprints.get(b.name) ?? '';
      if (old && !rebuildAll && this.fingerprints.get(b.name) === fingerprint) {
        next.set(b.name, old);
        changes.kept.push(b.name);
        continue;
      }
      const parts = u.parts(b);
      next.set(b.name, this.create(b, parts.strategy, parts.launch));
      changes.started.push(b.name);
    }
    const retired = [...this.backends.values()].filter((b) => next.get(b.name) !== b);
    changes.retired = retired.map((b) => b.name);
    const intervalChanged = u.plan.operational.failureHandling.healthCheckIntervalMs !== this.plan.operational.failureHandling.healthCheckIntervalMs;
    this.plan = u.plan;
    this.backends.clear();
    for (const [name, b] of next) this.backends.set(name, b);
    this.fingerprints = new Map(u.plan.backends.map((b) => [b.name, u.fingerprints.get(b.name) ?? '']));
    this.perCaller = [...this.backends.values()].some((b) => b.strategy.perIdentity);
    if (intervalChanged && this.timer) this.startHealthChecks();
    for (const b of retired) void b.retire();
    // Requests from here on build catalogs from the new backends; clients hear of it once they are discovered.
    this.invalidate(false);
    await this.discover(changes.started.map((n) => this.backends.get(n)!));
    this.invalidate();
    return changes;
  }

  private create(b: DeepReadonly<BackendPlan>, strategy: OutgoingStrategy, launch: StdioLaunch | undefined): Backend {
    if (b.transport === 'stdio' && !launch) throw new Error(`no program for stdio backend "${b.name}"`);
    const stdio = launch ? { launch, logger: this.log } : undefined;
    // Events of a backend a reload retired are its own business: they no longer touch the pool.
    const current = () => this.backends.get(b.name) === backend;
    const events = {
      catalogChanged: (name: string) => {
        if (!current()) return;
        this.log.info('backend capabilities changed', { backend: name });
        this.invalidate();
      },
      healthChanged: (name: string) => {
        if (!current()) return;
        const h = backend.health;
        const fields = { backend: name, state: h.state, reason: h.lastError ?? undefined };
        if (h.state === 'healthy') this.log.info('backend health', fields);
        else this.log.warn('backend health', fields);
        // Health only changes what is listed in `fail` mode (see build).
        if (this.plan.operational.failureHandling.partialFailureMode === 'fail') this.invalidate();
      },
      resourceUpdated: (name: string, uri: string) => {
        if (!current()) return;
        for (const l of this.resourceListeners) l(name, uri);
      },
    };
    const backend: Backend = new Backend(b, strategy, this.plan.operational.failureHandling, events, this.options.maxPartitionsPerBackend ?? 1000, this.now, stdio);
    return backend;
  }

  /** First discovery of every backend that needs no caller, then periodic health checks. */
  async start(): Promise<void> {
    await this.checkAll(false);
    this.startHealthChecks();
  }

  private startHealthChecks(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => void this.checkAll(true), this.plan.operational.failureHandling.healthCheckIntervalMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.listeners.clear();
    this.resourceListeners.clear();
    await Promise.all([...this.backends.values()].map((b) => b.close()));
  }

  /** Called after an aggregated list may have changed (the MCP layer sends list_changed). */
  onCatalogChange(listener: CatalogListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when a backend reports that a subscribed resource changed. */
  onResourceUpdated(listener: ResourceListener): () => void {
    this.resourceListeners.add(listener);
    return () => this.resourceListeners.delete(listener);
  }

  backend(name: string): Backend | undefined {
    return this.backends.get(name);
  }

  /** The aggregated catalog this caller sees; served from cache when nothing changed. */
  catalogFor(identity: Identity | null): Promise<AggregatedCatalog> {
    const hit = this.cachedCatalogFor(identity);
    if (hit) return Promise.resolve(hit);
    const key = this.callerKey(identity);
    return this.building.run(key, () => this.build(key, identity));
  }

  /** The catalog `catalogFor` would give at once, when it has one: a call need not wait on a promise for it. */
  cachedCatalogFor(identity: Identity | null): AggregatedCatalog | null {
    const hit = this.aggregated.get(this.callerKey(identity));
    return hit && (hit.expiresAt === null || hit.expiresAt > this.now()) ? hit.catalog : null;
  }

  private callerKey(identity: Identity | null): string {
    return this.perCaller ? `s:${identity?.subject ?? ''}` : '';
  }

  snapshot(): readonly BackendHealth[] {
    return [...this.backends.values()].map((b) => ({ name: b.name, state: b.health.state, lastCheckedAt: b.health.lastCheckedAt }));
  }

  status(): BackendStatus[] {
    return [...this.backends.values()].map((b) => ({
      name: b.name,
      state: b.health.state,
      lastCheckedAt: b.health.lastCheckedAt,
      url: b.plan.url ?? null,
      transport: b.plan.transport,
      circuit: b.breaker?.state ?? 'disabled',
      lastError: b.health.lastError,
    }));
  }

  private async build(key: string, identity: Identity | null): Promise<AggregatedCatalog> {
    const generation = this.generation;
    const fail = this.plan.operational.failureHandling.partialFailureMode === 'fail';
    const entries = await Promise.all(
      [...this.backends.values()].map(async (b): Promise<[string, BackendCatalog | BackendError | null]> => {
        const cached = b.cachedCatalog(identity);
        // Health checks watch backends without caller credentials. While one is unhealthy, `fail` refuses
        // to list; `best_effort` keeps its last-known lists so one flaky backend does not churn every
        // client's tool list (calls to it get a clear error meanwhile).
        if (b.health.state === 'unhealthy' && !b.strategy.perIdentity && (fail || !cached)) {
          return [b.name, new BackendError('VMCP_BACKEND_UNAVAILABLE', b.name, `backend "${b.name}" is unhealthy`)];
        }
        if (cached) return [b.name, cached];
        try {
          return [b.name, await b.fetchCatalog(identity)];
        } catch (e) {
          if (e instanceof BackendError) return [b.name, e];
          // No credentials for this caller (outgoing auth): the backend is fine, it is just not theirs to list.
          return [b.name, null];
        }
      }),
    );
    const failures = entries.filter((e): e is [string, BackendError] => e[1] instanceof BackendError);
    const noAccess = entries.some((e) => e[1] === null);
    if (failures.length > 0 && fail) {
      const names = failures.map(([n]) => `"${n}"`).join(', ');
      throw new BackendError(failures[0]![1].code, failures[0]![0], `cannot list capabilities: backend ${names} unavailable (partialFailureMode: fail). ${failures.map(([, e]) => e.message).join('; ')}`);
    }
    const catalogs = new Map(entries.filter((e): e is [string, BackendCatalog] => e[1] !== null && !(e[1] instanceof BackendError)));
    const catalog = aggregate(catalogs, this.plan.aggregation);
    // A change that landed while building makes this result stale: hand it out, but do not keep it.
    if (generation === this.generation) {
      // One entry per caller when credentials are per caller: bounded, oldest out first.
      if (this.aggregated.size >= MAX_CACHED_CATALOGS) this.aggregated.delete(this.aggregated.keys().next().value!);
      this.aggregated.set(key, { catalog, expiresAt: failures.length > 0 || noAccess ? this.now() + (this.options.partialCatalogTtlMs ?? 5000) : null });
    }
    return catalog;
  }

  private invalidate(notify = true): void {
    this.generation += 1;
    this.aggregated.clear();
    if (notify) for (const l of this.listeners) l();
  }

  /**
   * Health checks re-read the lists of backends that need no caller; others are judged by their calls.
   * After the first pass, a backend listed for the first time (it was down at start) is announced.
   */
  private checkAll(announceFirst: boolean): Promise<void> {
    return this.discover([...this.backends.values()], announceFirst);
  }

  private async discover(backends: readonly Backend[], announceFirst = false): Promise<void> {
    const timeout = this.plan.operational.failureHandling.healthCheckTimeoutMs;
    await Promise.all(
      backends
        .filter((b) => !b.strategy.perIdentity)
        .map((b) => b.fetchCatalog(null, timeout > 0 ? Math.min(timeout, b.plan.timeoutMs) : undefined, announceFirst).catch(() => {})),
    );
  }
}
