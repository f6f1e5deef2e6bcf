import type { AuthServerPlan, SecretRef, UpstreamPlan } from '../../../../generated/plan.js';
import { isLoopbackHost } from '../../../../common/loopback.js';
import type { DeepReadonly } from '../../../../common/freeze.js';
import { FlowError } from '../errors.js';
import { discoverOidc, type RetryOptions } from './discovery.js';
import { upstreamFetch } from './http-client.js';
import { oauth2Upstream } from './oauth2.js';
import { oidcUpstream } from './oidc.js';
import type { UpstreamClient } from './types.js';

export interface UpstreamClientsOptions {
  /** Resolves a plan SecretRef to its value (the runtime's SecretValues.get). Values are never logged. */
  secret: (ref: DeepReadonly<SecretRef>) => string;
  discovery?: Partial<RetryOptions>;
  /** Per request to an upstream (token endpoint, userinfo). */
  timeoutMs?: number;
}

const DEFAULT_RETRY: RetryOptions = { attempts: 4, firstDelayMs: 500, timeoutMs: 5000 };

/**
 * The upstream clients, in the plan's order, ready to use: OIDC upstreams are discovered here (at start,
 * with retries), so a wrong issuer stops vmcp before it listens rather than on a user's first login.
 */
export async function createUpstreamClients(as: DeepReadonly<AuthServerPlan>, opts: UpstreamClientsOptions): Promise<UpstreamClient[]> {
  const retry = { ...DEFAULT_RETRY, ...opts.discovery };
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return Promise.all(
    as.upstreams.map(async (up) => {
      const clientSecret = up.clientSecret === null ? null : opts.secret(up.clientSecret);
      const fetch = upstreamFetch(up.name, up.allowPrivateIp, configuredUrls(up).every((u) => isLoopbackHost(new URL(u).hostname)));
      if (up.type === 'oidc') return oidcUpstream(up, await discoverOidc(up, retry, fetch), { clientSecret, timeoutMs, fetch });
      if (up.type === 'oauth2') return oauth2Upstream(up, { clientSecret, timeoutMs, fetch });
      throw new FlowError('AS_FLOW_CONFIG', `upstream ${(up as { name: string }).name} has an unknown type`);
    }),
  );
}

/** The URLs the operator wrote for this upstream (not those its discovery document names). */
function configuredUrls(up: DeepReadonly<UpstreamPlan>): string[] {
  if (up.type === 'oidc') return [up.issuerUrl!];
  return [up.authorizationEndpoint!, up.tokenEndpoint!, ...(up.userinfo ? [up.userinfo.endpointUrl] : [])];
}
