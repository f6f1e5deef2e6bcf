/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * A remote MCP server listed in a group without anything running in the cluster. ToolHive's kind: vmcp reads it to discover a group's backends.
 */
export interface MCPServerEntry {
  apiVersion: 'toolhive.stacklok.dev/v1beta1' | 'toolhive.stacklok.dev/v1alpha1';
  kind: 'MCPServerEntry';
  metadata: ObjectMeta;
  /**
   * ToolHive's spec: vmcp checks only the fields group discovery reads and leaves the rest to ToolHive's CRD.
   */
  spec?: {
    /**
     * The MCPGroup this workload belongs to, in its own namespace; a VirtualMCPServer whose spec.groupRef names that group without spec.config.backends serves it.
     */
    groupRef: {
      name: string;
    };
    /**
     * The server's URL, used as is.
     */
    remoteUrl: string;
    transport: 'sse' | 'streamable-http';
    /**
     * An MCPExternalAuthConfig in the workload's namespace: how vmcp authenticates to this backend when the VirtualMCPServer's spec.outgoingAuth.source is discovered (the default).
     */
    externalAuthConfigRef?: {
      name: string;
    };
    headerForward?: {};
    caBundleRef?: {};
  };
  /**
   * Written by ToolHive's controller; discovery reads only these fields.
   */
  status?: {
    /**
     * Pending, Valid or Failed: only Valid entries are discovered (as ToolHive).
     */
    phase?: string;
  };
}
/**
 * The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.
 *
 * This interface was referenced by `MCPServerEntry`'s JSON-Schema
 * via the `definition` "ObjectMeta".
 */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  generation?: number;
  resourceVersion?: string;
  uid?: string;
}
