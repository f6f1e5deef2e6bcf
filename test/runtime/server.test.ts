/** The server's own routes, limits and shutdown, over real HTTP on loopback. */
import { Agent, get } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendHealthSource, RouteHandler } from '../../runtime/contract.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { call, json } from './helpers/http.js';
import { anonymousPlan, oidcPlan } from './helpers/plans.js';
import { startTestIssuer } from './helpers/test-issuer.js';

/** Reads the whole body, as an MCP handler does, and answers its size. */
const readBody: RouteHandler = async (req, res) => {
  let n = 0;
  for await (const c of req) n += (c as Buffer).length;
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ bytes: n }));
};

describe('anonymous server', () => {
  let server: RunningServer;
  const health: BackendHealthSource = {
    snapshot: () => [
      { name: 'one', state: 'healthy', lastCheckedAt: 1 },
      { name: 'ghost', state: 'unhealthy', lastCheckedAt: 1 },
    ],
  };
  beforeAll(async () => {
    server = await startServer(anonymousPlan(), { port: 0, handlers: { mcp: readBody }, health, limits: { maxBodyBytes: 1024 } });
  });
  afterAll(() => server.close());

  it.each(['/health', '/ping'])('%s answers {"status":"ok"}', async (p) => {
    const a = await call(`${server.url}${p}`);
    expect(a.status).toBe(200);
    expect(a.body).toBe('{"status":"ok"}');
    expect(a.headers['content-type']).toBe('application/json');
  });

  it('/readyz is ready', async () => {
    expect(json(await call(`${server.url}/readyz`))).toEqual({ status: 'ready', mode: 'static' });
  });

  it("/status lists the plan's backends with health from the source, ignoring unknown names", async () => {
    const body = json(await call(`${server.url}/status`)) as Record<string, unknown>;
    expect(body.backends).toEqual([
      { name: 'one', health: 'healthy', transport: 'streamable-http', auth_type: 'unauthenticated' },
      { name: 'two', health: 'unknown', transport: 'sse', auth_type: 'unauthenticated' },
    ]);
    expect(body.healthy).toBe(true);
    expect(body.group_ref).toBe('g');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('/api/backends/health summarises', async () => {
    expect(json(await call(`${server.url}/api/backends/health`))).toEqual({
      monitoring_enabled: true,
      summary: { total: 2, healthy: 1, degraded: 0, unhealthy: 0, unknown: 1 },
      backends: { one: 'healthy', two: 'unknown' },
    });
  });

  it('built-in routes answer 405 to other methods', async () => {
    const a = await call(`${server.url}/health`, { method: 'DELETE' });
    expect(a.status).toBe(405);
    expect(a.headers.allow).toBe('GET, HEAD');
  });

  it('without OIDC there is no protected-resource metadata, and every /.well-known/ path is 404', async () => {
    for (const p of [
      '/.well-known/oauth-protected-resource',
      '/.well-known/oauth-protected-resource/mcp',
      '/.well-known/openid-configuration',
      '/.well-known/x',
    ]) {
      const a = await call(`${server.url}${p}`);
      expect([p, a.status, a.body]).toEqual([p, 404, '{"error":"not_found"}']);
    }
  });

  it('anonymous requests reach the MCP handler; /metrics is not served without telemetry', async () => {
    expect(json(await call(`${server.url}/mcp`, { method: 'POST', body: 'abc' }))).toEqual({ bytes: 3 });
    expect(json(await call(`${server.url}/metrics`))).toEqual({ bytes: 0 }); // the MCP catch-all answered
  });

  it('refuses a declared body over the limit with 413 before the handler runs', async () => {
    const a = await call(`${server.url}/mcp`, { method: 'POST', body: Buffer.alloc(1025) });
    expect(a.status).toBe(413);
    expect(a.body).toBe('{"error":"payload_too_large"}');
  });

  it('refuses a chunked body over the limit with 413 as it arrives', async () => {
    const a = await call(`${server.url}/mcp`, { method: 'POST', chunked: [Buffer.alloc(600), Buffer.alloc(600)] });
    expect(a.status).toBe(413);
    expect(json(await call(`${server.url}/mcp`, { method: 'POST', chunked: [Buffer.alloc(500), Buffer.alloc(500)] }))).toEqual({ bytes: 1000 });
  });
});

describe('OIDC server routes', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(oidcPlan('https://idp.example', { resource: 'https://vmcp.example/api/mcp', scopes: ['openid', 'tools'], telemetry: true }), {
      port: 0,
    });
  });
  afterAll(() => server.close());

  it.each(['/.well-known/oauth-protected-resource', '/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-protected-resource/api/mcp'])(
    '%s serves RFC 9728 metadata with CORS',
    async (p) => {
      const a = await call(`${server.url}${p}`, { headers: { origin: 'https://app.example' } });
      expect(a.status).toBe(200);
      expect(json(a)).toEqual({
        resource: 'https://vmcp.example/api/mcp',
        authorization_servers: ['https://idp.example'],
        bearer_methods_supported: ['header'],
        scopes_supported: ['openid', 'tools'],
      });
      expect(a.headers['access-control-allow-origin']).toBe('https://app.example');
    },
  );

  it('answers the CORS preflight with 204', async () => {
    const a = await call(`${server.url}/.well-known/oauth-protected-resource`, { method: 'OPTIONS' });
    expect(a.status).toBe(204);
    expect(a.headers['access-control-allow-methods']).toBe('GET, OPTIONS');
  });

  it('points resource_metadata at the configured resource', async () => {
    const a = await call(`${server.url}/mcp`);
    expect(a.status).toBe(401);
    expect(a.headers['www-authenticate']).toBe(
      'Bearer realm="https://idp.example", resource_metadata="https://vmcp.example/.well-known/oauth-protected-resource/api/mcp", scope="openid tools", error="invalid_request", error_description="authorization header required"',
    );
  });


  it('serves Prometheus metrics counting requests by handler', async () => {
    await call(`${server.url}/health`);
    await call(`${server.url}/mcp`);
    const a = await call(`${server.url}/metrics`);
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toContain('text/plain');
    expect(a.body).toMatch(/vmcp_http_requests_total\{handler="health",method="GET",status="200"\} \d+/);
    expect(a.body).toContain('vmcp_http_requests_total{handler="mcp",method="GET",status="401"}');
  });

  it('without resource, derives it from the origin the client used', async () => {
    const s = await startServer(oidcPlan('https://idp.example'), { port: 0 });
    try {
      const a = await call(`${s.url}/.well-known/oauth-protected-resource`, { headers: { host: 'vmcp.local:8443' } });
      expect(json(a)).toMatchObject({ resource: 'http://vmcp.local:8443/mcp', scopes_supported: ['openid'] });
      const b = await call(`${s.url}/mcp`, { headers: { host: 'bad"host' } });
      expect(b.headers['www-authenticate']).toContain(`resource_metadata="${s.url}/.well-known/oauth-protected-resource/mcp"`);
    } finally {
      await s.close();
    }
  });
});

