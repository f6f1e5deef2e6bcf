import * as oauth from 'oauth4webapi';
import type { UpstreamPlan } from '../../../../generated/plan.js';
import type { DeepReadonly } from '../../../../common/freeze.js';
import { FlowError } from '../errors.js';
import { upstreamFailure } from './failures.js';
import type { UpstreamFetch } from './http-client.js';
import { checkUpstreamUrl, oauthOptions } from './url-policy.js';

export interface RetryOptions {
  attempts: number;
  /** Delay before the second attempt; doubled for each one after. */
  firstDelayMs: number;
  timeoutMs: number;
}

/**
 * OIDC discovery of an upstream at start, retried with backoff: an IdP that is still starting (same
 * compose file, same pod) should not stop vmcp. oauth4webapi checks that the document's issuer is exactly
 * the configured one (OIDC Discovery 1.0 section 4.3), which is what makes the ID token `iss` check mean something.
 */
export async function discoverOidc(up: DeepReadonly<UpstreamPlan>, retry: RetryOptions, f: UpstreamFetch): Promise<oauth.AuthorizationServer> {
  if (up.issuerUrl === undefined) throw new FlowError('AS_FLOW_CONFIG', `upstream ${up.name} is of type oidc but has no issuer_url`);
  const issuer = checkUpstreamUrl(up.issuerUrl, `upstream ${up.name} issuer_url`, up.insecureAllowHttp);
  let last: FlowError | null = null;
  for (let i = 0; i < retry.attempts; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, retry.firstDelayMs * 2 ** (i - 1)));
    try {
      const res = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...oauthOptions(issuer, f), signal: AbortSignal.timeout(retry.timeoutMs) });
      return await oauth.processDiscoveryResponse(issuer, res);
    } catch (e) {
      last = upstreamFailure(up.name, 'discovery', e);
      // A document for another issuer will not fix itself; only outages are worth retrying.
      if (last.code !== 'AS_UPSTREAM_UNREACHABLE' && !(e instanceof oauth.ResponseBodyError) && !isHttpStatusError(e)) break;
    }
  }
  throw new FlowError('AS_UPSTREAM_DISCOVERY', `OIDC discovery of upstream ${up.name} at ${issuer.origin} failed: ${last?.message ?? 'no attempt'}`);
}

const isHttpStatusError = (e: unknown): boolean => e instanceof oauth.OperationProcessingError && e.code === oauth.RESPONSE_IS_NOT_CONFORM;
