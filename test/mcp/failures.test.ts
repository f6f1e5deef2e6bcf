/** Backends that are down, slow or answer garbage give MCP errors for their calls, never a crash. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Client } from '@modelcontextprotocol/client';
import { startGarbageBackend, startHalfBrokenBackend } from '../fixtures/broken-backends.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { listenRefusing, type RefusingServer } from '../helpers/refusing-server.js';
import { backendsYaml, compileYaml, connectClient, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

function operational(mode: 'fail' | 'best_effort', extra = '', slowBackend = false): string {
  const perWorkload = slowBackend ? `    perWorkload:\n      slow: 300ms\n` : '';
  return `operational:\n  timeouts:\n    default: 2s\n${perWorkload}  failureHandling:\n    partialFailureMode: ${mode}\n    healthCheckInterval: 1h\n    unhealthyThreshold: 2\n${extra}`;
}

describe('failing backends', () => {
  let good: FixtureBackend;
  let slow: FixtureBackend;
  let garbage: { url: string; close(): Promise<void> };
  /** A backend that is down: every connection is dropped. */
  let refusing: RefusingServer;
  let down: string;
  let napCancelled = false;
  beforeAll(async () => {
    good = await startFixtureBackend({ name: 'good', tools: [{ name: 'echo' }] });
    slow = await startFixtureBackend({
      name: 'slow',
      tools: [
        {
          name: 'nap',
          // Slower than the 300 ms timeout: it answers only once vmcp cancels it.
          run: async (_a, _h, signal) => {
            await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
            napCancelled = true;
            return { content: [{ type: 'text', text: 'late' }] };
          },
        },
        { name: 'quick' },
      ],
    });
    garbage = await startGarbageBackend();
    refusing = await listenRefusing();
    down = `${refusing.url}/mcp`;
  });
  afterAll(async () => {
    await good.close();
    await slow.close();
    await garbage.close();
    await refusing.close();
  });

  describe('best_effort', () => {
    let gateway: Gateway;
    let client: Client;
    beforeAll(async () => {
      const yaml = backendsYaml(
        [
          { name: 'good', url: good.url },
          { name: 'slow', url: slow.url },
          { name: 'garbage', url: garbage.url },
          { name: 'down', url: down },
        ],
        UNAUTHENTICATED + PREFIX_AGGREGATION + operational('best_effort', '', true),
      );
      gateway = await startGateway(compileYaml(yaml));
      client = await connectClient(gateway.url);
    });
    afterAll(async () => {
      await client.close();
      await gateway.close();
    });

    it('lists what the working backends offer', async () => {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['good_echo', 'slow_nap', 'slow_quick']);
    });

    it('a call slower than the backend timeout is an MCP error naming the backend; the next call works', async () => {
      await expect(client.callTool({ name: 'slow_nap', arguments: {} })).rejects.toThrow(/backend "slow" did not answer in time/);
      await vi.waitFor(() => expect(napCancelled).toBe(true), { timeout: 2000 }); // the backend was told to stop working on it
      const ok = await client.callTool({ name: 'slow_quick', arguments: {} });
      expect(JSON.stringify(ok.content)).toContain('slow:quick');
    });

    it('/status shows the broken backends, with reasons that name them', () => {
      const byName = Object.fromEntries(gateway.runtime.pool.status().map((s) => [s.name, s]));
      expect(byName.good?.state).toBe('healthy');
      expect(byName.down?.state).toMatch(/degraded|unhealthy/);
      expect(byName.down?.lastError).toMatch(/backend "down" is unavailable/);
      expect(refusing.connections()).toBeGreaterThan(0);
      expect(byName.garbage?.state).toMatch(/degraded|unhealthy/);
      expect(gateway.runtime.health.snapshot().map((h) => h.name)).toEqual(['good', 'slow', 'garbage', 'down']);
    });
  });

  describe('garbage answers to a call', () => {
    let half: { url: string; close(): Promise<void> };
    let gateway: Gateway;
    let client: Client;
    beforeAll(async () => {
      half = await startHalfBrokenBackend();
      gateway = await startGateway(compileYaml(backendsYaml([{ name: 'half', url: half.url }, { name: 'good', url: good.url }], UNAUTHENTICATED + PREFIX_AGGREGATION + operational('best_effort'))));
      client = await connectClient(gateway.url);
    });
    afterAll(async () => {
      await client.close();
      await gateway.close();
      await half.close();
    });

    it('a result that is not an object, or a body that is not JSON, is an MCP error for that call; vmcp keeps serving', async () => {
      expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual(['good_echo', 'half_broken_json', 'half_not_object']);
      await expect(client.callTool({ name: 'half_not_object', arguments: {} })).rejects.toThrow(/backend "half" answered something that is not a valid MCP result/);
      await expect(client.callTool({ name: 'half_broken_json', arguments: {} })).rejects.toThrow(/backend "half"/);
      expect(JSON.stringify((await client.callTool({ name: 'good_echo', arguments: {} })).content)).toContain('good:echo');
      expect(gateway.runtime.pool.status().find((s) => s.name === 'half')?.state).toMatch(/degraded|unhealthy/);
    });
  });

  describe('fail', () => {
    let gateway: Gateway;
    let client: Client;
    beforeAll(async () => {
      const yaml = backendsYaml([{ name: 'good', url: good.url }, { name: 'down', url: down }], UNAUTHENTICATED + PREFIX_AGGREGATION + operational('fail'));
      gateway = await startGateway(compileYaml(yaml));
      client = await connectClient(gateway.url);
    });
    afterAll(async () => {
      await client.close();
      await gateway.close();
    });

    it('listing fails with an MCP error that names the missing backend', async () => {
      await expect(client.listTools()).rejects.toThrow(/backend "down" unavailable \(partialFailureMode: fail\)/);
    });
  });

  describe('circuit breaker', () => {
    let flaky: FixtureBackend;
    let gateway: Gateway;
    let client: Client;
    let failing = false;
    let calls = 0;
    beforeAll(async () => {
      flaky = await startFixtureBackend({
        name: 'flaky',
        tools: [{ name: 'work', run: () => ({ content: [{ type: 'text', text: 'done' }] }) }],
      });
      // Wrap the fixture URL with a proxy that fails while `failing` is set, and counts what gets through.
      const { createServer } = await import('node:http');
      const proxy = createServer((req, res) => {
        calls += 1;
        if (failing) return void res.writeHead(502).end();
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', async () => {
          const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>;
          const r = await fetch(flaky.url, { method: req.method!, headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) });
          const out: Record<string, string> = {};
          r.headers.forEach((v, k) => (out[k] = v));
          res.writeHead(r.status, out).end(Buffer.from(await r.arrayBuffer()));
        });
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(proxy.address() as { port: number }).port}/mcp`;
      const cb = `    circuitBreaker:\n      enabled: true\n      failureThreshold: 2\n      timeout: 1s\n`;
      gateway = await startGateway(compileYaml(backendsYaml([{ name: 'flaky', url }], UNAUTHENTICATED + PREFIX_AGGREGATION + operational('best_effort', cb))));
      client = await connectClient(gateway.url);
      await client.listTools();
      const closeGateway = gateway.close;
      gateway.close = async () => {
        await closeGateway();
        proxy.closeAllConnections();
        await new Promise<void>((resolve) => proxy.close(() => resolve()));
        await flaky.close();
      };
    });
    afterAll(async () => {
      await client.close();
      await gateway.close();
    });

    it('opens after the threshold, refuses without calling the backend, and closes after a good trial', async () => {
      failing = true;
      await expect(client.callTool({ name: 'flaky_work', arguments: {} })).rejects.toThrow(/backend "flaky" is unavailable/);
      await expect(client.callTool({ name: 'flaky_work', arguments: {} })).rejects.toThrow(/backend "flaky" is unavailable/);
      const before = calls;
      await expect(client.callTool({ name: 'flaky_work', arguments: {} })).rejects.toThrow(/circuit open/);
      expect(calls).toBe(before);
      expect(gateway.runtime.pool.status()[0]?.circuit).toBe('open');
      failing = false;
      // Refused without a call until its 1 s timeout has passed; then one trial goes through and succeeds.
      const ok = await vi.waitFor(() => client.callTool({ name: 'flaky_work', arguments: {} }), { timeout: 5000, interval: 100 });
      expect(JSON.stringify(ok.content)).toContain('done');
      expect(gateway.runtime.pool.status()[0]?.circuit).toBe('closed');
    });
  });
});
