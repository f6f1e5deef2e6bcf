/**
 * An address where every connection is dropped at once: for "the peer is down" tests, without borrowing a
 * port that something else may take (it listens on 127.0.0.1 port 0 for as long as the test needs it).
 */
import { createServer } from 'node:net';

export interface RefusingServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Connections dropped so far. */
  connections(): number;
  close(): Promise<void>;
}

export async function listenRefusing(): Promise<RefusingServer> {
  let count = 0;
  const server = createServer((socket) => {
    count++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connections: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
