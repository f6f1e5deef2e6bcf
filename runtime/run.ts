/**
 * Everything a plan needs, started in order: secrets, the auth server (Mode B plans only), the MCP
 * runtime (backends, health, the `mcp` handler), then the HTTP server. Closing goes the other way, so
 * in-flight requests drain before the parts they use go away.
 */
import type { RuntimePlan } from './contract.js';
import { startAuthServer, type AuthServerRuntime } from './auth-server/index.js';
import { oauthFlowEndpoints } from './auth-server/flow/index.js';
import type { Logger } from './log.js';
import { startMcpRuntime } from './mcp/index.js';
import { rebindingPolicyFor } from './mcp/rebinding-guard.js';
import { frontDoorFor } from './http/front-door.js';
import { resolveSecrets } from './secrets.js';
import { startServer, type RunningServer, type ServerOptions } from './server.js';

export interface RunOptions {
  host: string;
  port: number;
  logger: Logger;
  limits?: ServerOptions['limits'];
}

export async function runPlan(plan: RuntimePlan, o: RunOptions): Promise<RunningServer> {
  const secrets = resolveSecrets(plan);
  // Gated on the plan: a Mode A plan never reaches auth-server code (the golden transcripts guard this).
  const frontDoor = frontDoorFor(plan);
  let as: AuthServerRuntime | undefined;
  if (plan.authServer) {
    const warn = (message: string) => o.logger.warn(message);
    as = await startAuthServer(plan.authServer, { secrets, warn, frontDoor, flow: oauthFlowEndpoints(plan.authServer, { secrets, warn }) });
  }
  try {
    const mcp = await startMcpRuntime(plan, { secrets, rebinding: rebindingPolicyFor(o.host), logger: o.logger });
    try {
      const server = await startServer(plan, {
        host: o.host,
        port: o.port,
        secrets,
        logger: o.logger,
        health: mcp.health,
        handlers: { mcp: mcp.handler, ...as?.handlers },
        onDrain: mcp.drain,
        ...(as ? { auth: as.incomingAuth } : {}),
        ...(o.limits ? { limits: o.limits } : {}),
      });
      return {
        ...server,
        async close() {
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
