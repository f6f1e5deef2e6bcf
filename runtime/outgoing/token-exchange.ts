/**
 * `token_exchange` (RFC 8693): trades the caller's token for one the backend accepts, at the backend's STS,
 * with oauth4webapi's generic token endpoint request and its strict token response check.
 * The subject token is the incoming token (Mode A) or the user's token from an upstream IdP (Mode B).
 * Results are cached per subject token until shortly before they expire, and concurrent misses for the
 * same subject share one exchange so a burst of calls does not become a burst at the STS.
 */
import { createHash } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import type { Identity } from '../contract.js';
import { SingleFlight } from '../single-flight.js';
import { TtlCache } from '../ttl-cache.js';
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
  /** Epoch milliseconds. */
  now?: () => number;
}

const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

interface Exchanged {
  header: string;
  expiresAt: number;
}

export function tokenExchange(config: TokenExchangeConfig): OutgoingStrategy {
  const now = config.now ?? Date.now;
  const skew = config.expirySkewMs ?? 30_000;
  const cache = new TtlCache<Exchanged>(config.maxCacheEntries ?? 10_000, now);
  const flights = new SingleFlight<Exchanged>();
  const sts = stsOf(config);

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
      if (hit) return { authorization: hit.header };
      const fresh = await flights.run(key, () => exchange(config, sts, subject, now));
      cache.set(key, fresh, fresh.expiresAt - skew);
      return { authorization: fresh.header };
    },
  };
}

/** The STS as oauth4webapi sees it: a token endpoint, and the client's authentication there. */
interface Sts {
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  auth: oauth.ClientAuth;
}

function stsOf(config: TokenExchangeConfig): Sts {
  const url = new URL(config.tokenUrl);
  // oauth4webapi wants an issuer; only an ID token in the answer would be checked against it, and RFC 8693 answers carry none.
  const as: oauth.AuthorizationServer = { issuer: url.origin, token_endpoint: url.href };
  // RFC 6749 section 2.3.1 client_secret_basic when there is a secret; a client_id alone goes in the form.
  // Without either, nothing identifies the client; oauth4webapi still wants a client_id, which is then sent nowhere.
  if (config.clientId === null) return { as, client: { client_id: 'anonymous' }, auth: () => undefined };
  return { as, client: { client_id: config.clientId }, auth: config.clientSecret !== null ? oauth.ClientSecretBasic(config.clientSecret) : oauth.None() };
}

async function exchange(config: TokenExchangeConfig, sts: Sts, subjectToken: string, now: () => number): Promise<Exchanged> {
  const params = new URLSearchParams({ subject_token: subjectToken, subject_token_type: config.subjectTokenType, requested_token_type: ACCESS_TOKEN_TYPE });
  if (config.audience !== null) params.set('audience', config.audience);
  if (config.scopes.length > 0) params.set('scope', config.scopes.join(' '));
  const started = now();
  let res: Response;
  try {
    res = await oauth.genericTokenEndpointRequest(sts.as, sts.client, sts.auth, GRANT_TYPE, params, {
      // The plan's URL: the compiler allowed plain http only on loopback or with insecureAllowHttp.
      [oauth.allowInsecureRequests]: true,
      signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
    });
  } catch (e) {
    throw new OutgoingAuthError('VMCP_OUTGOING_EXCHANGE_FAILED', `token exchange at ${config.tokenUrl} failed: ${(e as Error).message}`);
  }
  let answer: oauth.TokenEndpointResponse;
  try {
    // RFC 8693 section 2.2.1: N_A is the token_type of a token that is not an access token; we asked for one, and send it as a bearer token.
    answer = await oauth.processGenericTokenEndpointResponse(sts.as, sts.client, res, { recognizedTokenTypes: { n_a: () => undefined } });
  } catch (e) {
    throw new OutgoingAuthError('VMCP_OUTGOING_EXCHANGE_FAILED', `token exchange at ${config.tokenUrl} refused (HTTP ${res.status}, ${refusal(e)})`);
  }
  if (answer.token_type === 'dpop') {
    throw new OutgoingAuthError('VMCP_OUTGOING_EXCHANGE_FAILED', `token exchange at ${config.tokenUrl} issued a DPoP-bound token, which vmcp cannot present`);
  }
  const lifetime = answer.expires_in !== undefined && answer.expires_in > 0 ? answer.expires_in * 1000 : (config.defaultLifetimeMs ?? 300_000);
  return { header: `Bearer ${answer.access_token}`, expiresAt: started + lifetime };
}

/** What the STS said, in its own OAuth error code only: descriptions and bodies may echo tokens. */
function refusal(e: unknown): string {
  const code = (c: string | undefined) => `error "${c !== undefined && /^[\w.-]{1,64}$/.test(c) ? c : 'error'}"`;
  if (e instanceof oauth.ResponseBodyError) return code(e.error);
  if (e instanceof oauth.WWWAuthenticateChallengeError) return code(e.cause[0]?.parameters.error);
  if (e instanceof oauth.UnsupportedOperationError) return 'a token_type vmcp cannot present';
  return 'no usable access_token in the response';
}
