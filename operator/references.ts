/**
 * Which VirtualMCPServers a changed object concerns: those whose spec names it, for each kind a server refers
 * to. The operator re-reconciles them when it changes, as ToolHive's controller maps each watched kind back
 * (mapExternalAuthConfigToVirtualMCPServer, mapOIDCConfigToVirtualMCPServer, ...).
 */
import {
  discoversInCluster,
  KIND_AUTH_CONFIG,
  KIND_GROUP,
  KIND_MCP_SERVER,
  KIND_OIDC_CONFIG,
  KIND_REMOTE_PROXY,
  KIND_SERVER_ENTRY,
  KIND_TELEMETRY_CONFIG,
  KIND_TOOL_CONFIG,
  outgoingRefNames,
  toolConfigRefs,
  type ReferencedKind,
} from '../compiler/k8s/index.js';

type Spec = {
  authServerConfigRef?: { name?: unknown };
  incomingAuth?: { oidcConfigRef?: { name?: unknown } };
  telemetryConfigRef?: { name?: unknown };
  groupRef?: { name?: unknown };
  outgoingAuth?: Parameters<typeof outgoingRefNames>[0]['outgoingAuth'];
  config?: Record<string, unknown>;
};

/**
 * The names a server's spec gives for objects of `kind` (the spec may be invalid: only strings count). A
 * workload is named by no spec: '*' stands for every one in the server's namespace, since one that joins, leaves
 * or changes its group concerns the server (an update event carries only the new object, so its old group is not
 * known here). Its externalAuthConfigRef may be any MCPExternalAuthConfig: '*' too.
 */
export function referencedNames(spec: unknown, kind: ReferencedKind): string[] {
  if (typeof spec !== 'object' || spec === null) return [];
  const s = spec as Spec;
  const name = (ref: { name?: unknown } | undefined) => (typeof ref?.name === 'string' ? [ref.name] : []);
  const discovers = discoversInCluster(s as Parameters<typeof discoversInCluster>[0]);
  switch (kind) {
    case KIND_GROUP:
      return discovers ? name(s.groupRef) : [];
    case KIND_MCP_SERVER:
    case KIND_REMOTE_PROXY:
    case KIND_SERVER_ENTRY:
      return discovers ? ['*'] : [];
    case KIND_AUTH_CONFIG:
      return [...name(s.authServerConfigRef), ...outgoingRefNames(s).filter((n) => typeof n === 'string'), ...(discovers ? ['*'] : [])];
    case KIND_OIDC_CONFIG:
      return name(s.incomingAuth?.oidcConfigRef);
    case KIND_TELEMETRY_CONFIG:
      return name(s.telemetryConfigRef);
    case KIND_TOOL_CONFIG: {
      const refs = toolConfigRefs(typeof s.config === 'object' && s.config !== null ? s.config : undefined);
      return 'refs' in refs ? refs.refs.map((r) => r.name) : [];
    }
  }
}

