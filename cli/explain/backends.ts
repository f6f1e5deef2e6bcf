/** Each backend as people ask about it: where it is, how long vmcp waits, what credentials it gets and from where. */
import type { DeepReadonly } from '../../common/freeze.js';
import type { BackendPlan, OutgoingStrategyPlan } from '../../generated/plan.js';
import type { RuntimePlan } from '../../runtime/contract.js';
import { secretUses, type SecretUse } from './secrets.js';

export interface BackendFacts {
  name: string;
  transport: string;
  /** Network transports; null for stdio. */
  url: string | null;
  /** transport stdio: the process vmcp starts; env lists variable names only (their values are secrets). */
  stdio: { command: string; args: string[]; cwd: string | null; env: string[] } | null;
  timeoutMs: number;
  /** short: a few words for the diagram's edge. */
  outgoingAuth: { type: OutgoingStrategyPlan['type']; short: string; summary: string };
  secrets: SecretUse[];
}

export function backendFacts(plan: RuntimePlan): BackendFacts[] {
  return plan.backends.map((b) => ({
    name: b.name,
    transport: b.transport,
    url: b.url ?? null,
    stdio: b.stdio ? { command: b.stdio.command, args: [...b.stdio.args], cwd: b.stdio.cwd, env: Object.keys(b.stdio.env).sort() } : null,
    timeoutMs: b.timeoutMs,
    outgoingAuth: { type: b.outgoingAuth.type, short: strategyShort(b.outgoingAuth), summary: strategySummary(b.outgoingAuth, plan) },
    secrets: secretUses(withoutName(b)),
  }));
}

// The name is a label, not a place a secret could sit; leaving it out keeps `at` relative to the backend.
const withoutName = ({ name: _name, ...rest }: DeepReadonly<BackendPlan>) => rest;

function strategyShort(s: DeepReadonly<OutgoingStrategyPlan>): string {
  if (s.type === 'header_injection') return `header_injection: ${s.headerName}`;
  if (s.type === 'upstream_inject') return `upstream_inject: ${s.providerName}`;
  if (s.type === 'token_exchange') return `token_exchange at ${URL.canParse(s.tokenUrl) ? new URL(s.tokenUrl).host : s.tokenUrl}`;
  return s.type;
}

export function strategySummary(s: DeepReadonly<OutgoingStrategyPlan>, plan: RuntimePlan): string {
  switch (s.type) {
    case 'unauthenticated':
      return 'sends no credentials';
    case 'header_injection':
      return `sets header ${s.headerName} to a secret value, the same for every caller`;
    case 'upstream_inject':
      return `sends the user's access token from upstream IdP ${s.providerName} as a bearer token`;
    case 'token_exchange': {
      // As runtime/outgoing/factory.ts picks it: Mode B without a named provider uses the first upstream.
      const provider = plan.mode === 'B' ? (s.subjectProviderName ?? plan.authServer?.upstreams[0]?.name ?? null) : null;
      const subject = provider === null ? "the caller's incoming token" : `the user's token from upstream IdP ${provider}`;
      const details = [
        s.clientId === null ? null : `client ${s.clientId}`,
        s.audience === null ? null : `audience ${s.audience}`,
        s.scopes.length === 0 ? null : `scopes ${s.scopes.join(' ')}`,
      ].filter((d) => d !== null);
      return `exchanges ${subject} at ${s.tokenUrl} (RFC 8693${details.length ? `; ${details.join(', ')}` : ''}) and sends the result as a bearer token`;
    }
  }
}

/** With discovered backends: where they come from; the backends listed are none (they are found at run time). */
export interface DiscoveryFacts {
  summary: string;
  url: string;
  group: string;
  pollIntervalMs: number;
  defaultAuth: string;
  /** Workload names with an outgoingAuth entry of their own. */
  ownAuth: string[];
}

export function discoveryFacts(plan: RuntimePlan): DiscoveryFacts | null {
  const d = plan.discovery;
  if (!d) return null;
  const group = plan.groupRef ?? '';
  return {
    summary: `the running workloads of group ${group}, discovered at run time from ToolHive's API (GET ${d.toolhiveApiUrl}/api/v1beta/workloads?group=${group}), at start and every ${d.pollIntervalMs} ms; a change reloads the backends and clients get list_changed`,
    url: d.toolhiveApiUrl,
    group,
    pollIntervalMs: d.pollIntervalMs,
    defaultAuth: `${d.defaultAuth.type}: ${strategySummary(d.defaultAuth, plan)}`,
    ownAuth: Object.keys(d.backendAuth).sort(),
  };
}
