/**
 * The converter: a VirtualMCPServer plus the objects its refs name -> the vMCP config the YAML path reads
 * (schema/vmcp-config.schema.json). Pure; the objects must already have passed their CRD schemas, and the refs
 * must already be resolved (reconcile.ts does both).
 */
import type { EmbeddedAuthServerConfig, MCPExternalAuthConfigSpec } from '../../generated/k8s-mcpexternalauthconfig.js';
import type { MCPOIDCConfigSpec } from '../../generated/k8s-mcpoidcconfig.js';
import type { MCPTelemetryConfigSpec } from '../../generated/k8s-mcptelemetryconfig.js';
import type { MCPToolConfigSpec } from '../../generated/k8s-mcptoolconfig.js';
import type { BackendAuthConfig, VirtualMCPServer } from '../../generated/k8s-virtualmcpserver.js';
import type { BackendAuthStrategy, OutgoingAuth } from '../../generated/vmcp-config.js';
import { convertAggregation } from './convert-aggregation.js';
import { convertAuthServer, defined } from './convert-auth-server.js';
import { convertIncoming } from './convert-incoming.js';
import { convertStrategy } from './convert-outgoing.js';
import { convertTelemetry } from './convert-telemetry.js';
import type { DiscoveredBackend } from './discover-group.js';
import { SecretRefs, type SecretUse } from './secret-refs.js';
import { UnresolvedRefError } from './unresolved-ref.js';

export { UnresolvedRefError } from './unresolved-ref.js';

/** Keys of spec.config that dedicated spec fields own; the reconciler refuses them there. */
export const RESERVED_CONFIG_KEYS = ['name', 'groupRef', 'incomingAuth', 'outgoingAuth', 'authServer'] as const;

export interface ConvertInput {
  server: VirtualMCPServer;
  namespace: string;
  /** The embedded auth server: spec.authServerConfig, or the embeddedAuthServer of the MCPExternalAuthConfig spec.authServerConfigRef names. */
  authServer?: EmbeddedAuthServerConfig;
  /** Every resolved outgoing externalAuthConfigRef, by name. */
  outgoing: ReadonlyMap<string, MCPExternalAuthConfigSpec>;
  /** The MCPOIDCConfig spec.incomingAuth.oidcConfigRef names. */
  oidcConfig?: MCPOIDCConfigSpec;
  /** The MCPTelemetryConfig spec.telemetryConfigRef names. */
  telemetryConfig?: MCPTelemetryConfigSpec;
  /** Every MCPToolConfig a toolConfigRef names, by name. */
  toolConfigs?: ReadonlyMap<string, MCPToolConfigSpec>;
  /** The group's workloads, when spec.groupRef is set without spec.config.backends (discover-group.ts). */
  discovered?: readonly DiscoveredBackend[];
}

export interface ConvertResult {
  config: Record<string, unknown>;
  /** Which Secret keys the pod must expose, and as what. */
  secrets: SecretUse[];
  /** formatPath of a converted aggregation field -> the MCPToolConfig it came from (for diagnostics). */
  fromToolConfig: Map<string, string>;
}

export function convert(input: ConvertInput): ConvertResult {
  const { server } = input;
  const spec = server.spec;
  const secrets = new SecretRefs();
  const rest = { ...(spec.config ?? {}) };
  const incoming = convertIncoming(server, input.namespace, input.oidcConfig, secrets);
  const { aggregation, fromToolConfig } = convertAggregation(rest.aggregation, input.toolConfigs ?? new Map());
  const config: Record<string, unknown> = {
    name: server.metadata.name,
    ...(spec.groupRef ? { groupRef: spec.groupRef.name } : {}),
    ...rest,
    // ToolHive takes the spec field only when it lists something; an empty list forwards nothing either way.
    ...(spec.passthroughHeaders?.length ? { passthroughHeaders: spec.passthroughHeaders } : {}),
    ...(spec.telemetryConfigRef && input.telemetryConfig ? { telemetry: convertTelemetry(input.telemetryConfig, spec.telemetryConfigRef.serviceName || server.metadata.name) } : {}),
    incomingAuth: incoming,
    outgoingAuth: convertOutgoing(input, secrets),
    aggregation,
  };
  if (input.discovered) {
    config.backends = input.discovered.map((b) => ({ name: b.name, url: b.url, transport: b.transport }));
    // groupRef beside no backends means "ask ToolHive's workstation API" (V-15), which a pod has not: an empty
    // group is an empty list here (BackendsDiscovered False says so).
    if (input.discovered.length === 0) delete config.groupRef;
  }
  if (input.authServer) {
    config.authServer = {
      runConfig: convertAuthServer(input.authServer, {
        // reconcile refuses a missing audience before converting (AudienceMissing, V-07).
        audience: incoming.oidc?.audience ?? '',
        namespace: input.namespace,
        owner: `${input.namespace}:${server.metadata.name}`,
        secrets,
      }),
    };
  }
  return { config, secrets: secrets.uses, fromToolConfig };
}

/**
 * ToolHive's default is `source: discovered`: each discovered workload's externalAuthConfigRef is its strategy,
 * unless spec.outgoingAuth.backends names it (the spec wins). A `discovered` entry means "no auth of its own".
 */
function convertOutgoing(input: ConvertInput, secrets: SecretRefs): OutgoingAuth {
  const out = input.server.spec.outgoingAuth;
  const fromWorkloads: Record<string, BackendAuthStrategy> = {};
  if ((out?.source ?? 'discovered') === 'discovered') {
    for (const b of input.discovered ?? []) if (b.auth) fromWorkloads[b.name] = convertStrategy(b.auth.spec, secrets);
  }
  const present = input.discovered ? new Set(input.discovered.map((b) => b.name)) : undefined;
  if (!out) return defined({ source: 'discovered' as const, backends: Object.keys(fromWorkloads).length > 0 ? fromWorkloads : undefined });
  const strategy = (b: BackendAuthConfig): BackendAuthStrategy => {
    const ref = b.type === 'externalAuthConfigRef' ? b.externalAuthConfigRef?.name : undefined;
    if (ref === undefined) return { type: 'unauthenticated' };
    const spec = input.outgoing.get(ref);
    if (!spec) throw new UnresolvedRefError(`externalAuthConfigRef "${ref}" was not resolved before conversion`);
    return convertStrategy(spec, secrets);
  };
  // An entry for a workload not in the group now applies to nothing: the group changes at run time, so it is kept
  // out rather than refused (V-09 would refuse a name no backend has).
  const fromSpec = Object.entries(out.backends ?? {}).filter(([k]) => present === undefined || present.has(k));
  const merged = { ...fromWorkloads, ...Object.fromEntries(fromSpec.map(([k, b]) => [k, strategy(b!)])) };
  const backends = Object.keys(merged).length > 0 ? merged : out.backends && present === undefined ? {} : undefined;
  return defined({ source: out.source ?? 'discovered', default: out.default ? strategy(out.default) : undefined, backends });
}
