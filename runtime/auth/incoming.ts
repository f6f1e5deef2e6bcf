/**
 * Incoming authentication for routes with `auth: required`: turns a request into an Identity or into
 * the answer that refuses it. Mode A and Mode B share this path; Mode B differs only by what it plugs in
 * (its own key resolver, the upstream-token loader), so Mode A behaviour cannot change with it.
 * Tokens are never logged or echoed: answers carry only our own descriptions.
 */
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { Identity, RuntimePlan, TokenKeyResolver, UpstreamTokenLoader } from '../contract.js';
import { UpstreamTokensError } from '../contract.js';
import { RuntimeError } from '../errors.js';
import { keySourceProblem } from '../../common/key-source.js';
import { createKeyFetcher, type GuardOptions } from './key-fetch.js';
import type { Logger } from '../log.js';
import { challengeBody, wwwAuthenticate, type ChallengeError } from './challenge.js';
import { fixedIncomingAuth } from './fixed-identity.js';
import { createJwtVerifier } from './jwt-verifier.js';
import { createRemoteKeyResolver, type RemoteKeyOptions } from './remote-keys.js';
import type { TokenCacheOptions } from './token-cache.js';

export interface IncomingAuthOptions {
  /** Replaces the JWKS fetched from the issuer (Mode B: its own keys, in-process). */
  keyResolver?: TokenKeyResolver;
  /** Mode B: fills identity.upstreamTokens. Absent in Mode A, where they stay null. */
  upstreamTokens?: UpstreamTokenLoader;
  algorithms?: readonly string[];
  clockToleranceSec?: number;
  /** The verified-token cache (token-cache.ts); false turns it off. */
  tokenCache?: TokenCacheOptions | false;
  /** Tuning of the remote key fetch (retries, backoff, cooldown); tests shorten them. */
  keyFetch?: Omit<RemoteKeyOptions, 'issuer' | 'jwksUrl' | 'fetch' | 'logger'>;
}

export type AuthOutcome = { ok: true; identity: Identity } | { ok: false; status: number; headers: OutgoingHttpHeaders; body: unknown };

export interface IncomingAuth {
  authenticate(req: IncomingMessage, origin: string): Promise<AuthOutcome>;
  close(): Promise<void>;
}

export function createIncomingAuth(plan: RuntimePlan, opts: IncomingAuthOptions = {}, logger?: Logger): IncomingAuth {
  const oidc = plan.incomingAuth.oidc;
  if (plan.incomingAuth.type !== 'oidc' || !oidc) return fixedIncomingAuth(plan);
  const guard = keyFetchGuard(oidc);
  if (!opts.keyResolver) checkKeySourceAtStart(oidc);
  const fetcher = opts.keyResolver
    ? undefined
    : createKeyFetcher({ ...guard, ...(opts.keyFetch?.timeoutMs !== undefined ? { timeoutMs: opts.keyFetch.timeoutMs } : {}) });
  const keys =
    opts.keyResolver ??
    createRemoteKeyResolver({ ...opts.keyFetch, ...(logger ? { logger } : {}), issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, fetch: fetcher!.fetch });
  const verify = createJwtVerifier({
    issuer: oidc.issuer,
    audience: oidc.audience,
    keys,
    ...tokenTypeOf(plan),
    ...(opts.algorithms ? { algorithms: opts.algorithms } : {}),
    ...(opts.clockToleranceSec !== undefined ? { clockToleranceSec: opts.clockToleranceSec } : {}),
    ...(opts.tokenCache !== undefined ? { cache: opts.tokenCache } : {}),
  });

  const refuse = (origin: string, error: ChallengeError, description: string): AuthOutcome => ({
    ok: false,
    status: 401,
    headers: { 'www-authenticate': wwwAuthenticate(oidc, origin, error, description), 'cache-control': 'no-store' },
    body: challengeBody(error, description),
  });
  const unavailable = (description: string): AuthOutcome => ({
    ok: false,
    status: 503,
    headers: { 'retry-after': '1', 'cache-control': 'no-store' },
    body: { error: 'temporarily_unavailable', error_description: description },
  });

  return {
    async authenticate(req, origin) {
      const bearer = bearerToken(req.headers.authorization);
      if (!bearer.ok) return refuse(origin, 'invalid_request', bearer.description);
      const result = await verify(bearer.token);
      if (!result.ok) return result.kind === 'unavailable' ? unavailable(result.description) : refuse(origin, 'invalid_token', result.description);
      let upstreamTokens: Identity['upstreamTokens'] = null;
      if (opts.upstreamTokens) {
        try {
          upstreamTokens = await opts.upstreamTokens(result.claims);
        } catch (e) {
          if (e instanceof UpstreamTokensError && e.code === 'reauthenticate')
            return refuse(origin, 'invalid_token', 'upstream token is no longer valid; re-authentication required');
          return unavailable('authentication service temporarily unavailable');
        }
      }
      return { ok: true, identity: { subject: result.claims.sub, claims: result.claims, token: bearer.token, upstreamTokens } };
    },
    close: async () => fetcher?.close(),
  };
}

type OidcPlan = NonNullable<RuntimePlan['incomingAuth']['oidc']>;

/** How the issuer's keys are fetched: SSRF guard, https rule, extra CAs. */
export const keyFetchGuard = (oidc: OidcPlan): GuardOptions => ({
  allowPrivateIp: oidc.allowPrivateIp,
  insecureAllowHttp: oidc.insecureAllowHttp,
  caBundlePath: oidc.caBundlePath,
});

/**
 * Keys are fetched lazily, but what is wrong without any network (http off loopback without insecureAllowHttp,
 * a private IP literal without jwksAllowPrivateIp) is refused at start: otherwise every request would answer
 * 503. common/key-source.ts holds the rule; `vmcp validate` applies the same one (compiler/serve-checks.ts).
 */
function checkKeySourceAtStart(oidc: OidcPlan): void {
  const problem = keySourceProblem(oidc);
  if (problem !== null) throw new RuntimeError(problem.code, problem.message);
}

/**
 * The embedded auth server's tokens are RFC 9068 access tokens, `typ: at+jwt`, so one of its other JWTs
 * (or a JWT of the same keys meant for something else) never passes as one. Mode A accepts what the
 * external issuer sends unless `requiredTokenType` says otherwise.
 */
function tokenTypeOf(plan: RuntimePlan): { tokenType?: string } {
  const oidc = plan.incomingAuth.oidc!;
  if (plan.authServer?.issuer === oidc.issuer) return { tokenType: 'at+jwt' };
  return oidc.requiredTokenType !== undefined ? { tokenType: oidc.requiredTokenType } : {};
}

type Bearer = { ok: true; token: string } | { ok: false; description: string };

/** RFC 6750 section 2.1. ToolHive's messages; the scheme compares case-insensitively (RFC 9110 section 11.1). */
export function bearerToken(header: string | undefined): Bearer {
  if (header === undefined || header === '') return { ok: false, description: 'authorization header required' };
  // HTTP parsers trim trailing whitespace, so "Bearer " arrives as "Bearer": that is the empty token.
  if (header.toLowerCase() === 'bearer') return { ok: false, description: 'empty token in authorization header' };
  if (header.length < 7 || header.slice(0, 7).toLowerCase() !== 'bearer ') {
    return { ok: false, description: "invalid authorization header format, expected 'Bearer <token>'" };
  }
  const token = header.slice(7).trim();
  if (token === '') return { ok: false, description: 'empty token in authorization header' };
  return { ok: true, token };
}
