/**
 * mcp-hub, the peer bench:gateway compares vmcp with, run as its own CLI runs it (same arguments), but on
 * 127.0.0.1 only: it listens on all interfaces, which nothing in a benchmark here may do, so listen() is
 * pinned to loopback before mcp-hub loads.
 */
import { createRequire } from 'node:module';
import net from 'node:net';

const listen = net.Server.prototype.listen as (this: net.Server, ...args: unknown[]) => net.Server;
net.Server.prototype.listen = function (this: net.Server, ...args: unknown[]) {
  const port = typeof args[0] === 'number' || typeof args[0] === 'string' ? Number(args[0]) : 0;
  return listen.call(this, port, '127.0.0.1', args.find((a) => typeof a === 'function'));
} as typeof net.Server.prototype.listen;

const entry = createRequire(import.meta.url).resolve('mcp-hub');
process.argv = [process.argv[0]!, entry, ...process.argv.slice(2)];
await import(entry);
