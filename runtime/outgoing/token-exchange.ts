/**
 * `token_exchange` (RFC 8693): trades the caller's token for one the backend accepts, at the backend's STS.
 * The subject token is the incoming token (Mode A) or the user's token from an upstream IdP (Mode B).
 * Results are cached per subject token until shortly before they expire, and concurrent misses for the
 * same subject share one exchange so a burst of calls does not become a burst at the STS.
 */
import { createHash } from 'node:crypto';
import { request } from 'undici';
import type { Identity } from '../contract.js';
import { OutgoingAuthError } from './errors.js';
import type { OutgoingStrategy } from './strategy.js';
import { upstreamToken } from './upstream-inject.js';

export interface TokenExchangeConfig {
  tokenUrl: string;
  clientId: string | null;
  /** Resolved at start from the plan's reference. */
  clientSecret: string | null;
  audience: string | null;
  scopes: readonly string[];
  subjectTokenType: string;
  /** Mode B: the upstream whose token is the subject; null: the incoming token. */
  subjectProviderName: string | null;
  timeoutMs?: number;
  /** Refresh this long before expiry, so a token never expires on its way to the backend. */
  expirySkewMs?: number;
  /** Used when the STS omits expires_in (RFC 8693 makes it optional). */
  defaultLifetimeMs?: number;
  maxCacheEntries?: number;
  now?: () => number;
}

const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

interface Cached {
  header: string;
  expiresAt: number;
}

export function tokenExchange(config: TokenExchangeConfig): OutgoingStrategy {
  const now = config.now ?? Date.now;
  const skew = config.expirySkewMs ?? 30_000;
  const maxEntries = config.maxCacheEntries ?? 10_000;
  const cache = new Map<string, Cached>();
  const inflight = new Map<string, Promise<Cached>>();

  const subjectToken = (identity: Identity | null): string => {
    if (config.subjectProviderName !== null) return upstreamToken(identity, config.subjectProviderName, now).accessToken;
    if (!identity?.token) {
      throw new OutgoingAuthError('VMCP_OUTGOING_NO_SUBJECT_TOKEN', 'token exchange needs the caller\'s token, and this request carried none');
    }
    return identity.token;
  };

  return {
    type: 'token_exchange',
    perIdentity: true,
    async headers(identity) {
      const subject = subjectToken(identity);
      // A digest, so the cache never holds the caller's token as a key.
      const key = createHash('sha256').update(subject).digest('base64url');
      const hit = cache.get(key);
      if (hit && hit.expiresAt - skew > now()) return { authorization: hit.header };
      let pending = inflight.get(key);
      if (!pending) {
        pending = exchange(config, subject, now).finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      const fresh = await pending;
      if (cache.size >= maxEntries) evictExpired(cache, now(), maxEntries);
      cache.set(key, fresh);
      return { authorization: fresh.header };
    },
  };
}

async function exchange(config: TokenExchangeConfig, subjectToken: string, now: () => number): Promise<Cached> {
  const form = new URLSearchParams({
    grant_type: GRANT_TYPE,
    subject_token: subjectToken,
    subject_token_type: config.subjectTokenType,
    requested_token_type: ACCESS_TOKEN_TYPE,
  });
  if (config.audience !== null) form.set('audience', config.audience);
  if (config.scopes.length > 0) form.set('scope', config.scopes.join(' '));
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (config.clientId !== null && config.clientSecret !== null) {
    // RFC 6749 2.3.1: client_secret_basic, each part form-urlencoded before base64.
    const basic = `${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(basic).toString('base64')}`;
  } else if (config.clientId !== null) {
    form.set('client_id', config.clientId);
  }
  const started = now();
  let status: number;
  let body: unknown;
  try {
    const res = await request(config.tokenUrl, {
      method: 'POST',
      headers,
      body: form.toString(),
      headersTimeout: config.timeoutMs ?? 10_000,
      bodyTimeout: config.timeoutMs ?? 10_000,
    });
    status = res.statusCode;
    body = await res.body.json().catch(() => undefined);
  } catch (e) {
    throw new OutgoingAuthError('VMCP_OUTGOING_EXCHANGE_FAILED', `token exchange at ${config.tokenUrl} failed: ${(e as Error).message}`);
  }
  const json = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (status !== 200 || typeof json.access_token !== 'string' || json.access_token === '') {
    const why = typeof json.error === 'string' ? `error "${json.error}"` : 'no access_token in the response';
    throw new OutgoingAuthError('VMCP_OUTGOING_EXCHANGE_FAILED', `token exchange at ${config.tokenUrl} refused (HTTP ${status}, ${why})`);
  }
  const type = typeof json.token_type === 'string' && json.token_type.toLowerCase() !== 'n_a' ? json.token_type : 'Bearer';
  const lifetime = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in * 1000 : (config.defaultLifetimeMs ?? 300_000);
  return { header: `${type.toLowerCase() === 'bearer' ? 'Bearer' : type} ${json.access_token}`, expiresAt: started + lifetime };
}

function evictExpired(cache: Map<string, Cached>, at: number, maxEntries: number): void {
  for (const [k, v] of cache) if (v.expiresAt <= at) cache.delete(k);
  // Still full: drop the oldest insertions (Map keeps insertion order).
  for (const k of cache.keys()) {
    if (cache.size < maxEntries) break;
    cache.delete(k);
  }
}
