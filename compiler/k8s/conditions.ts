/**
 * The status vocabulary. Condition types, reasons and phases are an API: tools and alerts match on them, so
 * they never change meaning. One reason per cause; docs/k8s in examples/k8s/README.md lists them.
 */
export const CONDITION_AUTH_SERVER = 'AuthServerConfigValid';
export const CONDITION_CONFIG = 'ConfigValid';
/** ToolHive's names for ToolHive's forms: the inline spec.authServerConfig and the shared-config refs. */
export const CONDITION_AUTH_SERVER_INLINE = 'AuthServerConfigValidated';
export const CONDITION_OIDC_REF = 'OIDCConfigRefValidated';
export const CONDITION_TELEMETRY_REF = 'TelemetryConfigRefValidated';
export const CONDITION_TOOL_CONFIG = 'ToolConfigValidated';
/** ToolHive's, present only when spec.groupRef is set without spec.config.backends (group discovery). */
export const CONDITION_GROUP_REF = 'GroupRefValidated';
export const CONDITION_BACKENDS_DISCOVERED = 'BackendsDiscovered';

/** Reasons of GroupRefValidated: ToolHive's (virtualmcpserver_types.go), with its messages. */
export const GroupRefReason = {
  Valid: 'GroupRefValid',
  NotFound: 'GroupRefNotFound',
  /** The MCPGroup's status.phase is set and is not Ready (or the object fails its schema). */
  NotReady: 'GroupRefNotReady',
} as const;

/**
 * Reasons of BackendsDiscovered: ToolHive's API constants. False when the group has no workload that can be
 * served (the message names each one left out and why): vmcp then serves no backends, and says so.
 */
export const BackendsReason = {
  Discovered: 'BackendsDiscoveredSuccessfully',
  Failed: 'BackendDiscoveryFailed',
} as const;

/** Reasons of AuthServerConfigValid (present only when spec.authServerConfigRef is set). */
export const AuthServerReason = {
  Valid: 'AuthServerConfigValid',
  RefEmpty: 'AuthServerConfigRefEmpty',
  NotFound: 'AuthServerConfigNotFound',
  CrossNamespace: 'AuthServerConfigCrossNamespace',
  WrongType: 'AuthServerConfigWrongType',
  /** The MCPExternalAuthConfig fails its CRD schema, or a rule (V-02, V-05, ...) fails on the converted auth server. */
  Invalid: 'AuthServerConfigInvalid',
  /** V-08: an auth server needs OIDC incoming auth. */
  IncomingNotOidc: 'IncomingAuthNotOidc',
  /** V-04 */
  IssuerMismatch: 'AuthServerIssuerMismatch',
  /**
   * V-07: the incoming audience is empty, so there is no audience to allow. (V-07's other failure, an
   * audience outside allowed_audiences, cannot happen here: the converter derives the list from it.)
   */
  AudienceMissing: 'AudienceMissing',
  /** Status Unknown: the VirtualMCPServer itself must be fixed before the auth server can be checked. */
  NotChecked: 'NotChecked',
} as const;

/**
 * Reasons of AuthServerConfigValidated (present only when spec.authServerConfig is set): ToolHive's two, whatever
 * the cause (the message names the rule and the field). Every ref condition below is Unknown with
 * AuthServerReason.NotChecked while what it depends on must be fixed first.
 */
export const InlineAuthServerReason = {
  Valid: 'AuthServerConfigValid',
  Invalid: 'AuthServerConfigInvalid',
} as const;

/** Reasons of OIDCConfigRefValidated (present only when spec.incomingAuth.oidcConfigRef is set): ToolHive's. */
export const OidcRefReason = {
  Valid: 'OIDCConfigRefValid',
  NotFound: 'OIDCConfigRefNotFound',
  /** The MCPOIDCConfig fails its CRD schema or CEL rules, or uses a field vmcp does not support yet. */
  NotValid: 'OIDCConfigRefNotValid',
} as const;

/** Reasons of TelemetryConfigRefValidated (present only when spec.telemetryConfigRef is set): ToolHive's. */
export const TelemetryRefReason = {
  Valid: 'TelemetryConfigRefValid',
  NotFound: 'TelemetryConfigRefNotFound',
  Invalid: 'TelemetryConfigRefInvalid',
} as const;

/**
 * Reasons of ToolConfigValidated (present only when spec.config.aggregation.tools[] has a toolConfigRef).
 * ToolHive's VirtualMCPServer has no such condition; the type and the first two reasons are the ones its
 * MCPServer and MCPRemoteProxy use for their toolConfigRef. ToolConfigInvalid is ours.
 */
export const ToolConfigReason = {
  Valid: 'ToolConfigValid',
  NotFound: 'ToolConfigNotFound',
  Invalid: 'ToolConfigInvalid',
} as const;

/** Reasons of ConfigValid (always present). */
export const ConfigReason = {
  Valid: 'ConfigValid',
  /** The VirtualMCPServer fails its CRD schema or a cross-field rule. */
  SpecInvalid: 'SpecInvalid',
  /** The VirtualMCPServer's only problems are ToolHive fields vmcp does not support yet. */
  NotSupportedYet: 'NotSupportedYet',
  /** An MCPOIDCConfig, MCPTelemetryConfig, MCPToolConfig or MCPGroup it names is missing or invalid: see that condition. */
  ReferencedConfigInvalid: 'ReferencedConfigInvalid',
  ExternalAuthConfigNotFound: 'ExternalAuthConfigNotFound',
  /** An outgoing ref names an MCPExternalAuthConfig of type embeddedAuthServer. */
  ExternalAuthConfigWrongType: 'ExternalAuthConfigWrongType',
  ExternalAuthConfigInvalid: 'ExternalAuthConfigInvalid',
  SecretRefConflict: 'SecretRefConflict',
  /** A rule (V-01..V-12) or the config schema fails on the converted config. */
  ConfigInvalid: 'ConfigInvalid',
  /** Only the auth server is wrong: see AuthServerConfigValid. */
  AuthServerConfigInvalid: 'AuthServerConfigInvalid',
  /** Operator only: the ConfigMap to write exists and belongs to something else; it is left untouched. */
  ConfigMapNotOwned: 'ConfigMapNotOwned',
} as const;

export type ConditionStatus = 'True' | 'False' | 'Unknown';
export type Phase = 'Ready' | 'Failed';

export interface Condition {
  type: string;
  status: ConditionStatus;
  reason: string;
  message: string;
}

export const condition = (type: string, status: ConditionStatus, reason: string, message: string): Condition => ({ type, status, reason, message });
