/**
 * The converter: a VirtualMCPServer plus the MCPExternalAuthConfigs it names -> the vMCP config the YAML path
 * reads (schema/vmcp-config.schema.json). Pure; the objects must already have passed their CRD schemas, and
 * the refs must already be resolved (reconcile.ts does both).
 */
import type { MCPExternalAuthConfigSpec } from '../../generated/k8s-mcpexternalauthconfig.js';
import type { BackendAuthConfig, InlineOIDCConfig, VirtualMCPServer } from '../../generated/k8s-virtualmcpserver.js';
import type { Aggregation, BackendAuthStrategy, IncomingAuth, OutgoingAuth } from '../../generated/vmcp-config.js';
import { convertAuthServer, defined } from './convert-auth-server.js';
import { convertStrategy } from './convert-outgoing.js';
import { SecretRefs, type SecretUse } from './secret-refs.js';

/** Keys of spec.config that dedicated spec fields own; the reconciler refuses them there. */
export const RESERVED_CONFIG_KEYS = ['name', 'groupRef', 'incomingAuth', 'outgoingAuth', 'authServer'] as const;

/** A caller handed over a ref it had not resolved: a bug in the caller, not in the user's manifests. */
export class UnresolvedRefError extends Error {
  readonly code = 'VMCP_K8S_UNRESOLVED_REF';
}

export interface ConvertInput {
  server: VirtualMCPServer;
  namespace: string;
  /** The resolved authServerConfigRef's spec (type embeddedAuthServer), when there is one. */
  authServer?: MCPExternalAuthConfigSpec;
  /** Every resolved outgoing externalAuthConfigRef, by name. */
  outgoing: ReadonlyMap<string, MCPExternalAuthConfigSpec>;
}

export interface ConvertResult {
  config: Record<string, unknown>;
  /** Which Secret keys the pod must expose, and as what. */
  secrets: SecretUse[];
}

export function convert(input: ConvertInput): ConvertResult {
  const { server } = input;
  const spec = server.spec;
  const secrets = new SecretRefs();
  const rest = { ...(spec.config ?? {}) };
  const incoming = convertIncoming(spec.incomingAuth, secrets);
  const config: Record<string, unknown> = {
    name: server.metadata.name,
    ...(spec.groupRef ? { groupRef: spec.groupRef.name } : {}),
    ...rest,
    incomingAuth: incoming,
    outgoingAuth: convertOutgoing(input, secrets),
    aggregation: withAggregationDefaults(rest.aggregation),
  };
  if (input.authServer?.embeddedAuthServer) {
    config.authServer = {
      runConfig: convertAuthServer(input.authServer.embeddedAuthServer, {
        // reconcile refuses a missing audience before converting (AudienceMissing, V-07).
        audience: incoming.oidc?.audience ?? '',
        owner: `${input.namespace}:${server.metadata.name}`,
        secrets,
      }),
    };
  }
  return { config, secrets: secrets.uses };
}

function convertIncoming(incoming: VirtualMCPServer['spec']['incomingAuth'], secrets: SecretRefs): IncomingAuth {
  const inline = incoming.oidcConfig?.inline;
  if (incoming.type !== 'oidc' || !inline) return { type: incoming.type };
  return { type: 'oidc', oidc: convertOidc(inline, secrets) };
}

/** The RFC's CRD spells the private-IP and HTTP flags with capitals (`jwksAllowPrivateIP`); the config does not. */
function convertOidc(o: InlineOIDCConfig, secrets: SecretRefs): NonNullable<IncomingAuth['oidc']> {
  return defined({
    issuer: o.issuer,
    // Left out when missing (defined() drops it), so the config schema reports it at the manifest field.
    audience: o.audience as string,
    resource: o.resource,
    clientId: o.clientId,
    clientSecretEnv: o.clientSecretRef ? secrets.env(o.clientSecretRef) : undefined,
    jwksUrl: o.jwksUrl,
    scopes: o.scopes,
    protectedResourceAllowPrivateIp: o.protectedResourceAllowPrivateIP,
    jwksAllowPrivateIp: o.jwksAllowPrivateIP,
    insecureAllowHttp: o.insecureAllowHTTP,
    caBundlePath: o.caBundlePath,
  });
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

/** The CRD's defaults: prefix conflict resolution with `{workload}_`, written out so the ConfigMap says what runs. */
function withAggregationDefaults(value: unknown): Aggregation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return value === undefined ? { conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}_' } } : (value as Aggregation);
  }
  const agg = value as Aggregation;
  const strategy = agg.conflictResolution ?? 'prefix';
  if (strategy !== 'prefix' || agg.conflictResolutionConfig?.prefixFormat !== undefined) return { ...agg, conflictResolution: strategy };
  return { ...agg, conflictResolution: strategy, conflictResolutionConfig: { ...agg.conflictResolutionConfig, prefixFormat: '{workload}_' } };
}
