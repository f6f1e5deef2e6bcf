/**
 * Group discovery in the cluster, pure: a VirtualMCPServer's spec.groupRef (without spec.config.backends) -> the
 * MCPGroup and the group's workloads in the server's namespace (MCPServer, MCPRemoteProxy, MCPServerEntry whose
 * spec.groupRef names it) -> static backends, as ToolHive's pkg/vmcp/workloads/k8s.go derives them. The operator
 * re-runs reconcile when any of those objects changes, so the list follows the cluster.
 */
import type { MCPExternalAuthConfig, MCPExternalAuthConfigSpec } from '../../generated/k8s-mcpexternalauthconfig.js';
import type { MCPRemoteProxy } from '../../generated/k8s-mcpremoteproxy.js';
import type { MCPServer } from '../../generated/k8s-mcpserver.js';
import type { MCPServerEntry } from '../../generated/k8s-mcpserverentry.js';
import { BackendsReason, CONDITION_BACKENDS_DISCOVERED, CONDITION_GROUP_REF, condition, GroupRefReason, type Condition } from './conditions.js';
import { lookup, objectProblems } from './ref-lookup.js';
import { describe, KIND_AUTH_CONFIG, KIND_GROUP, KIND_MCP_SERVER, KIND_REMOTE_PROXY, KIND_SERVER_ENTRY, type Referenced, type Resource, type WorkloadKind } from './resources.js';
import type { RefFailure } from './result.js';

export interface DiscoveredBackend {
  name: string;
  url: string;
  transport: 'sse' | 'streamable-http';
  /** The workload's externalAuthConfigRef, resolved: ToolHive's `outgoingAuth.source: discovered`. */
  auth?: { ref: string; spec: MCPExternalAuthConfigSpec; resource: Resource };
}

export interface GroupDiscovery {
  conditions: Condition[];
  /** Set when the group cannot be used: nothing is converted (ConfigValid says why). */
  failure?: RefFailure;
  backends: DiscoveredBackend[];
}

/** Phases ToolHive maps to an unhealthy backend (mapK8SWorkloadPhaseToHealth): such a workload takes no calls. */
const UNHEALTHY = new Set(['Failed', 'Terminating', 'Stopped']);
const KINDS: { kind: WorkloadKind; key: 'mcpServers' | 'remoteProxies' | 'serverEntries' }[] = [
  { kind: KIND_MCP_SERVER, key: 'mcpServers' },
  { kind: KIND_REMOTE_PROXY, key: 'remoteProxies' },
  { kind: KIND_SERVER_ENTRY, key: 'serverEntries' },
];

/** Whether a spec asks for discovery: ToolHive's dynamic mode (static only when backends are listed). */
export function discoversInCluster(spec: { groupRef?: unknown; config?: Record<string, unknown> } | undefined): boolean {
  const backends = spec?.config?.backends;
  return typeof spec?.groupRef === 'object' && spec.groupRef !== null && !(Array.isArray(backends) && backends.length > 0);
}

export function discoverGroup(server: Resource, groupName: string, refs: Referenced): GroupDiscovery {
  const ns = server.namespace;
  const g = lookup(server, groupName, refs.groups);
  if (!('found' in g)) {
    // ToolHive's message first, then what to do.
    const message = `Referenced MCPGroup ${groupName} not found in namespace "${ns}"; create it, or fix spec.groupRef.name`;
    return { conditions: [condition(CONDITION_GROUP_REF, 'False', GroupRefReason.NotFound, message)], failure: { reason: GroupRefReason.NotFound, message }, backends: [] };
  }
  const groupProblems = objectProblems(KIND_GROUP, g.found);
  const phase = statusString(g.found, 'phase');
  // A group read from a file has no status: no controller has judged it, so only a phase that says "not ready" refuses.
  const notReady = groupProblems ?? (phase !== undefined && phase !== 'Ready' ? `Referenced MCPGroup ${groupName} is not ready (phase: ${phase})` : undefined);
  if (notReady !== undefined) {
    return { conditions: [condition(CONDITION_GROUP_REF, 'False', GroupRefReason.NotReady, notReady)], failure: { reason: GroupRefReason.NotReady, message: notReady }, backends: [] };
  }
  const groupOk = condition(CONDITION_GROUP_REF, 'True', GroupRefReason.Valid, `MCPGroup ${groupName} is valid and ready`);

  const backends: DiscoveredBackend[] = [];
  const skipped: string[] = [];
  for (const { kind, key } of KINDS) {
    const members = refs[key].filter((w) => w.namespace === ns && groupOf(w) === groupName).sort((a, b) => a.name.localeCompare(b.name));
    for (const w of members) {
      const r = asBackend(kind, w, server, refs.authConfigs);
      if (typeof r === 'string') skipped.push(`${describe(w)}: ${r}`);
      else if (backends.some((b) => b.name === r.name)) skipped.push(`${describe(w)}: another workload of the group is already named "${r.name}"; backend names must be unique, rename one`);
      else backends.push(r);
    }
  }
  const skippedText = skipped.length === 0 ? '' : `; not discovered: ${skipped.join('; ')}`;
  const discovered =
    backends.length > 0
      ? condition(CONDITION_BACKENDS_DISCOVERED, 'True', BackendsReason.Discovered, `Discovered ${backends.length} backend${backends.length === 1 ? '' : 's'} in MCPGroup ${groupName}: ${backends.map((b) => b.name).join(', ')}${skippedText}`)
      : condition(
          CONDITION_BACKENDS_DISCOVERED,
          'False',
          BackendsReason.Failed,
          `MCPGroup ${groupName} has no ready workloads in namespace "${ns}", so vmcp serves no backends${skippedText || '; add an MCPServer, MCPRemoteProxy or MCPServerEntry whose spec.groupRef.name is ' + JSON.stringify(groupName)}`,
        );
  return { conditions: [groupOk, discovered], backends };
}

