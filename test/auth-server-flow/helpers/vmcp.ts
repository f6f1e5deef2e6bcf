import { createServer, type Server } from 'node:http';
import type { RequestContext, RuntimePlan } from '../../../runtime/contract.js';
import type { OAuthFlow } from '../../../runtime/auth-server/flow/index.js';

/** A loopback HTTP server that mounts one flow's handlers where the lead's dispatcher will. */
export interface FlowServer {
  origin: string;
  mount(flow: OAuthFlow): void;
  stop(): Promise<void>;
}

export async function startFlowServer(): Promise<FlowServer> {
  let flow: OAuthFlow | null = null;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const handler = flow === null ? undefined : ({ '/oauth/authorize': flow.authorize, '/oauth/consent': flow.consent, '/oauth/callback': flow.callback, '/oauth/token': flow.token } as Record<string, OAuthFlow['token']>)[path];
    if (handler === undefined) {
      res.writeHead(404).end();
      return;
    }
    // The flow handlers take everything from their factory; the router's context is passed as it would be.
    const ctx: RequestContext = { plan: {} as RuntimePlan, identity: null, origin, path };
    void Promise.resolve(handler(req, res, ctx)).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    mount(f) {
      flow = f;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
