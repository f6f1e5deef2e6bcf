/**
 * The issuer's signing keys, fetched lazily on the first token: from `jwksUrl`, or from the jwks_uri of
 * the issuer's OIDC discovery document. Lazy on purpose: in Mode B the issuer is this very server, which
 * is not listening yet at start. Keys are cached; a token with an unknown `kid` triggers one refetch
 * (at most one per cooldown, so random kids cannot make us hammer the IdP). A failed load is retried
 * with backoff inside the request, then requests fail fast until the next attempt is due.
 *
 * jose's createRemoteJWKSet does the kid refetch but cannot do discovery or our SSRF-guarded fetch, so
 * fetching is ours and key selection stays jose's (createLocalJWKSet).
 */
import { createLocalJWKSet, errors, type JSONWebKeySet } from 'jose';
import type { TokenKeyResolver } from '../contract.js';
import { RuntimeError } from '../errors.js';
import type { FetchJson } from '../http/guarded-fetch.js';
import type { Logger } from '../log.js';

export interface RemoteKeyOptions {
  issuer: string;
  jwksUrl: string | null;
  fetchJson: FetchJson;
  /** Tries per load (default 3), waiting `retryDelayMs` (default 200), then twice that, between them. */
  attempts?: number;
  retryDelayMs?: number;
  /** After a failed load, requests fail fast for this long (default 1s), doubling up to `maxBackoffMs` (30s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Least time between two refetches for unknown kids (default 30s). */
  refetchCooldownMs?: number;
  now?: () => number;
  logger?: Logger;
}

/** Thrown when keys cannot be had right now: the request is answered 503, not 401. */
export class KeysUnavailableError extends Error {
  readonly code = 'VMCP_KEYS_UNAVAILABLE';
}

export function createRemoteKeyResolver(o: RemoteKeyOptions): TokenKeyResolver {
  const now = o.now ?? Date.now;
  const attempts = o.attempts ?? 3;
  const retryDelayMs = o.retryDelayMs ?? 200;
  const baseBackoff = o.backoffMs ?? 1000;
  const maxBackoff = o.maxBackoffMs ?? 30_000;
  const cooldown = o.refetchCooldownMs ?? 30_000;

  let jwksUri = o.jwksUrl;
  let keys: ReturnType<typeof createLocalJWKSet> | undefined;
  let loadedAt = -Infinity;
  let inflight: Promise<void> | undefined;
  let failures = 0;
  let nextAttemptAt = -Infinity;

  async function loadOnce(): Promise<void> {
    jwksUri ??= await discoverJwksUri(o.issuer, o.fetchJson);
    const doc = await o.fetchJson(jwksUri);
    try {
      keys = createLocalJWKSet(doc as JSONWebKeySet);
    } catch {
      throw new RuntimeError('VMCP_JWKS_INVALID', `${jwksUri} did not answer a JWK Set`);
    }
    loadedAt = now();
  }

  async function loadWithRetry(): Promise<void> {
    let last: unknown;
    for (let i = 0; i < attempts; i++) {
      if (i > 0) await sleep(retryDelayMs * 2 ** (i - 1));
      try {
        await loadOnce();
        if (failures > 0) o.logger?.info("fetched the incoming issuer's signing keys again", { issuer: o.issuer });
        failures = 0;
        return;
      } catch (e) {
        last = e;
        // A refused address or scheme will not change by retrying.
        if (e instanceof RuntimeError && (e.code === 'VMCP_SSRF_REFUSED' || e.code === 'VMCP_INSECURE_URL')) break;
      }
    }
    failures++;
    const wait = Math.min(maxBackoff, baseBackoff * 2 ** (failures - 1));
    nextAttemptAt = now() + wait;
    o.logger?.warn("cannot fetch the incoming issuer's signing keys", {
      issuer: o.issuer,
      error: (last as Error).message,
      code: (last as { code?: string }).code,
      retryInMs: wait,
    });
    throw new KeysUnavailableError(`the issuer's signing keys cannot be fetched: ${(last as Error).message}`);
  }

  /** Single flight: concurrent first requests share one load. */
  function load(): Promise<void> {
    if (now() < nextAttemptAt) return Promise.reject(new KeysUnavailableError("the issuer's signing keys cannot be fetched; retrying later"));
    inflight ??= loadWithRetry().finally(() => (inflight = undefined));
    return inflight;
  }

  return async (header) => {
    if (!keys) await load();
    try {
      return await keys!(header);
    } catch (e) {
      if (!(e instanceof errors.JWKSNoMatchingKey) || now() - loadedAt < cooldown) throw e;
      await load();
      return keys!(header);
    }
  };
}

/** OpenID Connect Discovery 1.0 section 4: the document must name the same issuer, exactly. */
export async function discoverJwksUri(issuer: string, fetchJson: FetchJson): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const doc = (await fetchJson(url)) as { issuer?: unknown; jwks_uri?: unknown } | null;
  if (typeof doc !== 'object' || doc === null || doc.issuer !== issuer) {
    throw new RuntimeError('VMCP_DISCOVERY_FAILED', `${url} does not describe issuer ${issuer}`);
  }
  if (typeof doc.jwks_uri !== 'string') throw new RuntimeError('VMCP_DISCOVERY_FAILED', `${url} has no jwks_uri`);
  return doc.jwks_uri;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
