import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A real HTTP server on 127.0.0.1:0 standing in for a client's web host. Each path answers with the
 * handler set for it (404 otherwise); requests and TCP connections are counted so tests can show that
 * a refused fetch never reached it.
 */
export class DocServer {
  private readonly handlers = new Map<string, Handler>();
  private readonly server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    this.requests.push(path);
    const handler = this.handlers.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  readonly requests: string[] = [];
  connections = 0;
  /** Connections open right now. */
  open = 0;
  port = 0;

  async listen(): Promise<void> {
    this.server.on('connection', (socket) => {
      this.connections++;
      this.open++;
      socket.on('close', () => this.open--);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** The http://127.0.0.1 URL of `path`. */
  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  on(path: string, handler: Handler): void {
    this.handlers.set(path, handler);
  }

  /** Serves `body` as JSON at `path` with extra headers. */
  json(path: string, body: unknown, headers: Record<string, string> = {}): void {
    this.on(path, (_req, res) => res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body)));
  }

  count(path: string): number {
    return this.requests.filter((p) => p === path).length;
  }

  reset(): void {
    this.handlers.clear();
    this.requests.length = 0;
    this.connections = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A valid public-client document for `clientId`, with overrides. */
export const documentFor = (clientId: string, over: Record<string, unknown> = {}): Record<string, unknown> => ({
  client_id: clientId,
  client_name: 'Test MCP Client',
  redirect_uris: ['http://127.0.0.1/callback', 'https://client.example/cb'],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  token_endpoint_auth_method: 'none',
  ...over,
});

export const SCOPES = ['openid', 'profile', 'offline_access'] as const;
