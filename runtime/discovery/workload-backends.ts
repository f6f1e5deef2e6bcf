/**
 * A group's workloads as BackendPlans, built the way the compiler builds a listed backend (outgoing
 * strategy: the workload's own entry, else the default; timeout: its own, else the default; metadata.group),
 * from what the plan's `discovery` section carries, since the runtime may not use the compiler.
 */
import type { BackendPlan, DiscoveryPlan } from '../../generated/plan.js';
import type { DeepReadonly } from '../../common/freeze.js';
import type { Workload } from './toolhive-workloads.js';

export interface SkippedWorkload {
  name: string;
  reason: string;
}

export interface WorkloadBackends {
  backends: BackendPlan[];
  skipped: SkippedWorkload[];
}

const NETWORK_TRANSPORTS = new Set(['streamable-http', 'sse']);

export function backendsOf(workloads: readonly Workload[], discovery: DeepReadonly<DiscoveryPlan>, group: string): WorkloadBackends {
  const backends: BackendPlan[] = [];
  const skipped: SkippedWorkload[] = [];
  // Sorted by name: the same group gives the same plan whatever order ToolHive lists it in.
  for (const w of [...workloads].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // ToolHive's GetWorkloadAsVMCPBackend: proxy_mode is how clients reach a workload, transport_type the fallback.
    const transport = w.proxyMode || w.transportType;
    if (w.status !== 'running') skipped.push({ name: w.name, reason: `status ${w.status || 'unknown'}` });
    else if (w.url === '') skipped.push({ name: w.name, reason: 'no url' });
    else if (!NETWORK_TRANSPORTS.has(transport)) skipped.push({ name: w.name, reason: `transport ${transport || 'unknown'} (vmcp reaches workloads over sse or streamable-http)` });
    else if (!validUrl(w.url)) skipped.push({ name: w.name, reason: `url ${w.url} is not an http(s) URL` });
    else if (backends.some((b) => b.name === w.name)) skipped.push({ name: w.name, reason: 'listed twice' });
    else {
      backends.push({
        name: w.name,
        url: w.url,
        transport: transport as 'streamable-http' | 'sse',
        timeoutMs: discovery.timeoutMs[w.name] ?? discovery.defaultTimeoutMs,
        outgoingAuth: structuredClone((discovery.backendAuth[w.name] ?? discovery.defaultAuth) as BackendPlan['outgoingAuth']),
        metadata: { group },
      });
    }
  }
  return { backends, skipped };
}

function validUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
