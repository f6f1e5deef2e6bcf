/**
 * The issuer's signing keys, fetched lazily on the first token: from `jwksUrl`, or from the jwks_uri of
 * the issuer's OIDC discovery document (oauth4webapi's discovery). Lazy on purpose: in Mode B the issuer is
 * this very server, which is not listening yet at start. jose's remote JWK set fetches, checks and holds
 * the keys, through the key fetcher (key-fetch.ts: SSRF guard, https rule, extra CAs).
 *
 * Written here, around jose: a failed load is retried with backoff inside the request, then requests fail
 * fast (503) until the next attempt is due; and a token with an unknown `kid` triggers one refetch, at
 * most one per cooldown, so random kids cannot make us hammer the IdP, and going through the same backoff.
 * jose would refetch on its own, without backoff, and answer an unreachable issuer with a 401; so its own
 * cooldown and maximum age are switched off. Keys are kept until an unknown kid asks for new ones: a
 * scheduled refresh would turn an IdP outage into refused tokens.
 */
import { createRemoteJWKSet, customFetch, errors, type FetchImplementation, type JWSHeaderParameters } from 'jose';
import * as oauth from 'oauth4webapi';
import { VmcpError } from '../../common/errors.js';
import type { TokenKeyResolver } from '../contract.js';
import { RuntimeError } from '../errors.js';
import type { GuardedFetch } from '../http/guarded-client.js';
import type { Logger } from '../log.js';
import { SingleFlight } from '../single-flight.js';

export interface RemoteKeyOptions {
  issuer: string;
  jwksUrl: string | null;
  fetch: GuardedFetch;
  /** Tries per load (default 3), waiting `retryDelayMs` (default 200), then twice that, between them. */
  attempts?: number;
  retryDelayMs?: number;
  /** After a failed load, requests fail fast for this long (default 1s), doubling up to `maxBackoffMs` (30s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Least time between two refetches for unknown kids (default 30s). */
  refetchCooldownMs?: number;
  /** Per request to the issuer (default 5s). */
  timeoutMs?: number;
  now?: () => number;
  logger?: Logger;
}

/** Thrown when keys cannot be had right now: the request is answered 503, not 401. */
export class KeysUnavailableError extends VmcpError<'VMCP_KEYS_UNAVAILABLE'> {
  constructor(message: string) {
    super('VMCP_KEYS_UNAVAILABLE', message);
  }
}

type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

export function createRemoteKeyResolver(o: RemoteKeyOptions): TokenKeyResolver {
  const now = o.now ?? Date.now;
  const attempts = o.attempts ?? 3;
  const retryDelayMs = o.retryDelayMs ?? 200;
  const baseBackoff = o.backoffMs ?? 1000;
  const maxBackoff = o.maxBackoffMs ?? 30_000;
  const cooldown = o.refetchCooldownMs ?? 30_000;
  const loads = new SingleFlight<void>();

  let keys: RemoteKeySet | undefined;
  let loaded = false;
  let loadedAt = -Infinity;
  let failures = 0;
  let nextAttemptAt = -Infinity;

  async function loadOnce(): Promise<void> {
    const jwksUri = o.jwksUrl ?? (await discoverJwksUri(o.issuer, o.fetch, o.timeoutMs));
    keys ??= createRemoteJWKSet(new URL(jwksUri), {
      [customFetch]: o.fetch as unknown as FetchImplementation,
      timeoutDuration: o.timeoutMs ?? 5000,
      cooldownDuration: Infinity,
      cacheMaxAge: Infinity,
    });
    try {
      await keys.reload();
    } catch (e) {
      throw keyFetchError(jwksUri, e);
    }
    loaded = true;
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

  /** Concurrent requests share one load; during the backoff they fail fast. */
  function load(): Promise<void> {
    if (now() < nextAttemptAt) return Promise.reject(new KeysUnavailableError("the issuer's signing keys cannot be fetched; retrying later"));
    return loads.run('keys', loadWithRetry);
  }

  return async (header) => {
    if (!loaded) await load();
    try {
      return await keys!(header as JWSHeaderParameters);
    } catch (e) {
      if (!(e instanceof errors.JWKSNoMatchingKey) || now() - loadedAt < cooldown) throw e;
      await load();
      return keys!(header as JWSHeaderParameters);
    }
  };
}

/**
 * OpenID Connect Discovery 1.0 section 4 with oauth4webapi, which checks the document; the issuer must be
 * the configured string exactly (oauth4webapi compares URLs after parsing, which forgives a trailing slash).
 */
export async function discoverJwksUri(issuer: string, fetch: GuardedFetch, timeoutMs = 5000): Promise<string> {
  const url = new URL(issuer);
  let as: oauth.AuthorizationServer;
  try {
    const res = await oauth.discoveryRequest(url, {
      algorithm: 'oidc',
      [oauth.customFetch]: fetch as unknown as typeof globalThis.fetch,
      // http was allowed by the key fetcher's scheme rule (key-fetch.ts checkUrl), which refuses the rest.
      [oauth.allowInsecureRequests]: true,
      signal: AbortSignal.timeout(timeoutMs),
    });
    as = await oauth.processDiscoveryResponse(url, res);
  } catch (e) {
    if (e instanceof VmcpError) throw e;
    const unreachable = e instanceof oauth.OperationProcessingError && e.code === oauth.RESPONSE_IS_NOT_CONFORM;
    throw new RuntimeError(unreachable ? 'VMCP_FETCH_FAILED' : 'VMCP_DISCOVERY_FAILED', `discovery of issuer ${issuer} failed: ${(e as Error).message}`);
  }
  if (as.issuer !== issuer) throw new RuntimeError('VMCP_DISCOVERY_FAILED', `the discovery document of ${issuer} names another issuer`);
  if (typeof as.jwks_uri !== 'string') throw new RuntimeError('VMCP_DISCOVERY_FAILED', `the discovery document of ${issuer} has no jwks_uri`);
  return as.jwks_uri;
}

/** jose's failures in our codes: a document that is no JWK Set, or an answer that is no document. */
function keyFetchError(jwksUri: string, e: unknown): unknown {
  if (e instanceof VmcpError) return e;
  if (e instanceof errors.JWKSInvalid) return new RuntimeError('VMCP_JWKS_INVALID', `${jwksUri} did not answer a JWK Set`);
  return new RuntimeError('VMCP_FETCH_FAILED', `GET ${jwksUri} failed: ${(e as Error).message}`);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
