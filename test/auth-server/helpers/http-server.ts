import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RouteHandler, RuntimePlan } from '../../../runtime/contract.js';

export interface TestRoute {
  path: string;
  match: 'exact' | 'prefix';
  handler: RouteHandler;
}

/**
 * A node:http server on 127.0.0.1:0 that routes like the plan's route table (exact, or prefix = the path
 * or below it). Routes are set after listening because the issuer URL depends on the port.
 */
export class TestHttpServer {
  private routes: TestRoute[] = [];
  private plan: RuntimePlan | null = null;
  private readonly server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = this.routes.find((r) => r.path === path || (r.match === 'prefix' && path.startsWith(`${r.path}/`)));
    if (!route || !this.plan) {
      res.writeHead(404).end();
      return;
    }
    Promise.resolve(route.handler(req, res, { plan: this.plan, identity: null, origin: this.origin, path })).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  origin = '';

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.origin;
  }

  mount(plan: RuntimePlan, routes: TestRoute[]): void {
    this.plan = plan;
    this.routes = routes;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
