/**
 * Shutdown of the assembled server (runPlan) with the official SDK client connected: close() ends what is
 * only waiting (idle connections, the session's GET stream) at once and lets real exchanges finish.
 * The time bounds are guards against the old waits (the 10 s drain limit, undici's ~4 s idle socket),
 * far above what close takes, not measurements.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuntimePlan } from '../../runtime/contract.js';
import { silentLogger } from '../../runtime/log.js';
import { runPlan } from '../../runtime/run.js';
import type { RunningServer } from '../../runtime/server.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { backendsYaml, compileYaml, connectClient, UNAUTHENTICATED } from '../mcp/harness.js';
import { openGetStream, openSession } from './helpers/raw-session.js';

const GUARD_MS = 2000;

let backend: FixtureBackend;
let plan: RuntimePlan;
let release = (): void => {};
let entered = (): void => {};

beforeAll(async () => {
  backend = await startFixtureBackend({
    name: 'up',
    tools: [
      { name: 'echo' },
      {
        name: 'slow',
        run: async () => {
          entered();
          await new Promise<void>((r) => (release = r));
          return { content: [{ type: 'text', text: 'slow done' }] };
        },
      },
    ],
  });
  plan = compileYaml(backendsYaml([{ name: 'up', url: backend.url }], UNAUTHENTICATED));
});
afterAll(() => backend.close());

const start = () => runPlan(plan, { host: '127.0.0.1', port: 0, logger: silentLogger });

/**
 * Resolves when fetch (node's undici) has connected to `port`, seen through undici's diagnostics channel:
 * the client side of a connection the server has not seen a request on.
 */
function connectionOpened(port: number): { opened: Promise<void> } {
  let done!: () => void;
  const opened = new Promise<void>((resolve) => (done = resolve));
  const onConnected = (message: unknown) => {
    if (Number((message as { connectParams: { port: string | number } }).connectParams.port) !== port) return;
    unsubscribe('undici:client:connected', onConnected);
    done();
  };
  subscribe('undici:client:connected', onConnected);
  return { opened };
}

async function timedClose(server: RunningServer): Promise<number> {
  const t = performance.now();
  await server.close();
  return performance.now() - t;
}

describe('close() with SDK clients connected', () => {
  it('resolves at once while a client is connected, ending its GET stream with a proper end of stream', async () => {
    const server = await start();
    const client = await connectClient(`${server.url}/mcp`);
    client.onerror = () => {}; // its reconnect attempts fail once the server is gone, as they should
    expect((await client.listTools()).tools.map((t) => t.name)).toContain('up_echo');
    const stream = await openGetStream(`${server.url}/mcp`, await openSession(`${server.url}/mcp`));
    expect(await timedClose(server)).toBeLessThan(GUARD_MS);
    expect(await stream.end).toBe('ended');
    await client.close();
  });

  it('resolves at once after a client closed (fetch leaves a connection that never sends a request)', async () => {
    const server = await start();
    const client = await connectClient(`${server.url}/mcp`);
    await client.callTool({ name: 'up_echo', arguments: { a: 1 } });
    // fetch opens a spare connection as the client closes, and sends nothing on it: what close() used to wait on.
    const spare = connectionOpened(server.port);
    await client.close();
    await spare.opened;
    expect(await timedClose(server)).toBeLessThan(GUARD_MS);
  });

  it('lets a tools/call in flight on a slow backend finish with its result, then resolves', async () => {
    const server = await start();
    const client: Client = await connectClient(`${server.url}/mcp`);
    client.onerror = () => {};
    const inside = new Promise<void>((r) => (entered = r));
    const call = client.callTool({ name: 'up_slow', arguments: {} });
    await inside;
    const stream = await openGetStream(`${server.url}/mcp`, await openSession(`${server.url}/mcp`));
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    // Once close() has ended the GET streams, only the call holds the server open.
    expect(await stream.end).toBe('ended');
    expect(closed).toBe(false);
    release();
    const released = performance.now();
    expect(await call).toEqual({ content: [{ type: 'text', text: 'slow done' }] });
    await closing;
    expect(performance.now() - released).toBeLessThan(GUARD_MS);
    await client.close();
  });
});
