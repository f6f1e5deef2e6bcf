/**
 * The body of a POST on a 2025-era session, read and parsed by vmcp rather than by the SDK transport, so
 * that the JSON depth limit applies before anything parses it, whichever of the direct path or the SDK
 * server then serves the request (both take the parsed value). The answers to a body that cannot be taken
 * are the SDK transport's own, word for word, so clients see no difference.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_MAX_REQUEST_BODY_SIZE, isJsonContentType } from '@modelcontextprotocol/server';
import { exceedsJsonDepth, refuseTooDeep } from './json-depth.js';
import { readBody } from './read-body.js';
import { writeJsonRpcError } from './write-response.js';

/**
 * Whether the SDK transport would read this POST's body: it refuses a wrong Accept or Content-Type first
 * (406, 415) without reading anything, and those answers stay its own.
 */
export function transportReadsBody(req: IncomingMessage): boolean {
  const accept = req.headers.accept;
  if (accept === undefined || !accept.includes('application/json') || !accept.includes('text/event-stream')) return false;
  const type = req.headers['content-type'];
  return type !== undefined && isJsonContentType(type);
}

/** The parsed body; null when it could not be taken and an answer was written. */
export async function readSessionBody(req: IncomingMessage, res: ServerResponse, maxDepth: number): Promise<{ value: unknown } | null> {
  const text = await readBody(req, DEFAULT_MAX_REQUEST_BODY_SIZE);
  if (text === null) {
    writeJsonRpcError(res, 413, -32000, `Payload Too Large: Request body must not exceed ${DEFAULT_MAX_REQUEST_BODY_SIZE} bytes`);
    return null;
  }
  if (exceedsJsonDepth(text, maxDepth)) {
    refuseTooDeep(res, text, maxDepth);
    return null;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    writeJsonRpcError(res, 400, -32700, 'Parse error: Invalid JSON');
    return null;
  }
}
