/**
 * Request body limits, in one module (node:http has none):
 * - the server's limit for every route (server.ts): a declared Content-Length over it is refused before
 *   any handler runs, and a chunked body is counted as it arrives;
 * - readBody, a handler's own read of a body it needs whole, up to its own (smaller) limit.
 */
import type { IncomingMessage } from 'node:http';
import { RuntimeError } from '../errors.js';

/** True when the declared length already exceeds the limit. */
export function declaredTooLarge(req: IncomingMessage, maxBytes: number): boolean {
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) > maxBytes;
}

/**
 * Calls `onExceeded` once, when more than `maxBytes` body bytes have arrived, and drops the rest.
 * Counting happens where node's HTTP parser hands bytes to the request stream (`push`), so it holds
 * however a handler reads the body (events, pipe, async iteration, or a library such as the MCP SDK's
 * transport) and without buffering it: no public hook sees the bytes first without taking them from
 * the handler (a 'data' listener would).
 */
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

/**
 * The whole body, or null as soon as it is known to exceed `maxBytes` (declared or as it arrives): the
 * caller answers 413 at once, and the rest of the body is discarded as it arrives rather than kept
 * (destroying the request would reset the socket before the client could read the answer). Rejects with
 * VMCP_BODY_UNREADABLE when the client goes away mid-body, so no caller waits forever.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (declaredTooLarge(req, maxBytes)) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.resume();
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    // After 'end' (or an early null) these settle nothing.
    const broken = () => reject(new RuntimeError('VMCP_BODY_UNREADABLE', 'the request body could not be read'));
    req.once('error', broken);
    req.once('close', broken);
  });
}
