/**
 * The operator against the fake API server (FAKE-APISERVER.md): real @kubernetes/client-node informers
 * and API calls over loopback HTTP.
 */
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { loadManifests, reconcileAll } from '../../compiler/k8s/index.js';
import { Operator } from '../../operator/controller.js';
import { vmcp } from '../helpers/cli.js';
import { FakeApiServer } from './fake-apiserver.js';
import { embeddedAuthServer, NS, server, yamlOf } from './manifests.js';

const TOKEN = 'fake-token-for-tests';
const fake = new FakeApiServer(TOKEN);
let operator: Operator;
let apiUrl = '';
let clock = Date.parse('2026-01-01T00:00:00Z');
const logs: string[] = [];
const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Waits until `probe` gives a value; on timeout the error shows the operator's log. */
function until<T>(what: string, probe: () => T | undefined | false): Promise<T> {
  return vi.waitFor(
    () => {
      const v = probe();
      if (!v) throw new Error(`timed out waiting for ${what}; operator log:\n${logs.join('\n')}`);
      return v;
    },
    { timeout: 8000, interval: 20 },
  );
}

type Cond = { type: string; status: string; reason: string; message: string; lastTransitionTime: string; observedGeneration: number };
const status = (name = 'gw') => fake.get('VirtualMCPServer', NS, name)?.status as { phase: string; observedGeneration: number; conditions: Cond[] } | undefined;
const asCond = (name = 'gw') => status(name)?.conditions.find((c) => c.type === 'AuthServerConfigValid');

beforeAll(async () => {
  apiUrl = await fake.listen();
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'fake', server: apiUrl, skipTLSVerify: true }],
    users: [{ name: 'operator', token: TOKEN }],
    contexts: [{ name: 'fake', cluster: 'fake', user: 'operator' }],
    currentContext: 'fake',
  });
  fake.apply(embeddedAuthServer());
  fake.apply(server());
  operator = new Operator({ kubeConfig: kc, log: (l) => logs.push(l), now: () => new Date(clock), retryDelayMs: 50 });
  await operator.start();
});

afterAll(async () => {
  await operator?.stop();
  await fake.close();
});

