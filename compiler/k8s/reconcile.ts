/**
 * Reconcile, pure: every VirtualMCPServer in a set of resources -> its status (phase, conditions) and, when
 * valid, its converted vMCP config and plan. The CLI and the operator both run exactly this.
 *
 * Order (the first failing step decides; each message says what to change):
 * 1. authServerConfigRef with an empty name;  2. the server's CRD schema and cross-field rules (ToolHive fields
 * vmcp does not support yet are refused here);  3. every ref at once: the auth server (ref or inline) with the
 * incoming side it needs (V-08, V-07), the MCPOIDCConfig, MCPTelemetryConfig, MCPToolConfigs and outgoing
 * MCPExternalAuthConfigs, and with spec.groupRef but no spec.config.backends the MCPGroup and its workloads
 * (discover-group.ts);  4. convert;  5. every rule V-01.. via compileValue, then what serve would refuse at
 * start for the config's sake (compiler/serve-checks.ts, as `vmcp validate`; not the machine's env checks: the
 * pod mounts the secrets).
 */
import type { VirtualMCPServer } from '../../generated/k8s-virtualmcpserver.js';
import { compileValue } from '../compile.js';
import type { Diagnostic, PathSegment } from '../diagnostics.js';
import { withServeChecks } from '../serve-checks.js';
import { positionOf } from '../source.js';
import {
  AuthServerReason as AS,
  CONDITION_AUTH_SERVER,
  CONDITION_AUTH_SERVER_INLINE,
  CONDITION_BACKENDS_DISCOVERED,
  CONDITION_CONFIG,
  CONDITION_GROUP_REF,
  CONDITION_OIDC_REF,
  CONDITION_TELEMETRY_REF,
  CONDITION_TOOL_CONFIG,
  ConfigReason as CR,
  condition,
  type Condition,
} from './conditions.js';
import { convert } from './convert.js';
import { K8S_ISSUER } from './convert-incoming.js';
import { inertTelemetryFields } from './convert-telemetry.js';
import { checkServerSpec } from './cross-field.js';
import { checkCrdSchema, describeProblems } from './crd-schema-check.js';
import { deploymentFieldWarnings } from './deployment-fields.js';
import { discoverGroup, discoversInCluster, type GroupDiscovery } from './discover-group.js';
import { judge } from './judge.js';
import { diagnosticsLocator } from './locate.js';
import type { Provenance } from './manifest-paths.js';
import { resolveAll, type ResolvedRefs } from './resolve-all.js';
import { describe, KIND_SERVER, type Referenced, type Resource, type ResourceSet } from './resources.js';
import type { ServerResult } from './result.js';
import { SecretRefConflictError, type SecretUse } from './secret-refs.js';
import { toolConfigRefs } from './tool-config-refs.js';

export type { ServerResult } from './result.js';

export function reconcileAll(set: ResourceSet): ServerResult[] {
  return [...set.servers]
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name))
    .map((s) => reconcileServer(s, set));
}

type RawSpec = { authServerConfigRef?: { name?: unknown }; authServerConfig?: unknown; incomingAuth?: { oidcConfigRef?: unknown }; telemetryConfigRef?: unknown; groupRef?: unknown; config?: Record<string, unknown> };

/** The conditions this server gets besides ConfigValid, from what its spec names (before it is checked). */
function applicableConditions(raw: RawSpec): string[] {
  const ref = raw.authServerConfigRef;
  const tools = toolConfigRefs(typeof raw.config === 'object' && raw.config !== null ? raw.config : undefined);
  return [
    ...(typeof ref === 'object' && ref !== null ? [CONDITION_AUTH_SERVER] : raw.authServerConfig !== undefined ? [CONDITION_AUTH_SERVER_INLINE] : []),
    ...(raw.incomingAuth?.oidcConfigRef !== undefined ? [CONDITION_OIDC_REF] : []),
    ...(raw.telemetryConfigRef !== undefined ? [CONDITION_TELEMETRY_REF] : []),
    ...('problem' in tools || tools.refs.length > 0 ? [CONDITION_TOOL_CONFIG] : []),
    ...(discoversInCluster(raw) ? [CONDITION_GROUP_REF, CONDITION_BACKENDS_DISCOVERED] : []),
  ];
}

