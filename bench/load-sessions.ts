/**
 * bench:sessions' load generator, a child process: whole MCP sessions over raw HTTP (undici), and sessions
 * left open, each opened from its own loopback address (127.1.x.y) so that each is its own caller, as
 * anonymous vmcp tells callers apart by address.
 */
import { Client, Pool } from 'undici';
import { BASE_HEADERS, INITIALIZE, PROTOCOL, rpcMessage, serveCommands } from './lib.js';

const pools = new Map<string, Pool>();
const pool = (origin: string) => pools.get(origin) ?? pools.set(origin, new Pool(origin, { connections: 8 })).get(origin)!;
/** Per origin, ids of the sessions `open` left open, oldest first. */
const opened = new Map<string, string[]>();
const openAt = (origin: string) => opened.get(origin) ?? opened.set(origin, []).get(origin)!;
let nextAddress = 0;

async function initialize(dispatcher: Pool | Client, path: string): Promise<Record<string, string>> {
  const res = await dispatcher.request({ path, method: 'POST', headers: BASE_HEADERS, body: JSON.stringify(INITIALIZE) });
  const text = await res.body.text();
  if (res.statusCode !== 200 || !rpcMessage(text).result) throw new Error(`initialize answered ${res.statusCode}: ${text.slice(0, 200)}`);
  return { ...BASE_HEADERS, 'mcp-session-id': String(res.headers['mcp-session-id']), 'mcp-protocol-version': PROTOCOL };
}

async function send(p: Pool, path: string, method: string, headers: Record<string, string>, body?: object): Promise<{ status: number; text: string }> {
  const res = await p.request({ path, method: method as 'POST', headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: res.statusCode, text: await res.body.text() };
}

serveCommands({
  /** `count` sessions, `lanes` at a time: initialize, initialized, one tools/call (checked), DELETE. */
  async lifecycle(c) {
    const url = new URL(String(c.url));
    const p = pool(url.origin);
    let left = Number(c.count);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: Number(c.lanes) }, async () => {
        while (left-- > 0) {
          const headers = await initialize(p, url.pathname);
          await send(p, url.pathname, 'POST', headers, { jsonrpc: '2.0', method: 'notifications/initialized' });
          const call = await send(p, url.pathname, 'POST', headers, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: c.tool, arguments: { message: 'bench' } } });
          if (!call.text.includes('Echo: bench')) throw new Error(`tools/call answered ${call.status}: ${call.text.slice(0, 200)}`);
          const del = await send(p, url.pathname, 'DELETE', headers);
          if (del.status !== 200) throw new Error(`DELETE answered ${del.status}`);
        }
      }),
    );
    return { seconds: (performance.now() - started) / 1000 };
  },

  /** `count` sessions left open (initialize + initialized), each from a new loopback address and connection. */
  async open(c) {
    const url = new URL(String(c.url));
    const started = performance.now();
    for (let i = 0; i < Number(c.count); i++, nextAddress++) {
      const localAddress = `127.1.${2 + Math.floor(nextAddress / 250)}.${1 + (nextAddress % 250)}`;
      const client = new Client(url.origin, { localAddress });
      const headers = await initialize(client, url.pathname).finally(() => client.close());
      await send(pool(url.origin), url.pathname, 'POST', headers, { jsonrpc: '2.0', method: 'notifications/initialized' });
      openAt(url.origin).push(headers['mcp-session-id']!);
    }
    return { seconds: (performance.now() - started) / 1000 };
  },

  /** DELETE the `count` newest sessions `open` left (vmcp evicts the oldest, so these still exist). */
  async close(c) {
    const url = new URL(String(c.url));
    for (let i = 0; i < Number(c.count); i++) {
      const headers = { ...BASE_HEADERS, 'mcp-session-id': openAt(url.origin).pop()!, 'mcp-protocol-version': PROTOCOL };
      const del = await send(pool(url.origin), url.pathname, 'DELETE', headers);
      if (del.status !== 200) throw new Error(`DELETE of an open session answered ${del.status}`);
    }
    return null;
  },
});
