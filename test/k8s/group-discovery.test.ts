/** Group discovery in reconcile (pure): ToolHive's workload kinds -> backends, transports and per-workload auth. */
import { describe, expect, it } from 'vitest';
import { loadManifests, reconcileAll } from '../../compiler/k8s/index.js';
import { groupServer, mcpGroup, mcpServer, ready } from './group-discovery.js';
import { authConfig, NS, yamlOf } from './manifests.js';

const reconcile = (...objs: Record<string, unknown>[]) => reconcileAll(loadManifests([{ file: 'm.yaml', bytes: yamlOf(...objs) }]))[0]!;
const withStatus = (o: Record<string, unknown>, status: Record<string, unknown>) => ({ ...o, status });
const cond = (r: ReturnType<typeof reconcile>, type: string) => r.status.conditions.find((c) => c.type === type);
const API = 'toolhive.stacklok.dev/v1beta1';

describe('reconcile: group discovery', () => {
  it('MCPServer, MCPRemoteProxy and a Valid MCPServerEntry become backends; a workload\'s externalAuthConfigRef its outgoing strategy', () => {
    const r = reconcile(
      groupServer(),
      mcpGroup(),
      withStatus(mcpServer('fetch', { externalAuthConfigRef: { name: 'fetch-key' } }), ready('fetch')),
      authConfig('fetch-key', { type: 'headerInjection', headerInjection: { headerName: 'X-Api-Key', valueSecretRef: { name: 'fetch', key: 'key' } } }),
      withStatus({ apiVersion: API, kind: 'MCPRemoteProxy', metadata: { name: 'remote', namespace: NS }, spec: { remoteUrl: 'https://r.example.com/mcp', groupRef: { name: 'team' } } }, { phase: 'Ready', url: 'http://remote.tools.svc:8080' }),
      withStatus({ apiVersion: API, kind: 'MCPServerEntry', metadata: { name: 'entry', namespace: NS }, spec: { remoteUrl: 'https://e.example.com/mcp', transport: 'sse', groupRef: { name: 'team' } } }, { phase: 'Valid' }),
      withStatus({ apiVersion: API, kind: 'MCPServerEntry', metadata: { name: 'pending', namespace: NS }, spec: { remoteUrl: 'https://p.example.com/mcp', transport: 'sse', groupRef: { name: 'team' } } }, { phase: 'Pending' }),
    );
    expect(r.status.phase).toBe('Ready');
    expect(r.config!.backends).toEqual([
      { name: 'fetch', url: ready('fetch').url, transport: 'streamable-http' },
      { name: 'remote', url: 'http://remote.tools.svc:8080', transport: 'streamable-http' },
      { name: 'entry', url: 'https://e.example.com/mcp', transport: 'sse' },
    ]);
    expect((r.config!.outgoingAuth as { backends?: Record<string, { type: string }> }).backends?.fetch?.type).toBe('header_injection');
    expect(r.secrets.map((s) => s.secret)).toEqual(['fetch']);
    expect(cond(r, 'BackendsDiscovered')).toMatchObject({ status: 'True', reason: 'BackendsDiscoveredSuccessfully' });
    expect(cond(r, 'BackendsDiscovered')!.message).toContain('MCPServerEntry tools/pending: status.phase is "Pending"');
  });

  it('a workload whose externalAuthConfigRef is missing is left out, never called without its auth', () => {
    const r = reconcile(groupServer(), mcpGroup(), withStatus(mcpServer('fetch', { externalAuthConfigRef: { name: 'nope' } }), ready('fetch')));
    expect(r.config!.backends).toEqual([]);
    expect(cond(r, 'BackendsDiscovered')).toMatchObject({ status: 'False', reason: 'BackendDiscoveryFailed' });
    expect(cond(r, 'BackendsDiscovered')!.message).toContain('names MCPExternalAuthConfig "nope", which does not exist');
  });

  it('an MCPServerEntry with headerForward is not supported yet: left out, and the message says so', () => {
    const entry = { apiVersion: API, kind: 'MCPServerEntry', metadata: { name: 'e', namespace: NS }, spec: { remoteUrl: 'https://e.example.com', transport: 'sse', groupRef: { name: 'team' }, headerForward: { addPlaintextHeaders: { A: 'b' } } } };
    const r = reconcile(groupServer(), mcpGroup(), withStatus(entry, { phase: 'Valid' }));
    expect(r.config!.backends).toEqual([]);
    expect(cond(r, 'BackendsDiscovered')!.message).toContain('spec.headerForward');
    expect(cond(r, 'BackendsDiscovered')!.message).toContain('not supported yet');
  });

  it('a group whose phase is not Ready fails GroupRefValidated with GroupRefNotReady; spec.config.discovery stays refused', () => {
    const r = reconcile(groupServer(), withStatus(mcpGroup(), { phase: 'Pending' }));
    expect(cond(r, 'GroupRefValidated')).toMatchObject({ status: 'False', reason: 'GroupRefNotReady', message: expect.stringContaining('Referenced MCPGroup team is not ready (phase: Pending)') });
    const d = groupServer();
    (d.spec as { config: Record<string, unknown> }).config = { discovery: { pollInterval: '5s' } };
    expect(cond(reconcile(d, mcpGroup()), 'ConfigValid')!.message).toContain("spec.config.discovery reads ToolHive's local API");
  });
});
