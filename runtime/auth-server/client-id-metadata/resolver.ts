import { deepFreeze } from '../../../common/freeze.js';
import { SingleFlight } from '../../single-flight.js';
import type { AuthServerStorage, RegisteredClient } from '../storage/types.js';
import { TtlCache } from '../../ttl-cache.js';
import { isClientIdUrl, parseClientIdUrl } from './client-id-url.js';
import { clientFromDocument } from './document.js';
import { ClientMetadataError } from './errors.js';
import { createDocumentFetcher, type DocumentFetcherOptions, type FetchDocument } from './fetch-document.js';
import { DEFAULT_FETCH_LIMITS, FetchSlots, type FetchLimits } from './fetch-limits.js';

export interface ClientResolverOptions {
  /** Where registered (RFC 7591) clients live; client_ids that are not URLs are looked up here. */
  storage: Pick<AuthServerStorage, 'getClient'>;
  scopesSupported: readonly string[];
  /** Replaces the guarded fetcher (which `fetch` configures). */
  fetchDocument?: FetchDocument;
  fetch?: DocumentFetcherOptions;
  /** Fetches in flight at once; over a bound a lookup is refused with CIMD_FETCH_LIMIT. Default 32 in all, 4 per host. */
  fetchLimits?: Partial<FetchLimits>;
  /** Accept http:// client_ids on loopback IP literals: development and tests only. Default false. */
  allowHttpLoopback?: boolean;
  /** Epoch milliseconds; for the cache and `issuedAt`. */
  clock?: () => number;
  /** Documents and refusals kept. Default 256 (ToolHive's). */
  cacheMaxEntries?: number;
  /** Cache lifetime of a document whose response says nothing about caching. Default 5 minutes. */
  defaultTtlMs?: number;
  /** Upper bound on what Cache-Control may ask for. Default 24 hours. */
  maxTtlMs?: number;
  /** How long a refusal is remembered, so a bad client_id does not cost a fetch per request. Default 30 s. */
  negativeTtlMs?: number;
}

export interface ClientResolver {
  /**
   * The client a client_id names: a metadata document's (fetched, checked, cached) when it is an http(s)
   * URL, otherwise the stored registration or null. Throws ClientMetadataError when a URL cannot be used
   * (see clientMetadataOAuthError); storage errors pass through.
   */
  resolve(clientId: string): Promise<RegisteredClient | null>;
  close(): Promise<void>;
}

/** What the flow endpoints need of a resolver. */
export type ClientLookup = Pick<ClientResolver, 'resolve'>;

type Cached = { client: RegisteredClient } | { error: ClientMetadataError };

export function createClientResolver(opts: ClientResolverOptions): ClientResolver {
  const clock = opts.clock ?? Date.now;
  const allowHttp = opts.allowHttpLoopback ?? false;
  const defaultTtlMs = opts.defaultTtlMs ?? 5 * 60_000;
  const maxTtlMs = opts.maxTtlMs ?? 24 * 3600_000;
  const negativeTtlMs = opts.negativeTtlMs ?? 30_000;
  const own = opts.fetchDocument === undefined ? createDocumentFetcher(opts.fetch) : null;
  const fetchDocument = opts.fetchDocument ?? own!.fetchDocument;
  // Bounded, so a flood of distinct client_id URLs cannot grow memory.
  const cache = new TtlCache<Cached>(opts.cacheMaxEntries ?? 256, clock);
  // Concurrent lookups of one URL share one fetch (and one fetch slot); the flight ends once the cache holds the outcome.
  const flights = new SingleFlight<RegisteredClient>();
  const slots = new FetchSlots({ ...DEFAULT_FETCH_LIMITS, ...opts.fetchLimits });

  async function load(clientId: string, url: URL): Promise<RegisteredClient> {
    try {
      const fetched = await fetchDocument(url);
      const client = clientFromDocument(clientId, fetched.json, opts.scopesSupported, Math.floor(clock() / 1000));
      // Callers share the cached object: frozen, so none can change it for the others.
      deepFreeze(client);
      const ttl = fetched.freshnessSeconds === null ? defaultTtlMs : fetched.freshnessSeconds * 1000;
      cache.set(clientId, { client }, clock() + Math.min(ttl, maxTtlMs));
      return client;
    } catch (e) {
      if (e instanceof ClientMetadataError) cache.set(clientId, { error: e }, clock() + negativeTtlMs);
      throw e;
    }
  }

  async function resolve(clientId: string): Promise<RegisteredClient | null> {
    if (!isClientIdUrl(clientId)) return opts.storage.getClient(clientId);
    const url = parseClientIdUrl(clientId, allowHttp);
    const hit = cache.get(clientId);
    if (hit !== undefined) {
      if ('error' in hit) throw hit.error;
      return hit.client;
    }
    return flights.run(clientId, () => {
      // Taken outside load(), so a refusal for being busy is never cached as the client's outcome.
      const release = slots.acquire(url.hostname);
      return load(clientId, url).finally(release);
    });
  }

  return { resolve, close: async () => own?.close() };
}
