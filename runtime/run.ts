/**
 * Everything a plan needs, started in order: the group's workloads (plans that discover their backends),
 * secrets, the auth server (Mode B plans only), the MCP runtime (backends, health, the `mcp` handler), then
 * the HTTP server. Closing goes the other way, so
 * in-flight requests drain before the parts they use go away.
 */
import type { RuntimePlan, SecretValues } from './contract.js';
import type { AuthServerRuntime } from './auth-server/index.js';
import type { Logger } from './log.js';
import { startMcpRuntime } from './mcp/index.js';
import { rebindingPolicyFor, withRebindingGuard } from './mcp/rebinding-guard.js';
import { createGroupDiscovery, type GroupDiscovery } from './discovery/group-discovery.js';
import { frontDoorFor } from './http/front-door.js';
import { planDiff } from '../common/plan-diff/index.js';
import { reloadChanges, type ReloadOutcome } from './reload.js';
import { resolveSecrets } from './secrets.js';
import { startServer, type RunningServer, type ServerOptions } from './server.js';

export interface RunOptions {
  host: string;
  port: number;
  listener?: ServerOptions['listener'];
  logger: Logger;
  limits?: ServerOptions['limits'];
}

export interface RunningPlan extends RunningServer {
  /** The plan being served (the last one a reload applied). */
  plan(): RuntimePlan;
  /**
   * Swaps in a new plan's backends, aggregation and operational settings (reload.ts): sessions and the
   * connections of unchanged backends go on, requests in flight finish where they started. One at a time.
   */
  reload(next: RuntimePlan): Promise<ReloadOutcome>;
}

export async function runPlan(written: RuntimePlan, o: RunOptions): Promise<RunningPlan> {
  // The plan as written (a discovering one lists no backends) and the plan served (with those found).
  const base = { plan: written };
  let discovery: GroupDiscovery | undefined;
  let plan = written;
  if (written.discovery) {
    discovery = createGroupDiscovery(() => base.plan, o.logger);
    await discovery.refresh();
    plan = discovery.compose(written);
  }
  try {
    return await runServed(plan, o, discovery, base);
  } catch (e) {
    await discovery?.close();
    throw e;
  }
}

async function runServed(plan: RuntimePlan, o: RunOptions, discovery: GroupDiscovery | undefined, base: { plan: RuntimePlan }): Promise<RunningPlan> {
  const secrets = resolveSecrets(plan);
  const frontDoor = frontDoorFor(plan);
  // Gated on the plan: a Mode A plan never reaches auth-server code (the golden transcripts guard this),
  // nor loads it: its imports (ioredis, jose, oauth4webapi) cost a Mode A start a few hundred ms.
  let as: AuthServerRuntime | undefined;
  if (plan.authServer) {
    const warn = (message: string) => o.logger.warn(message);
    const [{ startAuthServer }, { oauthFlowEndpoints }] = await Promise.all([import('./auth-server/index.js'), import('./auth-server/flow/index.js')]);
    as = await startAuthServer(plan.authServer, { secrets, warn, frontDoor, flow: oauthFlowEndpoints(plan.authServer, { secrets, warn }) });
  }
  const rebinding = rebindingPolicyFor(o.host, plan);
  if (rebinding.allowedHostnames === null) {
    o.logger.warn(`served on ${o.host} with no host name to answer to: any Host header is accepted (DNS-rebinding guard off); set http.allowedHosts`);
  }
  const asHandlers = as ? Object.fromEntries(Object.entries(as.handlers).map(([name, h]) => [name, withRebindingGuard(h, rebinding)])) : {};
  try {
    const mcp = await startMcpRuntime(plan, {
      secrets,
      rebinding,
      logger: o.logger,
      maxSessions: frontDoor.maxSessions,
      maxSessionsPerCaller: frontDoor.maxSessionsPerCaller,
      sessionIdleTimeoutMs: frontDoor.sessionIdleTimeoutMs,
      clientAddress: frontDoor.callerAddress,
    });
    try {
      const server = await startServer(plan, {
        host: o.host,
        port: o.port,
        secrets,
        logger: o.logger,
        health: mcp.health,
        ...(discovery ? { discovery } : {}),
        handlers: { mcp: mcp.handler, ...asHandlers },
        onDrain: mcp.drain,
        ...(as ? { auth: as.incomingAuth } : {}),
        ...(o.limits ? { limits: o.limits } : {}),
        ...(o.listener ? { listener: o.listener } : {}),
      });
      let current = plan;
      let reloading: Promise<unknown> = Promise.resolve();
      // One way to change the backends at run time, whether an edited config or the group's workloads asks.
      const reload = async (written: RuntimePlan): Promise<ReloadOutcome> => {
        const next = discovery && written.discovery ? discovery.compose(written) : written;
        const { changes, blocked } = reloadChanges(current, next);
        if (blocked.length > 0) return { status: 'restart_required', changes, blocked };
        let nextSecrets: SecretValues;
        try {
          nextSecrets = resolveSecrets(next);
        } catch (e) {
          return { status: 'refused', changes, message: (e as Error).message };
        }
        const pool = await mcp.apply(next, nextSecrets);
        server.usePlan(next);
        current = next;
        base.plan = written;
        return { status: 'applied', changes, pool };
      };
      const serialized = (next: RuntimePlan): Promise<ReloadOutcome> => {
        const outcome = reloading.then(() => reload(next));
        reloading = outcome.catch(() => {});
        return outcome;
      };
      // The written plan again, with the workloads found now: a reload only when the backends differ.
      discovery?.start(async () => {
        const written = base.plan;
        if (sameBackends(discovery.compose(written), current)) return;
        reportDiscovered(await serialized(written), o.logger);
      });
      return {
        url: server.url,
        port: server.port,
        secrets,
        plan: () => current,
        reload: serialized,
        async close() {
          await discovery?.close();
          await reloading;
          await server.close();
          await mcp.close();
          await as?.close();
        },
      };
    } catch (e) {
      await mcp.close();
      throw e;
    }
  } catch (e) {
    await as?.close();
    throw e;
  }
}

const sameBackends = (a: RuntimePlan, b: RuntimePlan): boolean => planDiff(a, { ...a, backends: b.backends }).length === 0;

/** A discovery reload changes only backends: what started and what retired, or why nothing was applied. */
function reportDiscovered(outcome: ReloadOutcome, log: Logger): void {
  if (outcome.status === 'applied') {
    const { kept, started, retired } = outcome.pool;
    return log.info('discovery: backends changed', { backendsKept: kept.join(','), backendsStarted: started.join(','), backendsRetired: retired.join(',') });
  }
  if (outcome.status === 'refused') return log.error('discovery: the group\'s new backends cannot be started; the running ones go on', { error: outcome.message });
  log.error('discovery: the new backends need a restart; the running ones go on', { changes: outcome.blocked.length });
}
