/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * Tool filtering and renaming for one backend, named from spec.config.aggregation.tools[].toolConfigRef; merged into that entry's filter and overrides. ToolHive's kind.
 */
export interface MCPToolConfig {
  apiVersion: 'toolhive.stacklok.dev/v1beta1' | 'toolhive.stacklok.dev/v1alpha1';
  kind: 'MCPToolConfig';
  metadata: ObjectMeta;
  spec?: MCPToolConfigSpec;
  /**
   * Written by controllers; vmcp reads nothing from it.
   */
  status?: {};
}
/**
 * The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.
 *
 * This interface was referenced by `MCPToolConfig`'s JSON-Schema
 * via the `definition` "ObjectMeta".
 */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  generation?: number;
  resourceVersion?: string;
  uid?: string;
}
/**
 * This interface was referenced by `MCPToolConfig`'s JSON-Schema
 * via the `definition` "MCPToolConfigSpec".
 */
export interface MCPToolConfigSpec {
  toolsFilter?: string[];
  toolsOverride?: {
    [k: string]: ToolOverride | undefined;
  };
}
/**
 * This interface was referenced by `MCPToolConfig`'s JSON-Schema
 * via the `definition` "ToolOverride".
 */
export interface ToolOverride {
  name?: string;
  description?: string;
  annotations?: ToolAnnotationsOverride;
}
/**
 * This interface was referenced by `MCPToolConfig`'s JSON-Schema
 * via the `definition` "ToolAnnotationsOverride".
 */
export interface ToolAnnotationsOverride {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}
