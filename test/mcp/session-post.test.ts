/**
 * The 2025 session wire to a backend (session-post.ts, backend-transport.ts) against a plain node:http peer
 * that answers in each way the spec allows, and badly: calls made without the SDK client, and messages the
 * SDK client sends on the session.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pool } from 'undici';
import { StreamableHTTPClientTransport, type JSONRPCMessage } from '@modelcontextprotocol/client';
import { BackendTransport } from '../../runtime/backends/backend-transport.js';
import { SessionExpiredError } from '../../runtime/backends/session-post.js';
import { listenLoopback, type LoopbackBackend } from '../fixtures/listen.js';

type Answer = (req: IncomingMessage, res: ServerResponse, id: string) => void;
const sse = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/event-stream' });
const event = (m: unknown) => `event: message\ndata: ${JSON.stringify(m)}\n\n`;
const LOG = { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x' } };

const answers: Record<string, Answer> = {
  json: (_q, res, id) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id, result: { ok: 1 } })),
  // A priming event (id, empty data), an event of another type, a notification, then the answer split
  // across two writes with CRLF line ends.
  stream: (_q, res, id) => {
    sse(res);
    res.write('id: 1\ndata: \n\n');
    res.write(`event: other\ndata: ${JSON.stringify({ jsonrpc: '2.0', id, result: { wrong: 1 } })}\n\n`);
    res.write(event(LOG));
    const answer = `data: ${JSON.stringify({ jsonrpc: '2.0', id, result: { ok: 2 } })}\r\n\r\n`;
    res.write(answer.slice(0, 10));
    // The rest a moment later, so it arrives as a chunk of its own: a backend that pauses mid-event is the case.
    setTimeout(() => res.end(answer.slice(10)), 20);
  },
  // Answers, then keeps the stream open: the caller must not wait for the end.
  open: (_q, res, id) => {
    sse(res);
    res.write(event({ jsonrpc: '2.0', id, result: { ok: 3 } }));
  },
  ended: (_q, res) => (sse(res), res.end(event(LOG))),
  error: (_q, res, id) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id, error: { code: -32602, message: 'bad args', data: { why: 1 } } })),
  garbage: (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{nope'),
  gone: (_q, res) => res.writeHead(404).end(),
  refused: (_q, res) => res.writeHead(403).end(),
  silent: () => {},
  'notifications/cancelled': (_q, res) => res.writeHead(202).end(),
};

describe('the 2025 session wire to a backend', () => {
  let peer: LoopbackBackend;
  let pool: Pool;
  const seen: { method: string; headers: IncomingMessage['headers'] }[] = [];
  beforeAll(async () => {
    peer = await listenLoopback(
      createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          const { id, method } = JSON.parse(body) as { id: string; method: string };
          seen.push({ method, headers: req.headers });
          answers[method]!(req, res, id);
        });
      }),
    );
    pool = new Pool(new URL(peer.url).origin);
  });
  afterAll(async () => {
    await pool.destroy();
    await peer.close();
  });

  /** A transport on session `sessionId` (none: a server without sessions); what reached the SDK client. */
  function transport(sessionId: string | null = 's1') {
    const sdk = new StreamableHTTPClientTransport(new URL(peer.url), sessionId === null ? {} : { sessionId });
    sdk.setProtocolVersion('2025-11-25');
    const t = new BackendTransport(sdk, { dispatcher: pool, path: '/mcp', backend: 'b', credentials: () => ({ authorization: 'Bearer t' }) });
    const delivered: JSONRPCMessage[] = [];
    t.onmessage = (m) => void delivered.push(m);
    t.establish();
    return { t, delivered };
  }

  it('reads the answer from JSON and from an SSE stream, handing other messages to the SDK client', async () => {
    const { t, delivered } = transport();
    expect(await t.call('json', {}, 2000)).toEqual({ ok: 1 });
    expect(await t.call('stream', {}, 2000)).toEqual({ ok: 2 });
    expect(delivered).toEqual([LOG]);
    expect(await t.call('open', {}, 5000)).toEqual({ ok: 3 });
    expect(seen.at(-1)!.headers).toMatchObject({ 'mcp-session-id': 's1', 'mcp-protocol-version': '2025-11-25', authorization: 'Bearer t' });
  });

  it('hands messages besides the answer to the calling client when its relay takes them', async () => {
    const { t, delivered } = transport();
    const logged: unknown[] = [];
    expect(await t.call('stream', {}, 2000, { log: (p) => void logged.push(p) })).toEqual({ ok: 2 });
    expect([logged, delivered]).toEqual([[LOG.params], []]);
  });

  it('passes a JSON-RPC error on as the backend sent it', async () => {
    await expect(transport().t.call('error', {}, 2000)).rejects.toMatchObject({ code: -32602, message: 'bad args', data: { why: 1 } });
  });

  it('refuses garbage and a stream without the answer, reports an expired session, and times out', async () => {
    const { t } = transport();
    await expect(t.call('garbage', {}, 2000)).rejects.toMatchObject({ code: 'VMCP_BACKEND_BAD_RESPONSE', backend: 'b' });
    await expect(t.call('ended', {}, 2000)).rejects.toMatchObject({ code: 'VMCP_BACKEND_BAD_RESPONSE', backend: 'b' });
    await expect(t.call('gone', {}, 2000)).rejects.toBeInstanceOf(SessionExpiredError);
    await expect(transport(null).t.call('gone', {}, 2000)).rejects.toMatchObject({ code: 'VMCP_BACKEND_UNAVAILABLE', message: 'backend "b" is unavailable (HTTP 404)' });
    await expect(t.call('refused', {}, 2000)).rejects.toMatchObject({ code: 'VMCP_BACKEND_AUTH' });
    await expect(t.call('silent', {}, 200)).rejects.toMatchObject({ code: 'VMCP_BACKEND_TIMEOUT', message: 'backend "b" did not answer in time' });
    // The backend is told to stop working on the request it did not answer in time.
    await expect.poll(() => seen.at(-1)!.method).toBe('notifications/cancelled');
  });

  it("posts the SDK client's messages on the session and hands it what comes back", async () => {
    const { t, delivered } = transport();
    await t.send({ jsonrpc: '2.0', id: 7, method: 'json' } as JSONRPCMessage);
    expect(delivered).toEqual([{ jsonrpc: '2.0', id: 7, result: { ok: 1 } }]);
    await expect(t.send({ jsonrpc: '2.0', id: 8, method: 'gone' } as JSONRPCMessage)).rejects.toBeInstanceOf(SessionExpiredError);
  });
});
