/**
 * Defensive readers over a config value. Rules run even when the schema check failed (so every problem is
 * reported at once), so they must never assume a shape: these return undefined instead of throwing.
 */
import type { PathSegment } from './diagnostics.js';

export type Obj = Record<string, unknown>;

export const obj = (v: unknown): Obj | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** ToolHive's rule: an upstream with no name is called "default". */
export const DEFAULT_UPSTREAM_NAME = 'default';
export const upstreamName = (u: unknown): string => str(obj(u)?.name) || DEFAULT_UPSTREAM_NAME;

export interface StrategyAt {
  /** `default` or the backend key under outgoingAuth.backends. */
  owner: string;
  path: PathSegment[];
  strategy: Obj;
}

/** outgoingAuth.default and every outgoingAuth.backends entry, in file order. */
export function strategies(config: unknown): StrategyAt[] {
  const out = obj(obj(config)?.outgoingAuth);
  if (!out) return [];
  const found: StrategyAt[] = [];
  const def = obj(out.default);
  if (def) found.push({ owner: 'default', path: ['outgoingAuth', 'default'], strategy: def });
  for (const [name, s] of Object.entries(obj(out.backends) ?? {})) {
    const strategy = obj(s);
    if (strategy) found.push({ owner: name, path: ['outgoingAuth', 'backends', name], strategy });
  }
  return found;
}

/** How a message names the owner of a strategy. */
export const ownerName = (s: StrategyAt): string => (s.owner === 'default' ? 'the default outgoing strategy' : `backend "${s.owner}"`);

export const runConfig = (config: unknown): Obj | undefined => obj(obj(obj(config)?.authServer)?.runConfig);
export const hasAuthServer = (config: unknown): boolean => obj(obj(config)?.authServer) !== undefined;

export function incomingOidc(config: unknown): Obj | undefined {
  const incoming = obj(obj(config)?.incomingAuth);
  return incoming?.type === 'oidc' ? obj(incoming.oidc) : undefined;
}

/** Auth server configured, incoming auth is OIDC, and the two issuers are the same string (the contract's definition). */
export function authServerIsIncomingIssuer(config: unknown): boolean {
  const issuer = str(runConfig(config)?.issuer);
  return issuer !== undefined && issuer === str(incomingOidc(config)?.issuer);
}

export const backendNames = (config: unknown): string[] =>
  arr(obj(config)?.backends)
    .map((b) => str(obj(b)?.name))
    .filter((n): n is string => n !== undefined);

/**
 * ToolHive's dynamic mode: groupRef and no backends (pkg/vmcp/cli/serve.go: static only when backends are
 * listed). The backends are then the group's workloads, known only at run time.
 */
export const discoversBackends = (config: unknown): boolean => {
  const c = obj(config);
  const group = str(c?.groupRef);
  return group !== undefined && group !== '' && arr(c?.backends).length === 0;
};
