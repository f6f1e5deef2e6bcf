/** The direct POST to a backend against a plain node:http peer that answers in each way the spec allows, and badly. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pool } from 'undici';
import { postJsonRpc, SessionExpiredError } from '../../runtime/backends/json-rpc-post.js';
import { SseReader } from '../../runtime/backends/sse-reader.js';

type Answer = (req: IncomingMessage, res: ServerResponse, id: string) => void;
const sse = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/event-stream' });
const event = (m: unknown) => `event: message\ndata: ${JSON.stringify(m)}\n\n`;

const answers: Record<string, Answer> = {
  json: (_q, res, id) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id, result: { ok: 1 } })),
  // A notification first, the answer split across two writes with CRLF line ends.
  stream: (_q, res, id) => {
    sse(res);
    res.write(event({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x' } }));
    const answer = `data: ${JSON.stringify({ jsonrpc: '2.0', id, result: { ok: 2 } })}\r\n\r\n`;
    res.write(answer.slice(0, 10));
    setTimeout(() => res.end(answer.slice(10)), 20);
  },
  // Answers, then keeps the stream open: the caller must not wait for the end.
  open: (_q, res, id) => {
    sse(res);
    res.write(event({ jsonrpc: '2.0', id, result: { ok: 3 } }));
  },
  ended: (_q, res) => (sse(res), res.end(event({ jsonrpc: '2.0', method: 'notifications/message', params: {} }))),
  error: (_q, res, id) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id, error: { code: -32602, message: 'bad args', data: { why: 1 } } })),
  gone: (_q, res) => res.writeHead(404).end(),
  silent: () => {},
};

describe('postJsonRpc', () => {
  let pool: Pool;
  let close: () => Promise<void>;
  let other: unknown[];
  beforeAll(async () => {
    const http = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const { id, method } = JSON.parse(body) as { id: string; method: string };
        answers[method]!(req, res, id);
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    pool = new Pool(`http://127.0.0.1:${(http.address() as AddressInfo).port}`);
    close = async () => {
      await pool.destroy();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    };
  });
  afterAll(() => close());

  const post = (method: string, timeoutMs = 2000, session = true) => {
    other = [];
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(session ? { 'mcp-session-id': 's1' } : {}) };
    return postJsonRpc({ dispatcher: pool, path: '/mcp', headers, backend: 'b', timeoutMs, onOther: (m) => void other.push(m) }, 'vmcp-1', method, {});
  };

  it('reads the answer from JSON and from an SSE stream, handing other messages on', async () => {
    expect(await post('json')).toEqual({ ok: 1 });
    expect(await post('stream')).toEqual({ ok: 2 });
    expect(other).toEqual([{ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x' } }]);
    expect(await post('open', 5000)).toEqual({ ok: 3 });
  });

  it('passes a JSON-RPC error on as the backend sent it', async () => {
    await expect(post('error')).rejects.toMatchObject({ code: -32602, message: 'bad args', data: { why: 1 } });
  });

  it('refuses a stream without the answer, reports an expired session, and times out', async () => {
    await expect(post('ended')).rejects.toMatchObject({ code: 'VMCP_BACKEND_BAD_RESPONSE', backend: 'b' });
    await expect(post('gone')).rejects.toBeInstanceOf(SessionExpiredError);
    await expect(post('gone', 2000, false)).rejects.toMatchObject({ code: 'VMCP_BACKEND_UNAVAILABLE', message: 'backend "b" is unavailable (HTTP 404)' });
    await expect(post('silent', 200)).rejects.toMatchObject({ code: 'VMCP_BACKEND_TIMEOUT', message: 'backend "b" did not answer in time' });
  });
});

describe('SseReader', () => {
  it('joins data lines, ignores other fields and comments, and keeps a line cut between chunks', () => {
    const r = new SseReader();
    expect(r.push(': comment\nevent: message\nid: 7\ndata: {"a":')).toEqual([]);
    expect(r.push('1}\ndata:second\n\nretry: 5\n\n')).toEqual(['{"a":1}\nsecond']);
    expect(r.push('data: x\r')).toEqual([]);
    expect(r.push('\n\r\n')).toEqual(['x']);
  });
});
