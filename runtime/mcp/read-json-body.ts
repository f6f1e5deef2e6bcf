/**
 * The body of a POST to the MCP endpoint, read once and parsed once: the size limit applies as it arrives,
 * and the JSON depth limit (json-depth.ts) before anything parses it, whichever serves the request then. The
 * answers to a body that cannot be taken are the SDK transport's own, word for word. Read by hand from the
 * node stream: the SDK's readers take a web-standard Request, whose making costs more than the reading.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_MAX_REQUEST_BODY_SIZE } from '@modelcontextprotocol/server';
import { exceedsJsonDepth, refuseTooDeep } from './json-depth.js';
import { writeJsonRpcError } from './write-response.js';

export interface JsonBody {
  text: string;
  value: unknown;
}

/** The body as received and parsed; null when it could not be taken and an answer was written. */
export async function readJsonBody(req: IncomingMessage, res: ServerResponse, maxDepth: number): Promise<JsonBody | null> {
  const text = await readText(req, DEFAULT_MAX_REQUEST_BODY_SIZE);
  if (text === null) {
    writeJsonRpcError(res, 413, -32000, `Payload Too Large: Request body must not exceed ${DEFAULT_MAX_REQUEST_BODY_SIZE} bytes`);
    return null;
  }
  if (exceedsJsonDepth(text, maxDepth)) {
    refuseTooDeep(res, text, maxDepth);
    return null;
  }
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    writeJsonRpcError(res, 400, -32700, 'Parse error: Invalid JSON');
    return null;
  }
}

/** The body as text up to `maxBytes`; null when it is larger (the rest is drained, not kept). */
function readText(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    // `on`, not `once`: a request ends or fails once, and the wrapper `once` makes is not free on every request.
    req.on('end', () => resolve(size > maxBytes ? null : chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
