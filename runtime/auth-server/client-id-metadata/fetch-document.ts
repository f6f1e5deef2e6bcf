/**
 * GETs one client ID metadata document with the guarded client (runtime/http/guarded-client.ts) and the
 * draft's limits: no redirects at all (a 3xx is refused by name), a 5 KiB cap, one deadline for the whole
 * exchange, a JSON media type, and the response's caching headers.
 */
import { isLoopbackAddress } from '../../../common/loopback.js';
import { createGuardedClient } from '../../http/guarded-client.js';
import { freshnessSeconds } from './cache-control.js';
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
  const client = createGuardedClient({
    refuse: refused,
    // http reaches only loopback IP literals (checkScheme), the development setting that allows it.
    exempt: (url) => url.protocol === 'http:',
    timeoutMs,
    maxBytes,
    tooLarge: () => new ClientMetadataError('CIMD_TOO_LARGE', `the document is larger than ${maxBytes} bytes`),
    // A document is fetched once per cache lifetime, so a kept-alive connection would gain little.
    closeConnections: true,
  });

  async function fetchDocument(url: URL): Promise<FetchedDocument> {
    checkScheme(url);
    // The client's timeouts restart on every byte; this bounds a server that drips.
    const signal = AbortSignal.timeout(timeoutMs);
    let res: Response | undefined;
    try {
      res = await client.fetch(url, { method: 'GET', signal, headers: { accept: 'application/json' } });
      const json = await readDocument(res);
      return { json, freshnessSeconds: freshnessSeconds({ 'cache-control': res.headers.get('cache-control') ?? undefined, age: res.headers.get('age') ?? undefined }) };
    } catch (e) {
      // Closes the connection without reading the rest.
      await res?.body?.cancel().catch(() => undefined);
      throw failure(e, signal);
    }
  }
  return { fetchDocument, close: () => client.close() };
}

async function readDocument(res: Response): Promise<unknown> {
  if (res.status >= 300 && res.status < 400) {
    throw new ClientMetadataError('CIMD_REDIRECT_REFUSED', `the server answered HTTP ${res.status}; redirects are not followed, the document must be served at the client_id itself`);
  }
  if (res.status !== 200) throw new ClientMetadataError('CIMD_FETCH_FAILED', `the server answered HTTP ${res.status}`);
  if (!/^application\/json\s*(;|$)/i.test(res.headers.get('content-type') ?? '')) throw new ClientMetadataError('CIMD_NOT_JSON', 'the document must be served as application/json');
  const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new ClientMetadataError('CIMD_NOT_JSON', 'the document is not valid JSON');
  }
}

/** http was limited to loopback IP literals when the client_id was parsed; held again here, where it is fetched. */
function checkScheme(url: URL): void {
  if (url.protocol === 'http:' && !isLoopbackAddress(url.hostname)) throw new ClientMetadataError('CIMD_INSECURE_URL', 'http is allowed only on a loopback IP address');
}

const refused = (host: string, address: string): ClientMetadataError =>
  new ClientMetadataError('CIMD_ADDRESS_REFUSED', `${host} is or resolves to ${address}, which is not a globally reachable address (private, loopback, link-local or another special-purpose block)`);

const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Our own errors pass through (the guarded client unwraps the lookup's refusal); the deadline and the rest get a code. */
function failure(e: unknown, signal: AbortSignal): ClientMetadataError {
  if (e instanceof ClientMetadataError) return e;
  const cause = (e as { cause?: { code?: string }; code?: string }).cause?.code ?? (e as { code?: string }).code;
  if (signal.aborted || (cause !== undefined && TIMEOUTS.has(cause))) return new ClientMetadataError('CIMD_TIMEOUT', 'the server did not deliver the document in time');
  return new ClientMetadataError('CIMD_FETCH_FAILED', `the fetch failed (${cause ?? 'network error'})`);
}