describe('a route whose handler was not provided, behind OIDC', () => {
  it('challenges first, and answers 501 once the caller is authenticated', async () => {
    const issuer = await startTestIssuer();
    const s = await startServer(oidcPlan(issuer.issuer), { port: 0 });
    try {
      expect((await call(`${s.url}/mcp`, { method: 'POST' })).status).toBe(401);
      const a = await call(`${s.url}/mcp`, { method: 'POST', headers: { authorization: `Bearer ${await issuer.sign()}` } });
      expect([a.status, a.body]).toEqual([501, '{"error":"not_implemented"}']);
    } finally {
      await s.close();
      await issuer.close();
    }
  });
});

describe('handlers and shutdown', () => {
  it('answers 501 {"error":"not_implemented"} for a route without a handler', async () => {
    const s = await startServer(anonymousPlan(), { port: 0 });
    try {
      const a = await call(`${s.url}/mcp`, { method: 'POST' });
      expect([a.status, a.body]).toEqual([501, '{"error":"not_implemented"}']);
    } finally {
      await s.close();
    }
  });

  it('answers 500 without details when a handler throws', async () => {
    const s = await startServer(anonymousPlan(), { port: 0, handlers: { mcp: () => Promise.reject(new Error('secret detail')) } });
    try {
      const a = await call(`${s.url}/mcp`);
      expect([a.status, a.body]).toEqual([500, '{"error":"internal_error"}']);
    } finally {
      await s.close();
    }
  });

  it('close() lets an in-flight request finish, refuses new connections, then resolves', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const slow: RouteHandler = async (_req, res) => {
      entered();
      await gate;
      res.writeHead(200).end('done');
    };
    const s = await startServer(anonymousPlan(), { port: 0, handlers: { mcp: slow } });
    const pending = call(`${s.url}/mcp`);
    await inside;
    let closed = false;
    const closing = s.close().then(() => (closed = true));
    // Refused: close() has begun; still open: it waits for the request in flight.
    await expect(call(`${s.url}/health`)).rejects.toThrow();
    expect(closed).toBe(false);
    release();
    const a = await pending;
    expect([a.status, a.body]).toEqual([200, 'done']);
    await closing;
    expect(closed).toBe(true);
  });

  it('close() ends at once connections carrying no request: idle keep-alive ones and ones that never sent one', async () => {
    const s = await startServer(anonymousPlan(), { port: 0 });
    const agent = new Agent({ keepAlive: true });
    const idle = await new Promise<Socket>((resolve, reject) => {
      get(`${s.url}/health`, { agent }, (res) => {
        const socket = res.socket;
        res.resume();
        res.on('end', () => resolve(socket));
      }).on('error', reject);
    });
    // A connection that sends nothing, as fetch leaves after a client aborts a stream.
    const silent = connect(s.port, '127.0.0.1');
    await new Promise((r) => silent.once('connect', r));
    // The server accepts connections in the order they came: once a later one is answered, it holds this one.
    expect((await call(`${s.url}/health`)).status).toBe(200);
    const closed = (sock: Socket) => new Promise<void>((r) => (sock.destroyed ? r() : sock.once('close', () => r())));
    const t = performance.now();
    await s.close();
    await Promise.all([closed(idle), closed(silent)]);
    // A guard against waiting on them (the 10 s headers timeout, the 5 s keep-alive), not a measurement.
    expect(performance.now() - t).toBeLessThan(2000);
    agent.destroy();
  });

  it('cuts requests that outlive the drain timeout', async () => {
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const never: RouteHandler = () => (entered(), new Promise(() => {}));
    const s = await startServer(anonymousPlan(), { port: 0, handlers: { mcp: never }, drainTimeoutMs: 100 });
    const pending = call(`${s.url}/mcp`).catch((e: Error) => e);
    await inside;
    await s.close();
    expect(await pending).toBeInstanceOf(Error);
  });

  /** Sends `text` and never the rest; resolves with what the server answered before closing. */
  const stall = (port: number, text: string) =>
    new Promise<string>((resolve) => {
      const sock = connect(port, '127.0.0.1', () => sock.write(text));
      let data = '';
      sock.on('data', (d) => (data += d.toString()));
      sock.on('close', () => resolve(data));
    });

  it('answers 408 when the headers do not arrive in time', async () => {
    const s = await startServer(anonymousPlan(), { port: 0, limits: { headersTimeoutMs: 200, requestTimeoutMs: 300 } });
    try {
      expect(await stall(s.port, 'GET /health HTTP/1.1\r\nHost: x\r\n')).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await s.close();
    }
  });

  it('answers 408 when the body does not arrive within the request timeout', async () => {
    const s = await startServer(anonymousPlan(), { port: 0, handlers: { mcp: readBody }, limits: { headersTimeoutMs: 200, requestTimeoutMs: 400 } });
    try {
      expect(await stall(s.port, 'POST /mcp HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab')).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await s.close();
    }
  });

  it('reports a port in use as a listen error', async () => {
    const s = await startServer(anonymousPlan(), { port: 0 });
    try {
      await expect(startServer(anonymousPlan(), { port: s.port })).rejects.toMatchObject({ code: 'VMCP_LISTEN_FAILED' });
    } finally {
      await s.close();
    }
  });
});
