/** The Kubernetes path's public API: manifests -> resources -> reconcile (status, converted config, plan). */
export {
  AuthServerReason,
  condition,
  CONDITION_AUTH_SERVER,
  CONDITION_AUTH_SERVER_INLINE,
  CONDITION_BACKENDS_DISCOVERED,
  CONDITION_CONFIG,
  CONDITION_GROUP_REF,
  CONDITION_OIDC_REF,
  CONDITION_TELEMETRY_REF,
  CONDITION_TOOL_CONFIG,
  BackendsReason,
  ConfigReason,
  GroupRefReason,
  InlineAuthServerReason,
  OidcRefReason,
  TelemetryRefReason,
  ToolConfigReason,
} from './conditions.js';
export type { Condition, ConditionStatus, Phase } from './conditions.js';
export { convert, UnresolvedRefError } from './convert.js';
export { loadManifests, ManifestError } from './manifests.js';
export { reconcileAll, reconcileServer, type ServerResult } from './reconcile.js';
export {
  API_GROUP,
  API_VERSION,
  asResource,
  DEFAULT_NAMESPACE,
  emptyResourceSet,
  KIND_AUTH_CONFIG,
  KIND_GROUP,
  KIND_MCP_SERVER,
  KIND_OIDC_CONFIG,
  KIND_REMOTE_PROXY,
  KIND_SERVER_ENTRY,
  KIND_SERVER,
  KIND_TELEMETRY_CONFIG,
  KIND_TOOL_CONFIG,
  REFERENCED_KINDS,
  VERSION,
  WORKLOAD_KINDS,
  type Referenced,
  type ReferencedKind,
  type Resource,
  type ResourceSet,
} from './resources.js';
export { discoversInCluster } from './discover-group.js';
export { outgoingRefNames } from './resolve-refs.js';
export { toolConfigRefs } from './tool-config-refs.js';
export { REDIS_PASSWORD_ENV, REDIS_USERNAME_ENV, secretEnvName, secretFilePath, type SecretUse } from './secret-refs.js';
