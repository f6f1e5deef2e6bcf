/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * A proxy ToolHive runs in the cluster in front of a remote MCP server. ToolHive's kind: vmcp reads it to discover a group's backends.
 */
export interface MCPRemoteProxy {
  apiVersion: 'toolhive.stacklok.dev/v1beta1' | 'toolhive.stacklok.dev/v1alpha1';
  kind: 'MCPRemoteProxy';
  metadata: ObjectMeta;
  /**
   * ToolHive's spec: vmcp checks only the fields group discovery reads and leaves the rest to ToolHive's CRD.
   */
  spec?: {
    /**
     * The MCPGroup this workload belongs to, in its own namespace; a VirtualMCPServer whose spec.groupRef names that group without spec.config.backends serves it.
     */
    groupRef?: {
      name: string;
    };
    /**
     * What the proxy speaks.
     */
    transport?: 'sse' | 'streamable-http';
    /**
     * An MCPExternalAuthConfig in the workload's namespace: how vmcp authenticates to this backend when the VirtualMCPServer's spec.outgoingAuth.source is discovered (the default).
     */
    externalAuthConfigRef?: {
      name: string;
    };
  };
  /**
   * Written by ToolHive's controller; discovery reads only these fields.
   */
  status?: {
    /**
     * The in-cluster URL ToolHive's controller publishes once the workload's Service exists; a workload without one is not discovered yet.
     */
    url?: string;
    /**
     * Pending, Ready, Failed or Terminating: Failed and Terminating proxies are not discovered.
     */
    phase?: string;
  };
}
/**
 * The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.
 *
 * This interface was referenced by `MCPRemoteProxy`'s JSON-Schema
 * via the `definition` "ObjectMeta".
 */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  generation?: number;
  resourceVersion?: string;
  uid?: string;
}
