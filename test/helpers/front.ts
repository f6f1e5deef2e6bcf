/**
 * A TCP front for a server whose public origin must be known before it starts: a Mode B issuer names its
 * own port, while `vmcp serve --port 0` picks one when it listens. The front listens first (port 0),
 * the config is written with its origin, and each connection is piped to the server once it is up, as
 * an L4 load balancer would. Bytes pass unchanged, so the server sees the Host the client sent.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface Front {
  /** http://127.0.0.1:PORT, the origin clients use. */
  origin: string;
  /** Where connections go from now on (the server's own URL). */
  forwardTo(url: string): void;
  close(): Promise<void>;
}

export async function listenFront(): Promise<Front> {
  let target: { host: string; port: number } | null = null;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    if (target === null) return client.destroy();
    const upstream = connect(target);
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.once('error', end);
    upstream.once('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    forwardTo(url) {
      const u = new URL(url);
      target = { host: u.hostname, port: Number(u.port) };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
