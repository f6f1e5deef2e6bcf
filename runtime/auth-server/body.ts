import type { IncomingMessage } from 'node:http';
import { OAuthError } from './oauth-errors.js';

/**
 * Reads a request body of at most `limit` bytes. A declared or actual excess answers 413 without
 * buffering more: the rest of the body is discarded as it arrives (destroying the request would reset the
 * socket before the client could read the answer) and `Connection: close` ends the exchange.
 */
export function readBody(req: IncomingMessage, limit: number, errorCode: 'invalid_request' | 'invalid_client_metadata'): Promise<Buffer> {
  const tooLarge = () => new OAuthError(errorCode, `request body is larger than ${limit} bytes`, 413, { Connection: 'close' });
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.resume();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    // A client that goes away mid-body must not leave this promise pending (after 'end' these are no-ops).
    const broken = () => reject(new OAuthError(errorCode, 'the request body could not be read'));
    req.once('error', broken);
    req.once('close', broken);
  });
}

/** The media type without parameters, lower-cased. */
export const mediaType = (req: IncomingMessage): string => (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
