/** ToolHive-shaped group and workload manifests for group discovery tests. */
import { NS, server } from './manifests.js';

type Obj = Record<string, unknown>;
const API = 'toolhive.stacklok.dev/v1beta1';

/** A VirtualMCPServer serving MCPGroup `group`: groupRef and no backends (ToolHive's dynamic mode). */
export const groupServer = (group = 'team', name = 'gw'): Obj =>
  server({ incomingAuth: { type: 'anonymous' }, authServerConfigRef: undefined, groupRef: { name: group }, config: {} }, name);

export const mcpGroup = (name = 'team', namespace = NS): Obj => ({ apiVersion: API, kind: 'MCPGroup', metadata: { name, namespace }, spec: { description: 'tools' } });

export const mcpServer = (name: string, spec: Obj = {}, group = 'team', namespace = NS): Obj => ({
  apiVersion: API,
  kind: 'MCPServer',
  metadata: { name, namespace },
  // image and port are fields of ToolHive's CRD discovery does not read: tolerated.
  spec: { image: 'ghcr.io/example/mcp:1', transport: 'stdio', proxyPort: 8080, groupRef: { name: group }, ...spec },
});

/** What ToolHive's MCPServer controller writes once the Service exists. */
export const ready = (name: string, namespace = NS): Obj => ({ phase: 'Ready', url: `http://mcp-${name}-proxy.${namespace}.svc.cluster.local:8080`, message: 'running' });
