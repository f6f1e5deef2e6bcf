/**
 * A backend that answers with values nested too deeply to write out again: enough 2025 MCP by hand
 * (plain JSON and SSE answers, no session) to be listed, then tool `deep_result` answers a result nested
 * `levels` deep, tool `deep_log` sends a log message nested that deep before a normal answer, and tool
 * `plain` answers normally. The official SDK server cannot produce these (it would fail to serialise
 * them itself), hence the hand-written wire.
 */
import { createServer } from 'node:http';
import { listenLoopback, type LoopbackBackend } from '../../fixtures/listen.js';
import { deepArray } from './mcp-callers.js';

export function startDeepBackend(levels: number): Promise<LoopbackBackend> {
  const deep = deepArray(levels);
  const http = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.method !== 'POST') return void res.writeHead(405).end();
      const msg = JSON.parse(body) as { id?: number | string; method: string; params?: { name?: string; protocolVersion?: string } };
      if (msg.id === undefined) return void res.writeHead(202).end();
      const id = JSON.stringify(msg.id);
      const json = (text: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(text);
      const result = (r: unknown) => json(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result: r }));
      const schema = { type: 'object', properties: {} };
      switch (msg.method) {
        case 'initialize':
          return result({ protocolVersion: msg.params?.protocolVersion, capabilities: { tools: {}, logging: {} }, serverInfo: { name: 'deep', version: '1' } });
        case 'tools/list':
          return result({ tools: ['deep_result', 'deep_log', 'plain'].map((name) => ({ name, inputSchema: schema })) });
        case 'tools/call':
          if (msg.params?.name === 'deep_result') return json(`{"jsonrpc":"2.0","id":${id},"result":{"content":[],"structuredContent":{"x":${deep}}}}`);
          if (msg.params?.name === 'deep_log') {
            res.writeHead(200, { 'content-type': 'text/event-stream' });
            res.write(`event: message\ndata: {"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":${deep}}}\n\n`);
            res.write(`event: message\ndata: {"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"shallow"}}\n\n`);
            return void res.end(`event: message\ndata: {"jsonrpc":"2.0","id":${id},"result":{"content":[{"type":"text","text":"logged"}]}}\n\n`);
          }
          return result({ content: [{ type: 'text', text: 'plain' }] });
        default:
          return json(JSON.stringify({ jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } }));
      }
    });
  });
  return listenLoopback(http);
}
