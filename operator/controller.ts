/**
 * The operator: watches VirtualMCPServers and every kind they refer to (MCPExternalAuthConfig, MCPOIDCConfig,
 * MCPTelemetryConfig, MCPToolConfig, and for group discovery ToolHive's MCPGroup, MCPServer, MCPRemoteProxy and
 * MCPServerEntry), runs the same pure reconcile as `vmcp reconcile` on what it sees, patches
 * each server's status, and writes the converted config to its ConfigMap. A change to a referenced object
 * reconciles every server that names it.
 */
import type { KubeConfig } from '@kubernetes/client-node';
import {
  asResource,
  condition,
  CONDITION_CONFIG,
  ConfigReason,
  emptyResourceSet,
  REFERENCED_KINDS,
  reconcileServer,
  type Condition,
  type Phase,
  type Referenced,
  type ReferencedKind,
  type Resource,
} from '../compiler/k8s/index.js';
import { buildConfigMap, ownedBy, sameConfigMap } from './configmap.js';
import { apiErrorText, kubeClient, PLURAL_SERVERS, PLURALS, type Kube, type KubeObject } from './kube.js';
import { referencedNames } from './references.js';
import { nextStatus, sameStatus, type StatusCondition } from './status.js';
import { WorkQueue } from './work-queue.js';

export interface OperatorOptions {
  kubeConfig: KubeConfig;
  /** Watch one namespace; all when undefined. */
  namespace?: string;
  log?: (line: string) => void;
  now?: () => Date;
  retryDelayMs?: number;
}

export class Operator {
  private readonly kube: Kube;
  private readonly servers: ReturnType<Kube['informer']>;
  private readonly referenced: Map<ReferencedKind, ReturnType<Kube['informer']>>;
  private readonly queue: WorkQueue;
  private readonly log: (line: string) => void;
  private readonly now: () => Date;
  private readonly retryDelayMs: number;
  private readonly restarts = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(opts: OperatorOptions) {
    this.kube = kubeClient(opts.kubeConfig, opts.namespace);
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.now = opts.now ?? (() => new Date());
    this.retryDelayMs = opts.retryDelayMs ?? 2000;
    this.queue = new WorkQueue((key) => this.reconcile(key), (key, e) => this.log(`reconcile ${key} failed, will retry: ${apiErrorText(e)}`), this.retryDelayMs);
    this.servers = this.kube.informer(PLURAL_SERVERS);
    const enqueueServer = (o: KubeObject) => this.queue.add(keyOf(o));
    for (const verb of ['add', 'update'] as const) this.servers.on(verb, enqueueServer);
    this.keepWatching(this.servers, PLURAL_SERVERS);
    this.referenced = new Map();
    for (const kind of Object.keys(PLURALS) as ReferencedKind[]) {
      const informer = this.kube.informer(PLURALS[kind]);
      for (const verb of ['add', 'update', 'delete'] as const) informer.on(verb, (o) => this.enqueueReferencing(kind, o.metadata?.name ?? '', o.metadata?.namespace));
      this.keepWatching(informer, PLURALS[kind]);
      this.referenced.set(kind, informer);
    }
  }

  /** Resolves once every kind is listed and watched; reconciles then run as events arrive. */
  async start(): Promise<void> {
    // Referenced kinds first: servers listed before them would be reconciled against an empty cache.
    await Promise.all([...this.referenced.values()].map((i) => i.start()));
    await this.servers.start();
    this.log(`operator watching ${[PLURAL_SERVERS, ...Object.values(PLURALS)].join(', ')}`);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.restarts) clearTimeout(t);
    await Promise.all([this.servers.stop(), ...[...this.referenced.values()].map((i) => i.stop())]);
    await this.queue.stop();
  }

  /** An informer stops on an error (API down, 403); it is restarted after a delay, relisting from scratch. */
  private keepWatching(informer: ReturnType<Kube['informer']>, what: string): void {
    informer.on('error', (e: unknown) => {
      if (this.stopped) return;
      this.log(`watch of ${what} failed, restarting: ${apiErrorText(e)}`);
      const t = setTimeout(() => {
        this.restarts.delete(t);
        if (!this.stopped) void informer.start();
      }, this.retryDelayMs);
      this.restarts.add(t);
    });
  }

  /**
   * Every server whose refs name `name`, in any namespace: a cross-namespace ref's message changes too. A '*'
   * (group discovery: any workload, any workload's auth config) matches every object of the server's namespace.
   */
  private enqueueReferencing(kind: ReferencedKind, name: string, namespace: string | undefined): void {
    for (const s of this.servers.list()) {
      const names = referencedNames(s.spec, kind);
      if (names.includes(name) || (names.includes('*') && s.metadata?.namespace === namespace)) this.queue.add(keyOf(s));
    }
  }

  /** What the informers hold of every referenced kind, as the pure reconcile wants it. */
  private referencedResources(): Referenced {
    const set: Referenced = emptyResourceSet();
    for (const [kind, informer] of this.referenced) {
      set[REFERENCED_KINDS[kind]] = informer.list().map((o) => asResource(o as unknown as Record<string, unknown>)).filter((r): r is Resource => r !== undefined);
    }
    return set;
  }

  private async reconcile(key: string): Promise<void> {
    const [namespace, name] = key.split('/') as [string, string];
    const obj = this.servers.get(name, namespace);
    if (!obj) return; // deleted: its ConfigMap goes with it (owner reference)
    const server = asResource(obj as unknown as Record<string, unknown>)!;
    const result = reconcileServer(server, this.referencedResources());
    const generation = obj.metadata?.generation ?? 0;
    let outcome: { phase: Phase; conditions: Condition[] } = result.status;
    if (result.config) {
      // The ConfigMap first: a Ready status must never describe a config the pod cannot read yet.
      const uid = obj.metadata?.uid ?? '';
      const want = buildConfigMap({ name, namespace, uid }, result.config, result.secrets);
      const cmName = want.metadata!.name!;
      const have = await this.kube.readConfigMap(namespace, cmName);
      if (!have) await this.kube.createConfigMap(want);
      else if (!ownedBy(have, uid)) {
        outcome = notOwned(result.status.conditions, namespace, cmName);
        // ConfigMaps are not watched, so removing the other one sends no event: look again later.
        this.queue.addAfter(key, this.retryDelayMs * 15);
      }
      else if (!sameConfigMap(have, want)) await this.kube.replaceConfigMap({ ...want, metadata: { ...want.metadata, resourceVersion: have.metadata?.resourceVersion } });
    }
    const status = nextStatus(obj.status as { conditions?: StatusCondition[] } | undefined, outcome, generation, this.now);
    if (!sameStatus(obj.status, status)) {
      await this.kube.patchStatus(namespace, name, status);
      const why = outcome.conditions.filter((c) => c.status !== 'True').map((c) => c.reason);
      this.log(`${key}: ${status.phase}${why.length > 0 ? ` (${why.join(', ')})` : ''}`);
    }
  }
}

/** Someone else's ConfigMap of that name is never overwritten: the server fails and says what to do. */
function notOwned(conditions: Condition[], namespace: string, cmName: string): { phase: Phase; conditions: Condition[] } {
  const message = `ConfigMap ${namespace}/${cmName} exists and is not owned by this VirtualMCPServer, so the converted config was not written; delete or rename that ConfigMap`;
  return { phase: 'Failed', conditions: conditions.map((c) => (c.type === CONDITION_CONFIG ? condition(CONDITION_CONFIG, 'False', ConfigReason.ConfigMapNotOwned, message) : c)) };
}

const keyOf = (o: KubeObject): string => `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;
