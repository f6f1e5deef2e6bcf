/** The operator's pure parts: status transitions, the work queue, and which servers a changed object concerns. */
import { describe, expect, it, vi } from 'vitest';
import { nextStatus, sameStatus, type StatusCondition } from '../../operator/status.js';
import { referencedNames } from '../../operator/references.js';
import { WorkQueue } from '../../operator/work-queue.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const T1 = new Date('2026-01-01T01:00:00Z');
const cond = (type: string, status: 'True' | 'False', reason = 'R') => ({ type, status, reason, message: 'm' });

describe('nextStatus', () => {
  const first = nextStatus(undefined, { phase: 'Ready', conditions: [cond('AuthServerConfigValid', 'True'), cond('ConfigValid', 'True')] }, 1, () => T0);

  it('stamps new conditions with the time and the generation', () => {
    expect(first).toEqual({
      phase: 'Ready',
      observedGeneration: 1,
      conditions: [
        { ...cond('AuthServerConfigValid', 'True'), lastTransitionTime: '2026-01-01T00:00:00Z', observedGeneration: 1 },
        { ...cond('ConfigValid', 'True'), lastTransitionTime: '2026-01-01T00:00:00Z', observedGeneration: 1 },
      ],
    });
  });

  it('keeps the time when only reason, message or generation change; moves it when the status flips', () => {
    const next = nextStatus(first, { phase: 'Failed', conditions: [cond('AuthServerConfigValid', 'False', 'X'), { ...cond('ConfigValid', 'True', 'Other'), message: 'new' }] }, 2, () => T1);
    expect(next.conditions.map((c) => [c.type, c.lastTransitionTime, c.observedGeneration])).toEqual([
      ['AuthServerConfigValid', '2026-01-01T01:00:00Z', 2],
      ['ConfigValid', '2026-01-01T00:00:00Z', 2],
    ]);
  });

  it('drops its own conditions that no longer apply and keeps other controllers\' conditions', () => {
    const foreign: StatusCondition = { ...cond('Ready', 'True'), lastTransitionTime: 'x', observedGeneration: 1 };
    const next = nextStatus({ conditions: [foreign, ...first.conditions] }, { phase: 'Ready', conditions: [cond('ConfigValid', 'True')] }, 1, () => T1);
    expect(next.conditions.map((c) => c.type)).toEqual(['Ready', 'ConfigValid']);
  });

  it('sameStatus: equal content needs no patch, any difference does', () => {
    expect(sameStatus(JSON.parse(JSON.stringify(first)), first)).toBe(true);
    expect(sameStatus({ ...first, observedGeneration: 2 }, first)).toBe(false);
    expect(sameStatus(undefined, first)).toBe(false);
  });
});

describe('WorkQueue', () => {
  it('runs keys one at a time, once while pending (again if re-added while running), and retries a failed key after the delay', async () => {
    const seen: string[] = [];
    const errors: string[] = [];
    let failOnce = true;
    let active = 0;
    const q = new WorkQueue(
      async (key) => {
        active++;
        expect(active).toBe(1);
        seen.push(key);
        await new Promise((r) => setImmediate(r)); // work that yields to the event loop, so others could start
        active--;
        if (key === 'b' && failOnce) {
          failOnce = false;
          throw new Error('API down');
        }
      },
      (key, e) => errors.push(`${key}: ${(e as Error).message}`),
      30,
    );
    q.add('a'); // starts at once
    q.add('b');
    q.add('b'); // still pending: not queued twice
    q.add('a'); // 'a' is running: it may have missed this change, so it runs again
    await vi.waitFor(() => expect(seen.filter((k) => k === 'b')).toHaveLength(2), { timeout: 2000 }); // the retry, 30 ms after the failure
    await q.stop();
    expect(seen).toEqual(['a', 'b', 'a', 'b']);
    expect(errors).toEqual(['b: API down']);
  });
});

describe('referencedNames: which servers a changed object concerns', () => {
  const spec = {
    authServerConfigRef: { name: 'as' },
    incomingAuth: { type: 'oidc', oidcConfigRef: { name: 'oidc', audience: 'a' } },
    telemetryConfigRef: { name: 'otel' },
    outgoingAuth: { default: { type: 'externalAuthConfigRef', externalAuthConfigRef: { name: 'tx' } }, backends: { b: { type: 'externalAuthConfigRef', externalAuthConfigRef: { name: 'hdr' } } } },
    config: { aggregation: { tools: [{ workload: 'x', toolConfigRef: { name: 'tc' } }, { workload: 'y' }] } },
  };

  it('names each kind by its own fields only', () => {
    expect(referencedNames(spec, 'MCPExternalAuthConfig')).toEqual(['as', 'tx', 'hdr']);
    expect(referencedNames(spec, 'MCPOIDCConfig')).toEqual(['oidc']);
    expect(referencedNames(spec, 'MCPTelemetryConfig')).toEqual(['otel']);
    expect(referencedNames(spec, 'MCPToolConfig')).toEqual(['tc']);
  });

  it('a malformed spec names nothing rather than failing', () => {
    for (const bad of [undefined, null, 'x', { incomingAuth: { oidcConfigRef: { name: 3 } }, config: { aggregation: { tools: 'no' } } }]) {
      for (const kind of ['MCPExternalAuthConfig', 'MCPOIDCConfig', 'MCPTelemetryConfig', 'MCPToolConfig'] as const) expect(referencedNames(bad, kind)).toEqual([]);
    }
  });
});