// Each test takes the objects where the one before left them: a story, told in order even under --sequence.shuffle.
describe('operator', { shuffle: false }, () => {
  it('reconciles what exists at start: status patched through /status with a merge patch, ConfigMap written', async () => {
    const c = await until('AuthServerConfigValid', () => asCond());
    expect(status()!.phase).toBe('Ready');
    expect(c).toMatchObject({ status: 'True', reason: 'AuthServerConfigValid', observedGeneration: 1, lastTransitionTime: at(clock) });
    expect(status()!.observedGeneration).toBe(1);
    const patches = fake.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((p) => p.path)).toContain(`/apis/toolhive.stacklok.dev/v1beta1/namespaces/${NS}/virtualmcpservers/gw/status`);
    for (const p of patches) {
      expect(p.path).toMatch(new RegExp(`^/apis/toolhive\\.stacklok\\.dev/v1beta1/namespaces/${NS}/virtualmcpservers/[^/]+/status$`));
      expect(p.contentType).toBe('application/merge-patch+json');
    }
    const cm = await until('ConfigMap', () => fake.get('ConfigMap', NS, 'gw-vmcp-config'));
    const expected = reconcileAll(loadManifests([{ file: 'm.yaml', bytes: yamlOf(server(), embeddedAuthServer()) }]))[0]!.config;
    expect(parse(cm.data['config.yaml'])).toEqual(expected);
    expect(parse(cm.data['secret-refs.yaml'])).toEqual([{ secret: 'corp-idp', key: 'secret', env: 'VMCP_SECRET_CORP_IDP_SECRET' }]);
    expect(cm.metadata.ownerReferences[0]).toMatchObject({ kind: 'VirtualMCPServer', name: 'gw', uid: fake.get('VirtualMCPServer', NS, 'gw')!.metadata.uid, controller: true });
  });

  it('does not patch again when the status would not change (no churn), though it reconciles', async () => {
    const gwStatus = `/apis/toolhive.stacklok.dev/v1beta1/namespaces/${NS}/virtualmcpservers/gw/status`;
    const patches = () => fake.requests.filter((r) => r.method === 'PATCH' && r.path === gwStatus).length;
    const reads = () => fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/configmaps/gw-vmcp-config')).length;
    const [patchesBefore, readsBefore] = [patches(), reads()];
    // A label change is an update event with the same spec and generation: reconcile runs, the status is the same.
    const labelled = server();
    (labelled.metadata as Record<string, unknown>).labels = { team: 'tools' };
    fake.apply(labelled);
    await until('a reconcile', () => reads() > readsBefore);
    const watching = fake.openWatches();
    fake.closeWatches(); // the informers reconnect and resume from their resourceVersion
    await until('the informers watching again', () => fake.openWatches() === watching);
    // A marker queued after whatever the label change and the reconnection queued: reconciles run one at a
    // time, in order, so once the marker has its status the operator is done with all of that.
    fake.apply(server({ authServerConfigRef: undefined }, 'marker'));
    await until('the marker reconciled', () => status('marker'));
    expect(patches()).toBe(patchesBefore);
    fake.delete('VirtualMCPServer', NS, 'marker');
  });

  it('reconciles again when the referenced MCPExternalAuthConfig changes; the transition time moves with the flip', async () => {
    const cmBefore = fake.get('ConfigMap', NS, 'gw-vmcp-config')!;
    clock += 60_000;
    fake.apply(embeddedAuthServer({ issuer: 'https://other.example.com' }));
    const c = await until('issuer mismatch', () => asCond()?.reason === 'AuthServerIssuerMismatch' && asCond());
    expect(c).toMatchObject({ status: 'False', lastTransitionTime: at(clock), observedGeneration: 1 });
    expect(c.message).toContain('V-04');
    expect(status()!.phase).toBe('Failed');
    // A failed reconcile leaves the last good config in place for the running pod.
    expect(fake.get('ConfigMap', NS, 'gw-vmcp-config')!.metadata.resourceVersion).toBe(cmBefore.metadata.resourceVersion);
  });

  it('keeps lastTransitionTime when the status does not flip, and records the new generation', async () => {
    const since = asCond()!.lastTransitionTime;
    clock += 60_000;
    fake.apply(server({ groupRef: { name: 'tools' } }));
    const c = await until('generation 2', () => asCond()?.observedGeneration === 2 && asCond());
    expect(c).toMatchObject({ status: 'False', reason: 'AuthServerIssuerMismatch', lastTransitionTime: since });
    expect(status()!.observedGeneration).toBe(2);
  });

  it('recovers when the MCPExternalAuthConfig is fixed, replacing the ConfigMap', async () => {
    clock += 60_000;
    fake.apply(embeddedAuthServer());
    const c = await until('valid again', () => asCond()?.status === 'True' && asCond());
    expect(c.lastTransitionTime).toBe(at(clock));
    const cm = await until('ConfigMap with groupRef', () => {
      const m = fake.get('ConfigMap', NS, 'gw-vmcp-config');
      return m && parse(m.data['config.yaml']).groupRef === 'tools' && m;
    });
    expect(cm.metadata.annotations['vmcp.dev/content-checksum']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a deleted MCPExternalAuthConfig fails the server that names it', async () => {
    fake.delete('MCPExternalAuthConfig', NS, 'as');
    const c = await until('not found', () => asCond()?.reason === 'AuthServerConfigNotFound' && asCond());
    expect(c.status).toBe('False');
  });

  it('survives a watch that expired (410 Gone): relists and keeps reconciling', async () => {
    fake.compact();
    fake.closeWatches();
    fake.apply(embeddedAuthServer());
    await until('valid after relist', () => asCond()?.status === 'True');
    fake.apply(server({ authServerConfigRef: undefined }, 'mode-a'));
    const s = await until('second server', () => status('mode-a'));
    expect(s.phase).toBe('Ready');
    expect(s.conditions.map((c) => c.type)).toEqual(['ConfigValid']);
  });

  it('never overwrites a ConfigMap it does not own: the server fails with ConfigMapNotOwned', async () => {
    fake.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'taken-vmcp-config', namespace: NS }, data: { 'config.yaml': 'someone else' } });
    fake.apply(server({ authServerConfigRef: undefined }, 'taken'));
    const s = await until('ConfigMapNotOwned', () => status('taken')?.phase === 'Failed' && status('taken'));
    expect(s.conditions).toEqual([expect.objectContaining({ type: 'ConfigValid', status: 'False', reason: 'ConfigMapNotOwned' })]);
    expect(s.conditions[0]!.message).toContain(`delete or rename that ConfigMap`);
    expect(fake.get('ConfigMap', NS, 'taken-vmcp-config')!.data).toEqual({ 'config.yaml': 'someone else' });
    fake.delete('ConfigMap', NS, 'taken-vmcp-config');
    await until('Ready once the name is free', () => status('taken')?.phase === 'Ready');
    expect(fake.get('ConfigMap', NS, 'taken-vmcp-config')!.metadata.ownerReferences[0].name).toBe('taken');
  });

  it('logs transitions without any secret material', () => {
    expect(logs.some((l) => l.startsWith(`${NS}/gw: Failed (AuthServerIssuerMismatch`))).toBe(true);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});

