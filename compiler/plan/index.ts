/**
 * config -> plan: a pure function over a config that passed the schema and the rules. Mode B only adds
 * (the mode letter, the auth-server routes and the authServer section); everything else is built the
 * same whether or not an auth server is configured.
 */
import type { Plan } from '../../generated/plan.js';
import type { VmcpConfig } from '../../generated/vmcp-config.js';
import { buildAggregation } from './aggregation.js';
import { buildAuthServer } from './auth-server.js';
import { buildBackends } from './backends.js';
import { buildDiscovery, discovers } from './discovery.js';
import { buildHttp } from './http.js';
import { buildIncoming } from './incoming.js';
import { buildOperational, buildTelemetry } from './operational.js';
import { buildRoutes } from './routes.js';

export function buildPlan(config: VmcpConfig, configFile: string): Plan {
  const plan: Plan = {
    planVersion: 1,
    mode: config.authServer ? 'B' : 'A',
    name: config.name,
    groupRef: config.groupRef ?? null,
    routes: buildRoutes(config),
    incomingAuth: buildIncoming(config.incomingAuth),
    backends: buildBackends(config, configFile),
    aggregation: buildAggregation(config),
    operational: buildOperational(config),
    telemetry: buildTelemetry(config),
  };
  if (config.authServer) plan.authServer = buildAuthServer(config.authServer.runConfig);
  if (config.http) plan.http = buildHttp(config.http);
  if (discovers(config)) plan.discovery = buildDiscovery(config, configFile);
  return plan;
}
