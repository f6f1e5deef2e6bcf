/**
 * The status vocabulary. Condition types, reasons and phases are an API: tools and alerts match on them, so
 * they never change meaning. One reason per cause; docs/k8s in examples/k8s/README.md lists them.
 */
export const CONDITION_AUTH_SERVER = 'AuthServerConfigValid';
export const CONDITION_CONFIG = 'ConfigValid';

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

/** Reasons of ConfigValid (always present). */
export const ConfigReason = {
  Valid: 'ConfigValid',
  /** The VirtualMCPServer fails its CRD schema or a cross-field rule. */
  SpecInvalid: 'SpecInvalid',
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
