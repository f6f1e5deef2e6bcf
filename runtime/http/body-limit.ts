/**
 * Request body size limit. node:http has none. A declared Content-Length over the limit is refused before
 * any handler runs; a chunked body is counted as it arrives. Counting happens where node's HTTP parser
 * hands bytes to the request stream (`push`), so it holds however a handler reads the body (events,
 * pipe, async iteration) and without buffering it.
 */
import type { IncomingMessage } from 'node:http';

/** True when the declared length already exceeds the limit. */
export function declaredTooLarge(req: IncomingMessage, maxBytes: number): boolean {
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) > maxBytes;
}

/** Calls `onExceeded` once, when more than `maxBytes` body bytes have arrived, and drops the rest. */
export function countBody(req: IncomingMessage, maxBytes: number, onExceeded: () => void): void {
  let seen = 0;
  let exceeded = false;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (exceeded) return false;
    if (chunk !== null && chunk !== undefined) {
      seen += (chunk as Buffer).length;
      if (seen > maxBytes) {
        exceeded = true;
        onExceeded();
        return false;
      }
    }
    return push(chunk, encoding);
  };
}
