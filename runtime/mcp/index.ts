/**
 * Builds the MCP side of vmcp from a plan: one outgoing strategy per backend (outgoing/factory.ts, every
 * type the plan names, upstream_inject included), each stdio backend's program, the backend pool (first discovery and health checks)
 * and the `mcp` route handler. The pool is also the BackendHealthSource for /status and
 * /api/backends/health.
 */
import type { BackendHealthSource, RouteHandler, RuntimePlan, SecretValues } from '../contract.js';
import { backendFingerprint } from '../backends/backend-fingerprint.js';
import { backendParts } from '../backends/backend-parts.js';
import { BackendPool, type PoolChanges } from '../backends/pool.js';
import { resolveStdioLaunch, type StdioLaunch } from '../backends/stdio.js';
import type { Logger } from '../log.js';
import { createStrategy } from '../outgoing/factory.js';
import type { OutgoingStrategy } from '../outgoing/strategy.js';
import { createMcpEndpoint, type McpEndpointOptions } from './endpoint.js';

export interface McpRuntime {
  handler: RouteHandler;
  health: BackendHealthSource;
  pool: BackendPool;
  /** Open 2025-era sessions (tests read it). */
  sessionCount(): number;
  /** Shutdown has begun: ends long-lived MCP streams so the HTTP server's drain waits only on real work. */
  drain(): void;
  /** A reload: the new plan's backends and aggregation (BackendPool.apply); sessions go on. */
  apply(next: RuntimePlan, secrets: SecretValues): Promise<PoolChanges>;
  close(): Promise<void>;
}

export interface McpRuntimeOptions extends Omit<McpEndpointOptions, 'pool'> {
  secrets: SecretValues;
  /** A strategy instead of the one a backend's plan names (tests: one a Mode A plan cannot express). */
  strategies?: ReadonlyMap<string, OutgoingStrategy>;
  logger?: Logger;
}

export async function startMcpRuntime(plan: RuntimePlan, options: McpRuntimeOptions): Promise<McpRuntime> {
  const strategies = new Map<string, OutgoingStrategy>();
  const launches = new Map<string, StdioLaunch>();
  for (const b of plan.backends) {
    strategies.set(b.name, options.strategies?.get(b.name) ?? createStrategy(b.outgoingAuth, plan, options.secrets, b.timeoutMs));
    if (b.stdio) launches.set(b.name, resolveStdioLaunch(b.stdio, options.secrets));
  }
  const fingerprints = fingerprintsOf(plan, options.secrets);
  const pool = new BackendPool(plan, { strategies, launches, fingerprints, ...(options.logger ? { logger: options.logger } : {}) });
  await pool.start();
  const { secrets: _secrets, strategies: _strategies, logger: _logger, ...endpointOptions } = options;
  const endpoint = createMcpEndpoint({ ...endpointOptions, pool, serverName: options.serverName ?? plan.name });
  return {
    handler: endpoint.handler,
    health: pool,
    pool,
    sessionCount: endpoint.sessionCount,
    drain: endpoint.drain,
    apply: (next, secrets) => pool.apply({ plan: next, fingerprints: fingerprintsOf(next, secrets), parts: (b) => backendParts(next, b, secrets) }),
    async close() {
      await endpoint.close();
      await pool.close();
    },
  };
}

const fingerprintsOf = (plan: RuntimePlan, secrets: SecretValues) => new Map(plan.backends.map((b) => [b.name, backendFingerprint(b, secrets)]));
