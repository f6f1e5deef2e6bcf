/**
 * Group discovery through the operator, against the fake API server (FAKE-APISERVER.md): ToolHive's workloads
 * added, changed and removed re-reconcile the VirtualMCPServer, whose conditions and converted backends follow.
 */
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { Operator } from '../../operator/controller.js';
import { FakeApiServer } from './fake-apiserver.js';
import { groupServer, mcpGroup, mcpServer, ready } from './group-discovery.js';
import { NS } from './manifests.js';

const TOKEN = 'fake-token-for-discovery';
const fake = new FakeApiServer(TOKEN);
let operator: Operator;
const logs: string[] = [];

type Cond = { type: string; status: string; reason: string; message: string };
const cond = (type: string) => (fake.get('VirtualMCPServer', NS, 'gw')?.status as { conditions?: Cond[] } | undefined)?.conditions?.find((c) => c.type === type);
const backends = () => {
  const cm = fake.get('ConfigMap', NS, 'gw-vmcp-config');
  return cm ? (parse(cm.data['config.yaml']) as { backends?: { name: string; url: string; transport: string }[] }).backends : undefined;
};

/** Waits until `probe` holds; on timeout the error shows the operator's log. */
function until(what: string, probe: () => boolean): Promise<void> {
  return vi.waitFor(() => {
    if (!probe()) throw new Error(`timed out waiting for ${what}; operator log:\n${logs.join('\n')}`);
  }, { timeout: 8000, interval: 20 });
}

beforeAll(async () => {
  const url = await fake.listen();
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'fake', server: url, skipTLSVerify: true }],
    users: [{ name: 'operator', token: TOKEN }],
    contexts: [{ name: 'fake', cluster: 'fake', user: 'operator' }],
    currentContext: 'fake',
  });
  fake.apply(groupServer());
  operator = new Operator({ kubeConfig: kc, namespace: NS, log: (l) => logs.push(l), retryDelayMs: 50 });
  await operator.start();
});

afterAll(async () => {
  await operator?.stop();
  await fake.close();
});

// The steps of one cluster's life, each starting where the last left it (a group created, servers added,
// changed, moved, deleted): not shuffled.
describe('operator: group discovery', { shuffle: false }, () => {
  it('a missing MCPGroup fails GroupRefValidated with ToolHive\'s reason, and nothing is written', async () => {
    await until('GroupRefValidated', () => cond('GroupRefValidated') !== undefined);
    expect(cond('GroupRefValidated')).toMatchObject({ status: 'False', reason: 'GroupRefNotFound' });
    expect(cond('GroupRefValidated')!.message).toContain('Referenced MCPGroup team not found');
    expect(cond('ConfigValid')).toMatchObject({ status: 'False', reason: 'ReferencedConfigInvalid' });
    expect(fake.get('ConfigMap', NS, 'gw-vmcp-config')).toBeUndefined();
  });

  it('the group created empty: GroupRefValidated True, BackendsDiscovered False, an empty backend list written', async () => {
    fake.apply(mcpGroup());
    await until('BackendsDiscovered', () => cond('BackendsDiscovered')?.status === 'False');
    expect(cond('GroupRefValidated')).toMatchObject({ status: 'True', reason: 'GroupRefValid' });
    expect(cond('BackendsDiscovered')).toMatchObject({ reason: 'BackendDiscoveryFailed' });
    await until('ConfigMap', () => backends() !== undefined);
    expect(backends()).toEqual([]);
  });

  it('a server added without status.url is not discovered yet; once ToolHive writes its URL it is', async () => {
    fake.apply(mcpServer('fetch'));
    await until('the skip reason', () => cond('BackendsDiscovered')?.message.includes('no status.url yet') === true);
    expect(backends()).toEqual([]);
    fake.writeStatus('MCPServer', NS, 'fetch', ready('fetch'));
    await until('fetch discovered', () => backends()?.length === 1);
    expect(backends()).toEqual([{ name: 'fetch', url: ready('fetch').url, transport: 'streamable-http' }]);
    // The ConfigMap and the status are two writes: the condition may follow the backends by a moment.
    await until('the condition says so', () => cond('BackendsDiscovered')?.status === 'True');
    expect(cond('BackendsDiscovered')).toMatchObject({ status: 'True', reason: 'BackendsDiscoveredSuccessfully' });
    expect(cond('BackendsDiscovered')!.message).toContain('Discovered 1 backend in MCPGroup team: fetch');
  });

  it('a second server added, then changed (proxyMode sse): the list and transports follow', async () => {
    fake.apply(mcpServer('git'));
    fake.writeStatus('MCPServer', NS, 'git', ready('git'));
    await until('two backends', () => backends()?.length === 2);
    // The ConfigMap and the status are two writes: the condition may follow the backends by a moment.
    await until('the condition says two', () => cond('BackendsDiscovered')?.message.includes('Discovered 2 backends in MCPGroup team: fetch, git') === true);
    fake.apply(mcpServer('git', { proxyMode: 'sse' }));
    await until('git over sse', () => backends()?.find((b) => b.name === 'git')?.transport === 'sse');
  });

  it('a server that leaves the group or is deleted drops out; a Failed one too', async () => {
    fake.apply(mcpServer('git', {}, 'other'));
    await until('git gone', () => backends()?.length === 1);
    fake.writeStatus('MCPServer', NS, 'fetch', { ...ready('fetch'), phase: 'Failed' });
    await until('fetch failed', () => backends()?.length === 0 && cond('BackendsDiscovered')?.status === 'False');
    expect(cond('BackendsDiscovered')).toMatchObject({ status: 'False', reason: 'BackendDiscoveryFailed' });
    expect(cond('BackendsDiscovered')!.message).toContain('status.phase is Failed');
    fake.writeStatus('MCPServer', NS, 'fetch', ready('fetch'));
    await until('fetch back', () => backends()?.length === 1);
    fake.delete('MCPServer', NS, 'fetch');
    await until('fetch deleted', () => backends()?.length === 0 && cond('BackendsDiscovered')?.status === 'False');
  });
});