export function reconcileServer(server: Resource, refs: Referenced): ServerResult {
  const base = { name: server.name, namespace: server.namespace, secrets: [] as SecretUse[] };
  const raw = ((server.object.spec ?? {}) as RawSpec);
  const applicable = applicableConditions(raw);
  const failed = (decided: ReadonlyMap<string, Condition>, cfg: Condition, why: string): ServerResult => ({
    ...base,
    status: { phase: 'Failed', conditions: [...applicable.map((t) => decided.get(t) ?? condition(t, 'Unknown', AS.NotChecked, `not checked yet: ${why}`)), cfg] },
    config: null,
  });

  // 1. Structural: an empty ref name is refused before anything else (the CRD's minLength says so too).
  const rawRef = raw.authServerConfigRef;
  if (typeof rawRef === 'object' && rawRef !== null && (typeof rawRef.name !== 'string' || rawRef.name === '')) {
    const message = 'spec.authServerConfigRef.name is empty; set it to the name of an MCPExternalAuthConfig of type embeddedAuthServer in this namespace, or remove spec.authServerConfigRef for Mode A';
    const decided = new Map([[CONDITION_AUTH_SERVER, condition(CONDITION_AUTH_SERVER, 'False', AS.RefEmpty, message)]]);
    return failed(decided, condition(CONDITION_CONFIG, 'False', CR.AuthServerConfigInvalid, `not converted until the auth server is fixed: ${message}`), 'fix the auth server first');
  }
  // 2. The server's own shape.
  const problems = checkCrdSchema(KIND_SERVER, server.object);
  const typed = server.object as unknown as VirtualMCPServer;
  if (problems.length === 0) problems.push(...checkServerSpec(typed.spec));
  if (problems.length > 0) {
    const reason = problems.every((p) => p.unsupported) ? CR.NotSupportedYet : CR.SpecInvalid;
    return failed(new Map(), condition(CONDITION_CONFIG, 'False', reason, `${describe(server)}: ${describeProblems(problems)}`), 'fix the VirtualMCPServer first (see ConfigValid)');
  }
  const spec = typed.spec;

  // 3. Every ref.
  const { decided, failures, resolved } = resolveAll(server, spec, refs);
  let discovery: GroupDiscovery | undefined;
  if (spec.groupRef && discoversInCluster(spec)) {
    discovery = discoverGroup(server, spec.groupRef.name, refs);
    for (const c of discovery.conditions) decided.set(c.type, c);
    if (discovery.failure) failures.push({ reason: CR.ReferencedConfigInvalid, message: discovery.failure.message, authServer: false });
  }
  if (failures.length > 0) {
    const onlyAs = failures.every((f) => f.authServer);
    const reason = onlyAs || failures.some((f) => f.authServer) ? CR.AuthServerConfigInvalid : failures[0]!.reason;
    const messages = failures.map((f) => f.message).join('; ');
    const message = onlyAs ? `not converted until the auth server is fixed: ${messages}` : `not converted until these are fixed: ${messages}`;
    return failed(decided, condition(CONDITION_CONFIG, 'False', reason, message), 'the rest of the VirtualMCPServer must be valid first (see ConfigValid)');
  }

  // 4. Convert.
  let converted;
  try {
    converted = convert({
      server: typed,
      namespace: server.namespace,
      ...(resolved.authServer ? { authServer: resolved.authServer.config } : {}),
      outgoing: new Map([...resolved.outgoing].map(([name, r]) => [name, r.spec])),
      ...(resolved.oidcConfig ? { oidcConfig: resolved.oidcConfig.spec } : {}),
      ...(resolved.telemetryConfig ? { telemetryConfig: resolved.telemetryConfig.spec } : {}),
      toolConfigs: new Map([...resolved.toolConfigs].map(([name, r]) => [name, r.spec])),
      ...(discovery ? { discovered: discovery.backends } : {}),
    });
  } catch (e) {
    if (!(e instanceof SecretRefConflictError)) throw e;
    return failed(decided, condition(CONDITION_CONFIG, 'False', CR.SecretRefConflict, e.message), 'the rest of the VirtualMCPServer must be valid first (see ConfigValid)');
  }

  // 5. Every rule, on exactly what the YAML path would compile.
  const from: Provenance = {
    outgoingRef: (entry: PathSegment[]) => {
      const b = entry[0] === 'default' ? spec.outgoingAuth?.default : spec.outgoingAuth?.backends?.[String(entry[1])];
      return b?.type === 'externalAuthConfigRef' ? b.externalAuthConfigRef?.name : undefined;
    },
    incoming: resolved.oidcConfig ? resolved.oidcConfig.spec.type : 'rfc',
    authServer: resolved.authServer?.form ?? 'ref',
    telemetryRef: resolved.telemetryConfig !== undefined,
    passthroughFromSpec: (spec.passthroughHeaders?.length ?? 0) > 0,
    fromToolConfig: converted.fromToolConfig,
  };
  const located = diagnosticsLocator(server, sources(resolved), from);
  const compiled = withServeChecks(compileValue(converted.config, located.label, located.locate));
  const order = [CONDITION_OIDC_REF, CONDITION_TELEMETRY_REF, CONDITION_TOOL_CONFIG, CONDITION_GROUP_REF, CONDITION_BACKENDS_DISCOVERED];
  return judge({
    base: { ...base, secrets: converted.secrets },
    compiled,
    config: converted.config,
    server,
    ...(resolved.authServer ? { authServer: resolved.authServer } : {}),
    incomingIssuer: incomingIssuerField(server, resolved),
    where: located.where,
    decided: order.map((t) => decided.get(t)).filter((c): c is Condition => c !== undefined),
    notes: notes(server, resolved, discovery),
  });
}

