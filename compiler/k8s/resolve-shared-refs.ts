/**
 * Resolving ToolHive's shared-config refs: spec.incomingAuth.oidcConfigRef (MCPOIDCConfig),
 * spec.telemetryConfigRef (MCPTelemetryConfig) and spec.config.aggregation.tools[].toolConfigRef (MCPToolConfig).
 * Each is looked up in the server's namespace and checked as ToolHive's controllers check it; the reason
 * codes are those of the condition each ref has (conditions.ts).
 */
import type { MCPOIDCConfigSpec } from '../../generated/k8s-mcpoidcconfig.js';
import type { MCPTelemetryConfigSpec } from '../../generated/k8s-mcptelemetryconfig.js';
import type { MCPToolConfigSpec } from '../../generated/k8s-mcptoolconfig.js';
import { OidcRefReason, TelemetryRefReason, ToolConfigReason } from './conditions.js';
import { elsewhereText, lookup, objectProblems } from './ref-lookup.js';
import { KIND_OIDC_CONFIG, KIND_TELEMETRY_CONFIG, KIND_TOOL_CONFIG, type ReferencedKind, type Resource } from './resources.js';
import type { RefFailure } from './result.js';
import type { ToolConfigRef } from './tool-config-refs.js';

export interface Resolved<S> {
  resource: Resource;
  spec: S;
}

interface Reasons {
  NotFound: string;
  Invalid: string;
}

function resolve<S>(kind: ReferencedKind, field: string, server: Resource, name: string, candidates: readonly Resource[], reasons: Reasons): Resolved<S> | RefFailure {
  const l = lookup(server, name, candidates);
  if (!('found' in l)) {
    return { reason: reasons.NotFound, message: `${field} names ${kind} "${name}", which does not exist in namespace "${server.namespace}"${elsewhereText(l, server.namespace)}; create it there or fix the name` };
  }
  const problems = objectProblems(kind, l.found);
  if (problems !== undefined) return { reason: reasons.Invalid, message: problems };
  return { resource: l.found, spec: (l.found.object.spec ?? {}) as S };
}

export const resolveOidcConfig = (server: Resource, name: string, all: readonly Resource[]) =>
  resolve<MCPOIDCConfigSpec>(KIND_OIDC_CONFIG, 'spec.incomingAuth.oidcConfigRef', server, name, all, { NotFound: OidcRefReason.NotFound, Invalid: OidcRefReason.NotValid });

export const resolveTelemetryConfig = (server: Resource, name: string, all: readonly Resource[]) =>
  resolve<MCPTelemetryConfigSpec>(KIND_TELEMETRY_CONFIG, 'spec.telemetryConfigRef', server, name, all, { NotFound: TelemetryRefReason.NotFound, Invalid: TelemetryRefReason.Invalid });

/** Every MCPToolConfig named, by name; all failures are reported together (NotFound wins the reason). */
export function resolveToolConfigs(server: Resource, refs: readonly ToolConfigRef[], all: readonly Resource[]): Map<string, Resolved<MCPToolConfigSpec>> | RefFailure {
  const resolved = new Map<string, Resolved<MCPToolConfigSpec>>();
  const failures: RefFailure[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (seen.has(ref.name)) continue;
    seen.add(ref.name);
    const field = `spec.config.aggregation.tools[${ref.index}].toolConfigRef`;
    const r = resolve<MCPToolConfigSpec>(KIND_TOOL_CONFIG, field, server, ref.name, all, { NotFound: ToolConfigReason.NotFound, Invalid: ToolConfigReason.Invalid });
    if ('reason' in r) failures.push(r);
    else resolved.set(ref.name, r);
  }
  if (failures.length === 0) return resolved;
  const reason = failures.some((f) => f.reason === ToolConfigReason.NotFound) ? ToolConfigReason.NotFound : ToolConfigReason.Invalid;
  return { reason, message: failures.map((f) => f.message).join('; ') };
}
