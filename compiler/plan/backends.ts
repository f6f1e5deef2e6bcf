import type { BackendPlan, OutgoingStrategyPlan, SecretRef, StdioLaunchPlan } from '../../generated/plan.js';
import type { Backend, BackendAuthStrategy, VmcpConfig } from '../../generated/vmcp-config.js';
import type { PathSegment } from '../diagnostics.js';
import { durationMs } from '../urls.js';
import { DEFAULT_TIMEOUT } from './operational.js';
import { envRef, fileRef, inlineRef } from './secrets.js';
import { subjectTokenTypeUrn } from './token-types.js';

/** Each backend with its resolved strategy: its own entry, else the default, else unauthenticated. */
export function buildBackends(config: VmcpConfig, configFile: string): BackendPlan[] {
  const out = config.outgoingAuth;
  const perWorkload = config.operational?.timeouts?.perWorkload ?? {};
  const defaultTimeout = config.operational?.timeouts?.default ?? DEFAULT_TIMEOUT;
  return (config.backends ?? []).map((b, i) => {
    const own = out?.backends?.[b.name];
    const [strategy, path]: [BackendAuthStrategy | undefined, PathSegment[]] = own
      ? [own, ['outgoingAuth', 'backends', b.name]]
      : [out?.default, ['outgoingAuth', 'default']];
    return {
      name: b.name,
      // V-17 has checked that the transport's own key is there.
      ...(b.transport === 'stdio' ? { stdio: buildStdio(b, ['backends', i], configFile) } : { url: b.url! }),
      transport: b.transport,
      timeoutMs: durationMs(perWorkload[b.name] ?? defaultTimeout),
      outgoingAuth: strategy ? buildStrategy(strategy, path, configFile) : { type: 'unauthenticated' },
      metadata: { ...b.metadata, ...(config.groupRef === undefined ? {} : { group: config.groupRef }) },
    };
  });
}

/** The program, its arguments, and the variables set for it, each value by reference (never in the plan). */
function buildStdio(b: Backend, path: PathSegment[], configFile: string): StdioLaunchPlan {
  const env: Record<string, SecretRef> = {};
  for (const [name, value] of Object.entries(b.env ?? {})) {
    if (value === undefined) continue;
    env[name] =
      typeof value === 'string' ? inlineRef(configFile, [...path, 'env', name]) : value.valueEnv !== undefined ? envRef(value.valueEnv) : fileRef(value.valueFile!);
  }
  return { command: b.command!, args: b.args ?? [], env, cwd: b.cwd ?? null };
}

export function buildStrategy(s: BackendAuthStrategy, path: PathSegment[], configFile: string): OutgoingStrategyPlan {
  switch (s.type) {
    case 'header_injection': {
      const h = s.headerInjection!;
      return {
        type: 'header_injection',
        headerName: h.headerName,
        headerValue: h.headerValueEnv ? envRef(h.headerValueEnv) : inlineRef(configFile, [...path, 'headerInjection', 'headerValue']),
      };
    }
    case 'token_exchange': {
      const t = s.tokenExchange!;
      return {
        type: 'token_exchange',
        tokenUrl: t.tokenUrl,
        clientId: t.clientId ?? null,
        clientSecret: t.clientSecretEnv
          ? envRef(t.clientSecretEnv)
          : t.clientSecret !== undefined
            ? inlineRef(configFile, [...path, 'tokenExchange', 'clientSecret'])
            : null,
        audience: t.audience ?? null,
        scopes: t.scopes ?? [],
        subjectTokenType: subjectTokenTypeUrn(t.subjectTokenType),
        // Left as written: in Mode B the runtime reads null as "the first upstream", so Mode A and B plans agree here.
        subjectProviderName: t.subjectProviderName ?? null,
      };
    }
    case 'upstream_inject':
      return { type: 'upstream_inject', providerName: s.upstreamInject!.providerName! };
    default:
      return { type: 'unauthenticated' };
  }
}