function sources(r: ResolvedRefs) {
  return {
    ...(r.authServer?.form === 'ref' ? { authServer: r.authServer.resource } : {}),
    outgoing: new Map([...r.outgoing].map(([name, o]) => [name, o.resource])),
    ...(r.oidcConfig ? { oidcConfig: r.oidcConfig.resource } : {}),
    ...(r.telemetryConfig ? { telemetryConfig: r.telemetryConfig.resource } : {}),
    toolConfigs: new Map([...r.toolConfigs].map(([name, t]) => [name, t.resource])),
  };
}

function incomingIssuerField(server: Resource, r: ResolvedRefs): { field: string; resource: Resource } {
  const oidc = r.oidcConfig;
  if (!oidc) return { field: 'spec.incomingAuth.oidcConfig.inline.issuer', resource: server };
  if (oidc.spec.type === 'inline') return { field: 'spec.inline.issuer', resource: oidc.resource };
  return { field: `spec.kubernetesServiceAccount.issuer (default ${K8S_ISSUER})`, resource: oidc.resource };
}

/** Warnings known before compiling: fields accepted that have no effect (yet), located in their manifests. */
function notes(server: Resource, r: ResolvedRefs, discovery: GroupDiscovery | undefined): Diagnostic[] {
  const at = (resource: Resource, path: PathSegment[], message: string): Diagnostic => {
    const o = resource.origin;
    const pos = o ? { file: o.source.file, ...positionOf(o.source, [...o.base, ...path], true) } : { file: describe(resource), line: 1, column: 1 };
    return { severity: 'warning', rule: 'schema', path: path.join('.'), message: `${describe(resource)} ${message}`, ...pos };
  };
  const out = deploymentFieldWarnings(KIND_SERVER, server.object).map((w) => at(server, w.path, w.message));
  // An empty group is never a silent empty server: the pod would serve nothing, so compile --k8s says so too.
  const none = discovery?.conditions.find((c) => c.type === CONDITION_BACKENDS_DISCOVERED && c.status === 'False');
  if (none) out.push(at(server, ['spec', 'groupRef'], none.message));
  const tc = r.telemetryConfig;
  if (tc) {
    for (const field of inertTelemetryFields(tc.spec)) {
      out.push(at(tc.resource, field.split('.'), `${field} has no effect while spec.openTelemetry.enabled is not true (ToolHive ignores it too); set enabled: true or remove it`));
    }
  }
  return out;
}
