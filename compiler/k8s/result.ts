/** What reconciling one VirtualMCPServer produces, and the pieces it is built from. */
import type { EmbeddedAuthServerConfig, MCPExternalAuthConfigSpec } from '../../generated/k8s-mcpexternalauthconfig.js';
import type { CompileResult } from '../compile.js';
import type { Condition, Phase } from './conditions.js';
import type { Resource } from './resources.js';
import type { SecretUse } from './secret-refs.js';

export interface ServerResult {
  name: string;
  namespace: string;
  status: { phase: Phase; conditions: Condition[] };
  /** The converted vMCP config; null unless the server reconciled successfully. */
  config: Record<string, unknown> | null;
  secrets: SecretUse[];
  /**
   * The compiler's answer on the converted config, when conversion got that far. Its diagnostics are
   * located in the manifests and worded for them: each names the manifest field to change.
   */
  compile?: CompileResult;
}

/** An MCPExternalAuthConfig found and checked, with its typed spec. */
export interface ResolvedAuthConfig {
  resource: Resource;
  spec: MCPExternalAuthConfigSpec;
}

/**
 * The embedded auth server, from either form: RFC-0053's spec.authServerConfigRef (an MCPExternalAuthConfig)
 * or ToolHive's inline spec.authServerConfig (then `resource` is the server itself).
 */
export interface AuthServerSource {
  form: 'ref' | 'inline';
  resource: Resource;
  config: EmbeddedAuthServerConfig;
  /** The condition that reports on it: AuthServerConfigValid (ref) or ToolHive's AuthServerConfigValidated (inline). */
  conditionType: string;
  /** `spec.embeddedAuthServer` or `spec.authServerConfig`: where its fields are, for messages. */
  field: string;
}

/** Why a ref could not be used: a condition reason and a message saying what to change. */
export interface RefFailure {
  reason: string;
  message: string;
}
