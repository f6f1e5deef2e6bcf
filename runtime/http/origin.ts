/**
 * The origin the client used, for absolute URLs in answers (RFC 9728 metadata, WWW-Authenticate). From
 * the Host header when it is a plain host[:port]; otherwise the listening address, so a crafted Host
 * cannot inject text into headers or documents. Forwarded headers are not trusted: nothing in the plan
 * says which proxy to trust; deployments behind one set `resource` instead.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export function requestOrigin(req: IncomingMessage, fallbackHost: string): string {
  const scheme = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const host = req.headers.host;
  return `${scheme}://${host !== undefined && HOST.test(host) ? host : fallbackHost}`;
}
