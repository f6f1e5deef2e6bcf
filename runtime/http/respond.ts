/**
 * Every JSON answer vmcp writes itself (built-in handlers, auth refusals, the auth server's endpoints): a
 * fixed header set, so recorded transcripts stay byte-stable. The caller's headers go first, and the
 * content headers always win.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

export const notFound = (res: ServerResponse): void => sendJson(res, 404, { error: 'not_found' });

/** Built-in handlers answer GET and HEAD only. Returns false after answering 405. */
export function allowRead(method: string | undefined, res: ServerResponse, extra: readonly string[] = []): boolean {
  if (method === 'GET' || method === 'HEAD' || (method !== undefined && extra.includes(method))) return true;
  sendJson(res, 405, { error: 'method_not_allowed' }, { allow: ['GET', 'HEAD', ...extra].join(', ') });
  return false;
}
