/**
 * The embedded authorization server (Mode B) as the server core sees it: route handlers for the plan's
 * AS handler names, and the incoming-auth options that verify our own JWTs in-process and load upstream
 * tokens (pass `incomingAuth` as ServerOptions.auth).
 */
import type { AuthServerPlan } from '../../generated/plan.js';
import type { DeepReadonly } from '../../common/freeze.js';
import type { RouteHandler, SecretValues, TokenKeyResolver, UpstreamTokenLoader } from '../contract.js';
import type { FrontDoor } from '../http/front-door.js';
import { createClientResolver, type ClientLookup } from './client-id-metadata/resolver.js';
import { discoveryHandlers } from './discovery.js';
import type { StorageError } from './errors.js';
import { ownKeyResolver } from './key-resolver.js';
import { oauthRouter, type OAuthEndpoint } from './oauth-router.js';
import { registerHandler } from './register.js';
import { loadSigningKeys, type SigningKeySet } from './signing-keys.js';
import { openStorage } from './storage/index.js';
import { loadKeyring } from './storage/keyring.js';
import type { AuthServerStorage } from './storage/types.js';
import { lazyRefreshClients } from './upstream-refresh/clients.js';
import { createUpstreamRefresher } from './upstream-refresh/refresher.js';
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
  clients: ClientLookup;
  frontDoor?: Pick<FrontDoor, 'callerAddress' | 'rateLimits'>;
}) => Partial<Record<Exclude<OAuthEndpoint, 'register'>, RouteHandler>> | Promise<Partial<Record<Exclude<OAuthEndpoint, 'register'>, RouteHandler>>>;

export interface StartAuthServerOptions {
  /** The plan's secrets, resolved at start (runtime/secrets.ts). */
  secrets: SecretValues;
  /** Without it, /oauth/authorize, /consent, /callback and /token answer 404. */
  flow?: FlowEndpoints;
  warn?: (message: string) => void;
  onStorageError?: (err: StorageError) => void;
  /** Who the caller is (trusted proxies) and the per-caller rate limits; default: the socket peer and the default limits. */
  frontDoor?: Pick<FrontDoor, 'callerAddress' | 'rateLimits'>;
}

/** Keys are loaded before storage is opened, and storage is closed if the flow cannot be built: a failed start leaves no connection behind. */
export async function startAuthServer(as: DeepReadonly<AuthServerPlan>, opts: StartAuthServerOptions): Promise<AuthServerRuntime> {
  const keys = await loadSigningKeys(as.signingKeys, { secrets: opts.secrets, ...(opts.warn ? { warn: opts.warn } : {}) });
  const keyring = loadKeyring(as.hmacSecrets, { secrets: opts.secrets, ...(opts.warn ? { warn: opts.warn } : {}) });
  const storage = openStorage(as.storage, { secrets: opts.secrets, keyring, ...(opts.onStorageError ? { onError: opts.onStorageError } : {}) });
  // MCP 2025-11-25 clients name themselves by an https client_id URL (a metadata document) instead of registering.
  const clients = createClientResolver({ storage, scopesSupported: as.scopesSupported, allowHttpLoopback: as.insecureAllowHttp });
  const close = async () => {
    await clients.close();
    await storage.close();
  };
  let flow: Awaited<ReturnType<FlowEndpoints>> = {};
  try {
    flow = (await opts.flow?.({ storage, keys, clients, ...(opts.frontDoor ? { frontDoor: opts.frontDoor } : {}) })) ?? {};
  } catch (e) {
    await close();
    throw e;
  }
  // Upstream tokens expire long before our sessions do; the middleware refreshes them on use.
  const refresher = createUpstreamRefresher({
    storage,
    clients: lazyRefreshClients(as, opts.secrets),
    ...(opts.warn ? { warn: opts.warn } : {}),
  });
  return {
    handlers: {
      ...discoveryHandlers(as, keys),
      as_oauth: oauthRouter({
        ...flow,
        register: registerHandler({
          storage,
          scopesSupported: as.scopesSupported,
          ...(opts.frontDoor ? { callerAddress: opts.frontDoor.callerAddress, limiter: storage.rateLimiter('register', opts.frontDoor.rateLimits.register) } : {}),
        }),
      }),
    },
    incomingAuth: { keyResolver: ownKeyResolver(keys), upstreamTokens: upstreamTokenHook(storage, { refresher }) },
    keys,
    storage,
    close,
  };
}
