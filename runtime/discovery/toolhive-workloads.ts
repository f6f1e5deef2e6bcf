/**
 * Reads a group's workloads from ToolHive's local API (`thv serve`): GET /api/v1beta/workloads?group=NAME
 * answers a `pkg_api_v1.workloadListResponse` ({ workloads: core.Workload[] }), or 404 when the group does
 * not exist (ToolHive docs/server/swagger.yaml). Only the fields vmcp uses are checked; the rest is ToolHive's.
 */
import { isLoopbackHost } from '../../common/loopback.js';
import { privateAddress } from '../../common/key-source.js';
import { RuntimeError } from '../errors.js';
import { createGuardedClient, type GuardedClient } from '../http/guarded-client.js';

/** The fields of ToolHive's core.Workload that make a backend. */
export interface Workload {
  name: string;
  url: string;
  status: string;
  /** How clients reach it (sse or streamable-http; for a stdio server, how ToolHive's proxy serves it). */
  proxyMode: string;
  transportType: string;
}

export type GroupWorkloads = { found: true; workloads: Workload[] } | { found: false };

const MAX_BYTES = 4 * 1024 * 1024;
const TIMEOUT_MS = 5000;

/**
 * The API is named in the operator's own config and is normally thv serve on loopback, which the SSRF guard
 * would refuse: loopback is let through explicitly; another address must be globally reachable.
 */
export function workloadsClient(): GuardedClient {
  return createGuardedClient({
    refuse: (host, address) => new RuntimeError('VMCP_SSRF_REFUSED', privateAddress(host, address).message.replace(/; set .*$/, '; only loopback or a public address may serve the workloads API')),
    exempt: (u) => isLoopbackHost(u.hostname),
    timeoutMs: TIMEOUT_MS,
    maxBytes: MAX_BYTES,
    tooLarge: () => new RuntimeError('VMCP_WORKLOADS_UNAVAILABLE', `the workloads list is larger than ${MAX_BYTES} bytes`),
  });
}

export async function fetchGroupWorkloads(client: GuardedClient, apiUrl: string, group: string): Promise<GroupWorkloads> {
  const url = `${apiUrl}/api/v1beta/workloads?group=${encodeURIComponent(group)}`;
  let res: Response;
  try {
    res = await client.fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    if (e instanceof RuntimeError) throw e;
    throw new RuntimeError('VMCP_WORKLOADS_UNAVAILABLE', `ToolHive's API at ${apiUrl} cannot be reached: ${causeText(e)}`);
  }
  if (res.status === 404) {
    await res.body?.cancel();
    return { found: false };
  }
  if (res.status !== 200) {
    await res.body?.cancel();
    throw new RuntimeError('VMCP_WORKLOADS_UNAVAILABLE', `ToolHive's API at ${apiUrl} answered ${res.status} to GET /api/v1beta/workloads`);
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch (e) {
    if (e instanceof RuntimeError) throw e;
    throw new RuntimeError('VMCP_WORKLOADS_UNAVAILABLE', `ToolHive's API at ${apiUrl} answered GET /api/v1beta/workloads with something that is not JSON`);
  }
  return { found: true, workloads: parseWorkloads(body, apiUrl) };
}

function parseWorkloads(body: unknown, apiUrl: string): Workload[] {
  const list = (body as { workloads?: unknown } | null)?.workloads;
  // ToolHive's Go encoder writes a nil slice as null: an empty group.
  if (list === null) return [];
  if (!Array.isArray(list)) throw new RuntimeError('VMCP_WORKLOADS_UNAVAILABLE', `ToolHive's API at ${apiUrl} answered without a workloads list`);
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  return list
    .filter((w): w is Record<string, unknown> => typeof w === 'object' && w !== null && text((w as Record<string, unknown>).name) !== '')
    .map((w) => ({ name: text(w.name), url: text(w.url), status: text(w.status), proxyMode: text(w.proxy_mode), transportType: text(w.transport_type) }));
}

function causeText(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).message;
}
