/**
 * The embedded authorization server (Mode B) as the server core sees it: route handlers for the plan's
 * AS handler names, and the incoming-auth options that verify our own JWTs in-process and load upstream
 * tokens (pass `incomingAuth` as ServerOptions.auth).
 */
import type { AuthServerPlan } from '../../generated/plan.js';
import type { DeepReadonly } from '../../common/freeze.js';
import type { RouteHandler, SecretValues, TokenKeyResolver, UpstreamTokenLoader } from '../contract.js';
import { discoveryHandlers } from './discovery.js';
import type { StorageError } from './errors.js';
import { ownKeyResolver } from './key-resolver.js';
import { oauthDispatcher, type OAuthEndpoint } from './oauth-router.js';
import { registerHandler } from './register.js';
import { loadSigningKeys, type SigningKeySet } from './signing-keys.js';
import { openStorage } from './storage/index.js';
import type { AuthServerStorage } from './storage/types.js';
import { upstreamTokenHook } from './upstream-tokens.js';

export type AuthServerHandlerName = 'as_openid_configuration' | 'as_authorization_server_metadata' | 'as_jwks' | 'as_oauth';

export interface AuthServerRuntime {
  handlers: Record<AuthServerHandlerName, RouteHandler>;
  incomingAuth: { keyResolver: TokenKeyResolver; upstreamTokens: UpstreamTokenLoader };
  keys: SigningKeySet;
  storage: AuthServerStorage;
  close(): Promise<void>;
}

/** Builds the /oauth endpoints beyond registration (the authorization flow) over this server's parts. */
export type FlowEndpoints = (parts: {
  storage: AuthServerStorage;
  keys: SigningKeySet;
}) => Partial<Record<Exclude<OAuthEndpoint, 'register'>, RouteHandler>> | Promise<Partial<Record<Exclude<OAuthEndpoint, 'register'>, RouteHandler>>>;

export interface StartAuthServerOptions {
  /** The plan's secrets, resolved at start (runtime/secrets.ts). */
  secrets: SecretValues;
  /** Without it, /oauth/authorize, /callback and /token answer 404. */
  flow?: FlowEndpoints;
  warn?: (message: string) => void;
  onStorageError?: (err: StorageError) => void;
}

/** Keys are loaded before storage is opened, and storage is closed if the flow cannot be built: a failed start leaves no connection behind. */
export async function startAuthServer(as: DeepReadonly<AuthServerPlan>, opts: StartAuthServerOptions): Promise<AuthServerRuntime> {
  const keys = await loadSigningKeys(as.signingKeys, { secrets: opts.secrets, ...(opts.warn ? { warn: opts.warn } : {}) });
  const storage = openStorage(as.storage, { secrets: opts.secrets, ...(opts.onStorageError ? { onError: opts.onStorageError } : {}) });
  let flow: Awaited<ReturnType<FlowEndpoints>> = {};
  try {
    flow = (await opts.flow?.({ storage, keys })) ?? {};
  } catch (e) {
    await storage.close();
    throw e;
  }
  return {
    handlers: {
      ...discoveryHandlers(as, keys),
      as_oauth: oauthDispatcher({ ...flow, register: registerHandler({ storage, scopesSupported: as.scopesSupported }) }),
    },
    incomingAuth: { keyResolver: ownKeyResolver(keys), upstreamTokens: upstreamTokenHook(storage) },
    keys,
    storage,
    close: () => storage.close(),
  };
}
