/**
 * Which of a node:http server's connections are carrying a request, so shutdown can end the others at
 * once. node's own closeIdleConnections() is not enough: it skips a connection that has not sent a request
 * yet (its headers timer runs from connect), and fetch (undici) opens exactly such a connection after a
 * client aborts a stream (as the MCP SDK client does with its GET stream on close), then keeps it until its
 * own idle timeout. server.close() waited for that connection: about 4 s, or the whole drain limit.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface Connections {
  /** Ends every connection with no response in progress, now and as each remaining response completes. */
  drain(): void;
  /** Cuts every connection still open. */
  cutAll(): void;
}

export function trackConnections(server: Server): Connections {
  // Responses in progress per open connection (more than one only when a client pipelines).
  const open = new Map<Socket, number>();
  let draining = false;

  server.on('connection', (socket: Socket) => {
    open.set(socket, 0);
    socket.once('close', () => open.delete(socket));
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    const inProgress = open.get(socket);
    if (inProgress === undefined) return; // already closed
    open.set(socket, inProgress + 1);
    res.once('close', () => {
      const inProgress = open.get(socket);
      if (inProgress === undefined) return; // the connection closed first
      const left = inProgress - 1;
      open.set(socket, left);
      // 'close' follows 'finish', when the response has been handed to the kernel, so nothing is lost.
      if (draining && left === 0) socket.destroy();
    });
  });

  return {
    drain() {
      draining = true;
      for (const [socket, inProgress] of open) if (inProgress === 0) socket.destroy();
    },
    cutAll() {
      for (const socket of open.keys()) socket.destroy();
    },
  };
}
