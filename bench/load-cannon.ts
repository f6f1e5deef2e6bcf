/**
 * bench:gateway's raw load generator, a child process: autocannon POSTs the same JSON-RPC bytes on one MCP
 * session whoever answers (the backend directly, or vmcp). Each request gets a fresh JSON-RPC id
 * (autocannon's `[<id>]` replacement), since ids must not repeat while in flight on one session.
 * Latencies are taken from autocannon's response events in fractional ms: its own histogram keeps whole
 * milliseconds, too coarse for loopback.
 */
import autocannon from 'autocannon';
import { request } from 'undici';
import { BASE_HEADERS as BASE, INITIALIZE, percentile, PROTOCOL, rpcMessage, serveCommands } from './lib.js';

async function post(url: string, headers: Record<string, string>, body: object): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  const res = await request(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

serveCommands({
  /** initialize + notifications/initialized at `version` (default PROTOCOL): the session's request headers. */
  async session(c) {
    const url = String(c.url);
    const version = typeof c.version === 'string' ? c.version : PROTOCOL;
    const init = await post(url, BASE, { ...INITIALIZE, params: { ...INITIALIZE.params, protocolVersion: version } });
    if (init.status !== 200 || !rpcMessage(init.text).result) throw new Error(`initialize at ${url} answered ${init.status}: ${init.text.slice(0, 200)}`);
    const headers = { ...BASE, 'mcp-session-id': String(init.headers['mcp-session-id']), 'mcp-protocol-version': version };
    const note = await post(url, headers, { jsonrpc: '2.0', method: 'notifications/initialized' });
    if (note.status !== 202) throw new Error(`notifications/initialized at ${url} answered ${note.status}`);
    return headers;
  },

  /** One request, for checking what the load will get: its result (or the error). */
  async call(c) {
    const res = await post(String(c.url), c.headers as Record<string, string>, { jsonrpc: '2.0', id: 'check', method: c.method, params: c.params });
    const m = rpcMessage(res.text);
    if (!m.result) throw new Error(`${String(c.method)} answered ${res.status}: ${m.error?.message ?? res.text.slice(0, 200)}`);
    return m.result;
  },

  /** `connections` keep-alive connections, one request in flight on each, for `seconds`. */
  async run(c) {
    const latencies: number[] = [];
    const body = JSON.stringify({ jsonrpc: '2.0', id: '[<id>]', method: c.method, params: c.params });
    const r = await new Promise<autocannon.Result>((resolve, reject) => {
      const options = {
        url: String(c.url),
        method: 'POST' as const,
        headers: c.headers as Record<string, string>,
        body,
        idReplacement: true,
        connections: Number(c.connections),
        duration: Number(c.seconds),
      };
      const instance = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
      instance.on('response', (_client, status, _bytes, ms) => {
        if (status === 200) latencies.push(ms);
      });
    });
    latencies.sort((a, b) => a - b);
    return {
      ok: latencies.length,
      seconds: r.duration,
      failed: r.non2xx + r.errors + r.timeouts,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };
  },
});
