/** Resolving a VirtualMCPServer's refs to MCPExternalAuthConfigs: same namespace, right type, valid object. */
import type { MCPExternalAuthConfig, MCPExternalAuthConfigSpec } from '../../generated/k8s-mcpexternalauthconfig.js';
import type { VirtualMCPServerSpec } from '../../generated/k8s-virtualmcpserver.js';
import { AuthServerReason as AS, ConfigReason as CR } from './conditions.js';
import { lookup, objectProblems } from './ref-lookup.js';
import { describe, KIND_AUTH_CONFIG, type Resource } from './resources.js';
import type { RefFailure, ResolvedAuthConfig } from './result.js';

/** spec.authServerConfigRef -> an MCPExternalAuthConfig of type embeddedAuthServer in the server's namespace. */
export function resolveAuthServer(server: Resource, ref: { name: string; namespace?: string }, authConfigs: readonly Resource[]): ResolvedAuthConfig | RefFailure {
  const ns = server.namespace;
  if (ref.namespace !== undefined && ref.namespace !== ns) {
    return { reason: AS.CrossNamespace, message: `spec.authServerConfigRef.namespace is "${ref.namespace}", but the MCPExternalAuthConfig must be in the VirtualMCPServer's own namespace "${ns}"; create it in "${ns}" and remove spec.authServerConfigRef.namespace` };
  }
  const l = lookup(server, ref.name, authConfigs);
  if (!('found' in l)) {
    if (l.elsewhere.length > 0) {
      return { reason: AS.CrossNamespace, message: `MCPExternalAuthConfig "${ref.name}" exists in namespace ${l.elsewhere.map((n) => `"${n}"`).join(', ')} but not in "${ns}"; refs resolve in the VirtualMCPServer's namespace only, so create it in "${ns}"` };
    }
    return { reason: AS.NotFound, message: `spec.authServerConfigRef names MCPExternalAuthConfig "${ref.name}", which does not exist in namespace "${ns}"; create it (type embeddedAuthServer) or fix the name` };
  }
  const found = l.found;
  const type = (found.object as unknown as MCPExternalAuthConfig).spec?.type;
  if (typeof type === 'string' && type !== 'embeddedAuthServer') {
    return { reason: AS.WrongType, message: `${describe(found)} has spec.type ${JSON.stringify(type)}; spec.authServerConfigRef must name an MCPExternalAuthConfig of type embeddedAuthServer (use ${JSON.stringify(type)} configs in spec.outgoingAuth instead)` };
  }
  return checked(found, AS.Invalid);
}

/** Every externalAuthConfigRef in spec.outgoingAuth, by name; the first that cannot be used fails them all. */
export function resolveOutgoing(server: Resource, spec: VirtualMCPServerSpec, authConfigs: readonly Resource[]): Map<string, ResolvedAuthConfig> | RefFailure {
  const resolved = new Map<string, ResolvedAuthConfig>();
  for (const name of outgoingRefNames(spec)) {
    const l = lookup(server, name, authConfigs);
    if (!('found' in l)) {
      return { reason: CR.ExternalAuthConfigNotFound, message: `spec.outgoingAuth names externalAuthConfigRef "${name}", but there is no MCPExternalAuthConfig "${name}" in namespace ${server.namespace}; create it there or fix the name` };
    }
    if ((l.found.object as unknown as MCPExternalAuthConfig).spec?.type === 'embeddedAuthServer') {
      return { reason: CR.ExternalAuthConfigWrongType, message: `${describe(l.found)} has type embeddedAuthServer, which is not an outgoing strategy; name it in spec.authServerConfigRef instead, and use a tokenExchange, headerInjection, upstreamInject or unauthenticated config in spec.outgoingAuth` };
    }
    const r = checked(l.found, CR.ExternalAuthConfigInvalid);
    if ('reason' in r) return r;
    resolved.set(name, r);
  }
  return resolved;
}

/** The object against its CRD schema, then the CRD's cross-field (CEL) rules. */
function checked(found: Resource, reason: string): ResolvedAuthConfig | RefFailure {
  const message = objectProblems(KIND_AUTH_CONFIG, found);
  if (message !== undefined) return { reason, message };
  return { resource: found, spec: (found.object as unknown as MCPExternalAuthConfig).spec as MCPExternalAuthConfigSpec };
}

/** Every outgoing externalAuthConfigRef name: the operator re-reconciles a server when one of them changes. */
export function outgoingRefNames(spec: Pick<VirtualMCPServerSpec, 'outgoingAuth'>): string[] {
  const out = spec.outgoingAuth;
  const entries = [...(out?.default ? [out.default] : []), ...Object.values(out?.backends ?? {})];
  return [...new Set(entries.map((b) => b?.externalAuthConfigRef?.name).filter((n): n is string => n !== undefined))];
}
