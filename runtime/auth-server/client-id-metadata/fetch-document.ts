/**
 * GETs one client ID metadata document with the SSRF guard and hard limits. Separate from
 * runtime/http/guarded-fetch.ts because the draft asks for more: no redirects at all (that fetcher
 * reports them as a generic failure), a 5 KiB cap, one deadline for the whole exchange, a JSON media
 * type, and the response's caching headers.
 */
import { isIP } from 'node:net';
import { Agent, request, type Dispatcher } from 'undici';
import { isNonPublicAddress } from '../../http/address-policy.js';
import { guardedLookup } from '../../http/guarded-lookup.js';
import { freshnessSeconds } from './cache-control.js';
import { isLoopbackLiteral } from './client-id-url.js';
import { ClientMetadataError } from './errors.js';

export interface FetchedDocument {
  json: unknown;
  /** From Cache-Control and Age; null when the server did not say. */
  freshnessSeconds: number | null;
}

/** Fetches the document at a URL that client-id-url.ts has accepted. Throws ClientMetadataError. */
export type FetchDocument = (url: URL) => Promise<FetchedDocument>;

export interface DocumentFetcherOptions {
  /** For the whole exchange, connect to last byte. Default 5 s. */
  timeoutMs?: number;
  /** Default 5 KiB, the size the draft suggests. */
  maxBytes?: number;
}

export interface DocumentFetcher {
  fetchDocument: FetchDocument;
  close(): Promise<void>;
}

export function createDocumentFetcher(opts: DocumentFetcherOptions = {}): DocumentFetcher {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const maxBytes = opts.maxBytes ?? 5 * 1024;
  // Host names are checked inside the connection's own DNS lookup, so the address checked is the one
  // connected to; a pooled connection is reused only for the same origin, whose address passed.
  const agent = new Agent({ connect: { lookup: guardedLookup(refused), timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });

  async function fetchDocument(url: URL): Promise<FetchedDocument> {
    checkLiteralAddress(url);
    // headersTimeout and bodyTimeout restart on every byte; this bounds a server that drips.
    const signal = AbortSignal.timeout(timeoutMs);
    let res: Dispatcher.ResponseData;
    try {
      // undici's request never follows redirects. `reset` closes the connection after the answer: a kept-alive
      // socket per attacker-chosen origin would outlive the fetch limits (fetch-limits.ts), and a document
      // is fetched once per cache lifetime, so reuse would gain little.
      res = await request(url, { method: 'GET', dispatcher: agent, signal, reset: true, headers: { accept: 'application/json' } });
    } catch (e) {
      throw failure(e, signal);
    }
    try {
      return { json: await readDocument(res, maxBytes), freshnessSeconds: freshnessSeconds(res.headers) };
    } catch (e) {
      // Closes the connection without reading the rest; undici then emits an abort error nobody needs.
      res.body.on('error', () => undefined).destroy();
      throw failure(e, signal);
    }
  }
  return { fetchDocument, close: () => agent.close() };
}

async function readDocument(res: Dispatcher.ResponseData, maxBytes: number): Promise<unknown> {
  if (res.statusCode >= 300 && res.statusCode < 400) {
    throw new ClientMetadataError('CIMD_REDIRECT_REFUSED', `the server answered HTTP ${res.statusCode}; redirects are not followed, the document must be served at the client_id itself`);
  }
  if (res.statusCode !== 200) throw new ClientMetadataError('CIMD_FETCH_FAILED', `the server answered HTTP ${res.statusCode}`);
  const type = String(res.headers['content-type'] ?? '');
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ClientMetadataError('CIMD_NOT_JSON', 'the document must be served as application/json');
  const tooLarge = () => new ClientMetadataError('CIMD_TOO_LARGE', `the document is larger than ${maxBytes} bytes`);
  if (Number(res.headers['content-length'] ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ClientMetadataError('CIMD_NOT_JSON', 'the document is not valid JSON');
  }
}

/** IP literals skip DNS, so the lookup hook never sees them: check them here. http was limited to loopback literals. */
function checkLiteralAddress(url: URL): void {
  if (url.protocol === 'http:') {
    if (!isLoopbackLiteral(url.hostname)) throw new ClientMetadataError('CIMD_INSECURE_URL', 'http is allowed only on a loopback IP address');
    return;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && isNonPublicAddress(host)) throw refused(url.hostname, host);
}

const refused = (host: string, address: string): ClientMetadataError =>
  new ClientMetadataError('CIMD_ADDRESS_REFUSED', `${host} is or resolves to ${address}, which is not a globally reachable address (private, loopback, link-local or another special-purpose block)`);

const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Our own errors pass through (the lookup's refusal arrives wrapped); the deadline and the rest get a code. */
function failure(e: unknown, signal: AbortSignal): ClientMetadataError {
  for (let cur = e as { cause?: unknown } | undefined, i = 0; cur && i < 5; cur = cur.cause as typeof cur, i++) {
    if (cur instanceof ClientMetadataError) return cur;
  }
  const cause = (e as { cause?: { code?: string }; code?: string }).cause?.code ?? (e as { code?: string }).code;
  if (signal.aborted || (cause !== undefined && TIMEOUTS.has(cause))) return new ClientMetadataError('CIMD_TIMEOUT', 'the server did not deliver the document in time');
  return new ClientMetadataError('CIMD_FETCH_FAILED', `the fetch failed (${cause ?? 'network error'})`);
}
