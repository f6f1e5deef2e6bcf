/** What reconciling one VirtualMCPServer produces. */
import type { MCPExternalAuthConfigSpec } from '../../generated/k8s-mcpexternalauthconfig.js';
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

/** Why a ref could not be used: a condition reason and a message saying what to change. */
export interface RefFailure {
  reason: string;
  message: string;
}
