import type { IncomingMessage } from 'node:http';
import { readBody } from '../http/body-limit.js';
import { OAuthError } from './oauth-errors.js';

/**
 * A request body of at most `limit` bytes (../http/body-limit.ts), its failures as the OAuth errors the
 * endpoint answers: 413 for an excess, with `Connection: close` to end the exchange, since the rest of the
 * body is not read.
 */
export async function readOAuthBody(req: IncomingMessage, limit: number, errorCode: 'invalid_request' | 'invalid_client_metadata'): Promise<Buffer> {
  let body: Buffer | null;
  try {
    body = await readBody(req, limit);
  } catch {
    throw new OAuthError(errorCode, 'the request body could not be read');
  }
  if (body === null) throw new OAuthError(errorCode, `request body is larger than ${limit} bytes`, 413, { Connection: 'close' });
  return body;
}

/** The media type without parameters, lower-cased. */
export const mediaType = (req: IncomingMessage): string => (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
