/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * A group of MCP workloads. ToolHive's kind: a VirtualMCPServer's spec.groupRef names one.
 */
export interface MCPGroup {
  apiVersion: 'toolhive.stacklok.dev/v1beta1' | 'toolhive.stacklok.dev/v1alpha1';
  kind: 'MCPGroup';
  metadata: ObjectMeta;
  /**
   * ToolHive's spec: vmcp checks only the fields group discovery reads and leaves the rest to ToolHive's CRD.
   */
  spec?: {
    /**
     * Free text.
     */
    description?: string;
  };
  /**
   * Written by ToolHive's controller; discovery reads only these fields.
   */
  status?: {
    /**
     * Pending, Ready or Failed, set by ToolHive's controller: a group whose phase is set and is not Ready fails GroupRefValidated (GroupRefNotReady).
     */
    phase?: string;
  };
}
/**
 * The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.
 *
 * This interface was referenced by `MCPGroup`'s JSON-Schema
 * via the `definition` "ObjectMeta".
 */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  generation?: number;
  resourceVersion?: string;
  uid?: string;
}
