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

/** ToolHive's default is `source: discovered`; a `discovered` entry means "no auth of its own" here. */
function convertOutgoing(input: ConvertInput, secrets: SecretRefs): OutgoingAuth {
  const out = input.server.spec.outgoingAuth;
  if (!out) return { source: 'discovered' };
  const strategy = (b: BackendAuthConfig): BackendAuthStrategy => {
    const ref = b.type === 'externalAuthConfigRef' ? b.externalAuthConfigRef?.name : undefined;
    if (ref === undefined) return { type: 'unauthenticated' };
    const spec = input.outgoing.get(ref);
    if (!spec) throw new UnresolvedRefError(`externalAuthConfigRef "${ref}" was not resolved before conversion`);
    return convertStrategy(spec, secrets);
  };
  const backends = out.backends ? Object.fromEntries(Object.entries(out.backends).map(([k, b]) => [k, strategy(b!)])) : undefined;
  return defined({ source: out.source ?? 'discovered', default: out.default ? strategy(out.default) : undefined, backends });
}
