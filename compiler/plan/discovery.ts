import type { DiscoveryPlan, OutgoingStrategyPlan } from '../../generated/plan.js';
import type { VmcpConfig } from '../../generated/vmcp-config.js';
import { durationMs } from '../urls.js';
import { buildStrategy } from './backends.js';
import { DEFAULT_TIMEOUT } from './operational.js';

/** thv serve's default address (ToolHive cmd/thv/app/server.go: --host 127.0.0.1, --port 8080). */
export const DEFAULT_TOOLHIVE_API_URL = 'http://127.0.0.1:8080';
export const DEFAULT_POLL_INTERVAL = '10s';

/** ToolHive's dynamic mode: groupRef and no backends (pkg/vmcp/cli/serve.go: static only when backends are listed). */
export const discovers = (config: VmcpConfig): boolean => config.groupRef !== undefined && (config.backends ?? []).length === 0;

/**
 * What the runtime needs to find the group's workloads and make each a BackendPlan the way buildBackends
 * makes a listed one: the runtime may not import the compiler, so the strategies are built here, by name.
 */
export function buildDiscovery(config: VmcpConfig, configFile: string): DiscoveryPlan {
  const out = config.outgoingAuth;
  const backendAuth: Record<string, OutgoingStrategyPlan> = {};
  for (const [name, s] of Object.entries(out?.backends ?? {})) if (s) backendAuth[name] = buildStrategy(s, ['outgoingAuth', 'backends', name], configFile);
  const perWorkload = config.operational?.timeouts?.perWorkload ?? {};
  const timeoutMs: Record<string, number> = {};
  for (const [name, d] of Object.entries(perWorkload)) if (d !== undefined) timeoutMs[name] = durationMs(d);
  return {
    source: 'toolhive_api',
    toolhiveApiUrl: (config.discovery?.toolhiveApi?.url ?? DEFAULT_TOOLHIVE_API_URL).replace(/\/$/, ''),
    pollIntervalMs: durationMs(config.discovery?.pollInterval ?? DEFAULT_POLL_INTERVAL),
    defaultAuth: out?.default ? buildStrategy(out.default, ['outgoingAuth', 'default'], configFile) : { type: 'unauthenticated' },
    backendAuth,
    defaultTimeoutMs: durationMs(config.operational?.timeouts?.default ?? DEFAULT_TIMEOUT),
    timeoutMs,
  };
}