const groupOf = (w: Resource): unknown => ((w.object.spec as { groupRef?: { name?: unknown } } | undefined)?.groupRef)?.name;

/** status.<field> when it is a non-empty string (status is written by ToolHive's controllers, never schema-checked). */
function statusString(r: Resource, field: string): string | undefined {
  const v = (r.object.status as Record<string, unknown> | undefined)?.[field];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A workload as a backend, or why it is not one (yet). */
function asBackend(kind: WorkloadKind, w: Resource, server: Resource, authConfigs: readonly Resource[]): DiscoveredBackend | string {
  const problems = objectProblems(kind, w);
  if (problems !== undefined) return problems.slice(describe(w).length + 2);
  const phase = statusString(w, 'phase');
  let url: string | undefined;
  let transport: DiscoveredBackend['transport'];
  let authRef: string | undefined;
  if (kind === KIND_SERVER_ENTRY) {
    const spec = (w.object as unknown as MCPServerEntry).spec!;
    // Unlike the others its URL is always set, so ToolHive checks the phase its controller gives it.
    if (phase !== 'Valid') return `status.phase is ${phase === undefined ? 'not set' : JSON.stringify(phase)}; only Valid entries are served (ToolHive's controller validates them)`;
    url = spec.remoteUrl;
    transport = spec.transport;
    authRef = spec.externalAuthConfigRef?.name;
  } else {
    if (phase !== undefined && UNHEALTHY.has(phase)) return `status.phase is ${phase}`;
    url = statusString(w, 'url');
    if (kind === KIND_MCP_SERVER) {
      const spec = (w.object as unknown as MCPServer).spec ?? {};
      const t = spec.transport ?? 'stdio';
      // A stdio server is reached through ToolHive's proxy, which speaks proxyMode (GetEffectiveProxyMode).
      transport = t === 'stdio' ? (spec.proxyMode ?? 'streamable-http') : t;
      authRef = spec.externalAuthConfigRef?.name;
    } else {
      const spec = (w.object as unknown as MCPRemoteProxy).spec ?? {};
      transport = spec.transport ?? 'streamable-http';
      authRef = spec.externalAuthConfigRef?.name;
    }
    // ToolHive never falls back to a guessed address: the URL appears once the workload's Service exists.
    if (url === undefined) return 'no status.url yet (ToolHive\'s controller sets it once the workload\'s Service exists)';
  }
  const backend: DiscoveredBackend = { name: w.name, url, transport };
  if (authRef === undefined) return backend;
  // ToolHive skips a workload whose auth cannot be resolved rather than call it without its auth.
  const a = lookup(server, authRef, authConfigs);
  if (!('found' in a)) return `spec.externalAuthConfigRef names MCPExternalAuthConfig "${authRef}", which does not exist in namespace "${server.namespace}"; it is not called without its auth`;
  const spec = (a.found.object as unknown as MCPExternalAuthConfig).spec;
  if (spec?.type === 'embeddedAuthServer') return `spec.externalAuthConfigRef names ${describe(a.found)} of type embeddedAuthServer, which is not an outgoing strategy`;
  const invalid = objectProblems(KIND_AUTH_CONFIG, a.found);
  if (invalid !== undefined) return `its externalAuthConfigRef is invalid: ${invalid}`;
  return { ...backend, auth: { ref: authRef, spec: spec as MCPExternalAuthConfigSpec, resource: a.found } };
}
