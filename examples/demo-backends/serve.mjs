// Serves one small MCP server (official SDK, 2026-07-28 and 2025 stateless) on 127.0.0.1:<port>/mcp.
import { createServer } from 'node:http';
import { localhostHostValidation, localhostOriginValidation, toNodeHandler } from '@modelcontextprotocol/node';
import { createMcpHandler, fromJsonSchema, McpServer } from '@modelcontextprotocol/server';

export const schema = (properties = {}, required = []) => fromJsonSchema({ type: 'object', properties, required });
export const text = (value) => ({ content: [{ type: 'text', text: value }] });

/** `register(server)` adds the tools; resolves with a `close()` once listening. */
export async function serveDemo(name, port, register) {
  const handler = toNodeHandler(
    createMcpHandler(() => {
      const server = new McpServer({ name, version: '1.0.0' });
      register(server);
      return server;
    }),
  );
  const validHost = localhostHostValidation();
  const validOrigin = localhostOriginValidation();
  const http = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/mcp') return void res.writeHead(404).end();
    if (!validHost(req, res) || !validOrigin(req, res)) return;
    void handler(req, res);
  });
  await new Promise((resolve, reject) => {
    http.once('error', (e) => reject(new Error(`demo backend ${name} cannot listen on 127.0.0.1:${port}: ${e.code ?? e.message}`)));
    http.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${http.address().port}/mcp`,
    close: () => new Promise((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    }),
  };
}
