/** From a backend's strategy plan to a strategy object, with secrets already resolved at start. */
import type { DeepReadonly } from '../../common/freeze.js';
import type { OutgoingStrategyPlan } from '../../generated/plan.js';
import type { RuntimePlan, SecretValues } from '../contract.js';
import { headerInjection } from './header-injection.js';
import type { OutgoingStrategy } from './strategy.js';
import { tokenExchange } from './token-exchange.js';
import { unauthenticated } from './unauthenticated.js';
import { upstreamInject } from './upstream-inject.js';

export function createStrategy(
  strategy: DeepReadonly<OutgoingStrategyPlan>,
  plan: RuntimePlan,
  secrets: SecretValues,
  timeoutMs?: number,
): OutgoingStrategy {
  switch (strategy.type) {
    case 'unauthenticated':
      return unauthenticated;
    case 'header_injection':
      return headerInjection(strategy.headerName, secrets.get(strategy.headerValue));
    case 'upstream_inject':
      return upstreamInject(strategy.providerName);
    case 'token_exchange':
      return tokenExchange({
        tokenUrl: strategy.tokenUrl,
        clientId: strategy.clientId,
        clientSecret: strategy.clientSecret === null ? null : secrets.get(strategy.clientSecret),
        audience: strategy.audience,
        scopes: strategy.scopes,
        subjectTokenType: strategy.subjectTokenType,
        // Mode B without a named provider: the first upstream is the identity source (the RFC's rule).
        subjectProviderName: plan.mode === 'B' ? (strategy.subjectProviderName ?? plan.authServer?.upstreams[0]?.name ?? null) : null,
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
  }
}