describe("operator: ToolHive's shared-config refs are watched like MCPExternalAuthConfig", { shuffle: false }, () => {
  const oidc = (issuer: string, apiVersion = 'toolhive.stacklok.dev/v1alpha1') => ({
    apiVersion,
    kind: 'MCPOIDCConfig',
    metadata: { name: 'corp-oidc', namespace: NS },
    spec: { type: 'inline', inline: { issuer, jwksAllowPrivateIP: true } },
  });
  const telemetry = (prometheus: boolean) => ({ apiVersion: 'toolhive.stacklok.dev/v1beta1', kind: 'MCPTelemetryConfig', metadata: { name: 'otel', namespace: NS }, spec: { prometheus: { enabled: prometheus } } });
  const tools = (filter: string[]) => ({ apiVersion: 'toolhive.stacklok.dev/v1beta1', kind: 'MCPToolConfig', metadata: { name: 'docs-tools', namespace: NS }, spec: { toolsFilter: filter } });
  const shared = {
    apiVersion: 'toolhive.stacklok.dev/v1beta1',
    kind: 'VirtualMCPServer',
    metadata: { name: 'shared', namespace: NS },
    spec: {
      incomingAuth: { type: 'oidc', oidcConfigRef: { name: 'corp-oidc', audience: 'https://shared.example.com' } },
      telemetryConfigRef: { name: 'otel' },
      config: { backends: [{ name: 'docs', url: 'https://docs.example.com/mcp', transport: 'streamable-http' }], aggregation: { tools: [{ workload: 'docs', toolConfigRef: { name: 'docs-tools' } }] } },
    },
  };
  const cond = (type: string) => status('shared')?.conditions.find((c) => c.type === type);
  const configYaml = () => {
    const cm = fake.get('ConfigMap', NS, 'shared-vmcp-config');
    return cm ? parse(cm.data['config.yaml']) : undefined;
  };

  it('reconciles a server naming an MCPOIDCConfig (applied as v1alpha1), an MCPTelemetryConfig and an MCPToolConfig', async () => {
    fake.apply(oidc('https://sso-a.example.com'));
    fake.apply(telemetry(true));
    fake.apply(tools(['search']));
    fake.apply(shared);
    const s = await until('shared Ready', () => status('shared')?.phase === 'Ready' && status('shared'));
    expect(s.conditions.map((c) => [c.type, c.reason])).toEqual([
      ['OIDCConfigRefValidated', 'OIDCConfigRefValid'],
      ['TelemetryConfigRefValidated', 'TelemetryConfigRefValid'],
      ['ToolConfigValidated', 'ToolConfigValid'],
      ['ConfigValid', 'ConfigValid'],
    ]);
    const config = await until('ConfigMap', configYaml);
    expect(config.incomingAuth.oidc.issuer).toBe('https://sso-a.example.com');
    expect(config.telemetry).toEqual({ enablePrometheusMetricsPath: true, serviceName: 'shared' });
    expect(config.aggregation.tools).toEqual([{ workload: 'docs', filter: ['search'] }]);
  });

  it('a changed MCPOIDCConfig, MCPTelemetryConfig or MCPToolConfig reconciles the server that names it', async () => {
    fake.apply(oidc('https://sso-b.example.com', 'toolhive.stacklok.dev/v1beta1'));
    await until('new issuer in the ConfigMap', () => configYaml()?.incomingAuth.oidc.issuer === 'https://sso-b.example.com');
    fake.apply(telemetry(false));
    await until('prometheus off in the ConfigMap', () => configYaml()?.telemetry.enablePrometheusMetricsPath === false);
    fake.apply(tools(['search', 'fetch']));
    await until('new filter in the ConfigMap', () => configYaml()?.aggregation.tools[0].filter.length === 2);
  });

  it('a deleted referenced object fails the server with its own condition; the last good ConfigMap stays', async () => {
    const before = fake.get('ConfigMap', NS, 'shared-vmcp-config')!.metadata.resourceVersion;
    fake.delete('MCPTelemetryConfig', NS, 'otel');
    const c = await until('TelemetryConfigRefNotFound', () => cond('TelemetryConfigRefValidated')?.status === 'False' && cond('TelemetryConfigRefValidated'));
    expect(c.reason).toBe('TelemetryConfigRefNotFound');
    expect(cond('ConfigValid')).toMatchObject({ status: 'False', reason: 'ReferencedConfigInvalid' });
    fake.delete('MCPOIDCConfig', NS, 'corp-oidc');
    await until('OIDCConfigRefNotFound', () => cond('OIDCConfigRefValidated')?.reason === 'OIDCConfigRefNotFound');
    expect(fake.get('ConfigMap', NS, 'shared-vmcp-config')!.metadata.resourceVersion).toBe(before);
    fake.apply(oidc('https://sso-b.example.com'));
    fake.apply(telemetry(true));
    await until('Ready again', () => status('shared')?.phase === 'Ready');
  });

  it('watches every kind at the stored version, v1beta1', () => {
    const watched = new Set(fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/apis/')).map((r) => r.path));
    for (const plural of ['virtualmcpservers', 'mcpexternalauthconfigs', 'mcpoidcconfigs', 'mcptelemetryconfigs', 'mcptoolconfigs']) {
      expect(watched).toContain(`/apis/toolhive.stacklok.dev/v1beta1/${plural}`);
    }
    expect([...watched].some((p) => p.includes('/v1alpha1/'))).toBe(false);
  });
});

describe('vmcp operator (the command)', () => {
  // An API server of its own: the in-process operator above watches every namespace of the shared one.
  const own = new FakeApiServer(TOKEN);
  let ownUrl = '';
  beforeAll(async () => (ownUrl = await own.listen()));
  afterAll(() => own.close());

  it('runs against the API server named by --kubeconfig, and exits 0 on SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { stringify } = await import('yaml');
    const dir = mkdtempSync(join(tmpdir(), 'vmcp-operator-'));
    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(kubeconfig, stringify({
      apiVersion: 'v1', kind: 'Config', 'current-context': 'fake',
      // The client refuses plain http unless TLS checks are off; the fake listens on loopback http.
      clusters: [{ name: 'fake', cluster: { server: ownUrl, 'insecure-skip-tls-verify': true } }],
      users: [{ name: 'op', user: { token: TOKEN } }],
      contexts: [{ name: 'fake', context: { cluster: 'fake', user: 'op' } }],
    }));
    own.apply(server({ authServerConfigRef: undefined }, 'from-cli', 'cli-ns'));
    const child = spawn(process.execPath, ['bin/vmcp', 'operator', '--kubeconfig', kubeconfig, '--namespace', 'cli-ns'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      await until('status from the command', () => stderr.includes('cli-ns/from-cli: Ready') && own.get('VirtualMCPServer', 'cli-ns', 'from-cli')?.status?.phase === 'Ready');
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).not.toContain(TOKEN);
      expect(vmcp(['operator', '--kubeconfig', join(dir, 'missing')])).toMatchObject({ code: 2 });
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
