/**
 * 2025-era sessions left idle longer than the idle timeout are closed by the periodic sweep; a session in
 * use is kept. The timeout comes from the config (`http.sessionTTL`). The sweep's interval and the clock
 * are moved with fake timers (only setInterval and Date: sockets and every other timer run as ever), so no
 * test waits for half an hour, or at all.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../runtime/log.js';
import { runPlan } from '../../runtime/run.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { messageOf, openRawSession, postJsonRpc } from '../security/helpers/mcp-callers.js';
import { backendsYaml, compileYaml, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const IDLE_MS = 60_000;
/** The sweep runs every half idle timeout (legacy-sessions.ts). */
const SWEEP_MS = IDLE_MS / 2;

let backend: FixtureBackend;
let gateway: Gateway | undefined;
beforeAll(async () => {
  backend = await startFixtureBackend({ name: 'one', tools: [{ name: 'echo' }] });
});
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  vi.useRealTimers();
});
afterAll(() => backend.close());

/** 200 with the tool's answer, or 404 when the session is gone. */
async function use(g: Gateway | string, session: Record<string, string>): Promise<number> {
  const answer = await postJsonRpc(typeof g === 'string' ? g : g.url, session, '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"one_echo","arguments":{}}}');
  if (answer.status === 200) expect(messageOf(answer).result).toMatchObject({ content: [{ text: 'one:echo:{}' }] });
  else expect(messageOf(answer).error?.code).toBe(-32001);
  return answer.status;
}

describe('the idle sweep of 2025-era sessions', () => {
  it('closes a session idle for longer than the timeout, and keeps one in use', async () => {
    // Before the gateway starts: the sweep's interval is set up with the sessions table.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const g = (gateway = await startGateway(compileYaml(backendsYaml([{ name: 'one', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)), { sessionIdleTimeoutMs: IDLE_MS }));
    const idle = await openRawSession(g.url);
    const busy = await openRawSession(g.url);
    expect(g.runtime.sessionCount()).toBe(2);

    vi.advanceTimersByTime(SWEEP_MS);
    expect(await use(g, busy)).toBe(200); // used half a timeout after the idle one was last
    vi.advanceTimersByTime(SWEEP_MS); // the idle one has been idle exactly the timeout: not longer
    expect(g.runtime.sessionCount()).toBe(2);

    vi.advanceTimersByTime(SWEEP_MS); // idle for 1.5 timeouts; the busy one for one
    expect(g.runtime.sessionCount()).toBe(1);
    expect(await use(g, idle)).toBe(404);
    expect(await use(g, busy)).toBe(200);
  });
});

describe('the idle timeout from the config (http.sessionTTL, ToolHive\'s session TTL)', () => {
  const config = (ttl: string) => backendsYaml([{ name: 'one', url: backend.url }], `${UNAUTHENTICATED}${PREFIX_AGGREGATION}http:\n  sessionTTL: "${ttl}"\n`);

  it('is in the plan; 0 means the default, as in ToolHive', () => {
    expect(compileYaml(config('1m30s')).http?.sessionIdleTimeoutMs).toBe(90_000);
    expect(compileYaml(config('0')).http?.sessionIdleTimeoutMs).toBeUndefined();
  });

  it('closes a session idle for longer than it, in the server runPlan starts', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const server = await runPlan(compileYaml(config('1m')), { host: '127.0.0.1', port: 0, logger: silentLogger });
    try {
      const url = `${server.url}/mcp`;
      const idle = await openRawSession(url);
      const busy = await openRawSession(url);
      vi.advanceTimersByTime(SWEEP_MS);
      expect(await use(url, busy)).toBe(200);
      vi.advanceTimersByTime(SWEEP_MS); // idle for exactly the TTL: kept
      expect(await use(url, idle)).toBe(200);
      vi.advanceTimersByTime(IDLE_MS + SWEEP_MS); // both idle past it
      expect(await use(url, idle)).toBe(404);
      expect(await use(url, busy)).toBe(404);
    } finally {
      await server.close();
    }
  });
});
