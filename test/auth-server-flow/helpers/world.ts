import { randomBytes, randomUUID } from 'node:crypto';
import { generateKeyPair } from 'jose';
import * as oauth from 'oauth4webapi';
import type { AuthServerPlan, UpstreamPlan } from '../../../generated/plan.js';
import { clientAddressResolver } from '../../../runtime/http/client-address.js';
import { MemoryStorage } from '../../../runtime/auth-server/storage/memory.js';
import type { AuthServerStorage, RegisteredClient } from '../../../runtime/auth-server/storage/types.js';
import { createOAuthFlow, createUpstreamClients, keySigner, type OAuthFlow, type OAuthFlowOptions, type UpstreamClient } from '../../../runtime/auth-server/flow/index.js';
import { Browser } from './browser.js';
import { startIdp, type TestIdp } from './idp.js';
import { authServerPlan, oauth2UpstreamPlan, oidcUpstreamPlan } from './plan.js';
import { startFlowServer, type FlowServer } from './vmcp.js';

/** The client's registered redirect URI is portless; it redirects to it on an ephemeral port (RFC 8252). */
export const REGISTERED_REDIRECT = 'http://127.0.0.1/cb';
export const CLIENT_REDIRECT = 'http://127.0.0.1:49152/cb';

const UNLIMITED = { burst: 1_000_000, perSecond: 1_000_000 };
export const NO_RATE_LIMITS = { authorize: UNLIMITED, consent: UNLIMITED, token: UNLIMITED };
/** For startAuthServer in tests that sign in many times from 127.0.0.1 (the limits have their own tests). */
export const unlimitedFrontDoor = { callerAddress: clientAddressResolver(), rateLimits: { ...NO_RATE_LIMITS, register: UNLIMITED } };

export interface World {
  vmcp: FlowServer;
  issuer: string;
  resource: string;
  idps: TestIdp[];
  plan: AuthServerPlan;
  upstreams: UpstreamClient[];
  storage: AuthServerStorage;
  publicKey: CryptoKey;
  client: RegisteredClient;
  clock: { now: number };
  warnings: { message: string; fields: Record<string, string> }[];
  /** Another flow over the same plan, storage and keys (another vmcp process). */
  flow(over?: Partial<OAuthFlowOptions>): OAuthFlow;
  stop(): Promise<void>;
}

export interface WorldOptions {
  /** Upstream types in chain order; each gets its own oidc-provider. */
  chain: ('oidc' | 'oauth2')[];
  storage?: AuthServerStorage;
  plan?: Partial<AuthServerPlan>;
  upstream?: (u: UpstreamPlan, i: number) => UpstreamPlan;
  /** Options for every flow of this world (the mounted one and those from `flow()`). */
  flowOptions?: Partial<OAuthFlowOptions>;
}

export async function startWorld(o: WorldOptions): Promise<World> {
  const vmcp = await startFlowServer();
  const issuer = vmcp.origin;
  const callback = `${issuer}/oauth/callback`;
  const secrets = new Map<string, string>();
  const idps: TestIdp[] = [];
  const plans: UpstreamPlan[] = [];
  for (const [i, type] of o.chain.entries()) {
    const name = `${type}-${i}`;
    const secret = randomBytes(24).toString('base64url');
    secrets.set(`${name.toUpperCase()}_SECRET`, secret);
    const idp = await startIdp({ clientId: `vmcp-${name}`, clientSecret: secret, redirectUri: callback, authMethod: type === 'oidc' ? 'client_secret_basic' : 'client_secret_post' });
    idps.push(idp);
    const base = type === 'oidc' ? oidcUpstreamPlan(name, idp.issuer, idp.clientId, callback) : oauth2UpstreamPlan(name, idp.issuer, idp.clientId, callback);
    plans.push(o.upstream ? o.upstream(base, i) : base);
  }
  const plan = authServerPlan(issuer, plans, o.plan);
  const upstreams = await createUpstreamClients(plan, {
    secret: (ref) => ('env' in ref ? (secrets.get(ref.env) ?? '') : ''),
    discovery: { attempts: 2, firstDelayMs: 50, timeoutMs: 2000 },
  });
  // One clock for the flow and the memory storage, so tests can let records expire.
  const clock = { now: Date.now() };
  const storage = o.storage ?? new MemoryStorage({ now: () => clock.now });
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const signer = keySigner({ privateKey, kid: 'test-key', alg: 'ES256' });
  const warnings: World['warnings'] = [];
  const client: RegisteredClient = {
    clientId: randomUUID(),
    clientName: 'test client',
    redirectUris: [REGISTERED_REDIRECT],
    grantTypes: ['authorization_code', 'refresh_token'],
    responseTypes: ['code'],
    scopes: ['openid', 'profile', 'offline_access'],
    applicationType: 'native',
    issuedAt: Math.floor(clock.now / 1000),
  };
  // Long enough to survive tests that move the clock past the refresh lifetime.
  await storage.putClient(client, 30 * 24 * 3_600_000);
  const flow = (over: Partial<OAuthFlowOptions> = {}) =>
    createOAuthFlow({
      plan,
      storage,
      signer,
      upstreams,
      clock: () => clock.now,
      warn: (message, fields) => warnings.push({ message, fields }),
      // Every test request comes from 127.0.0.1 and the clock stands still: the limits have their own tests.
      rateLimits: NO_RATE_LIMITS,
      ...o.flowOptions,
      ...over,
    });
  vmcp.mount(flow());
  return {
    vmcp,
    issuer,
    resource: plan.allowedAudiences[0]!,
    idps,
    plan,
    upstreams,
    storage,
    publicKey,
    client,
    clock,
    warnings,
    flow,
    async stop() {
      await vmcp.stop();
      for (const idp of idps) await idp.stop();
      await storage.close();
    },
  };
}

/** What a client keeps between its authorization request and the token request. */
export interface ClientSession {
  verifier: string;
  state: string;
  url: URL;
}

/** A well-formed authorization request; `over` replaces or (with null) removes parameters. */
export async function authorizeRequest(w: World, over: Record<string, string | null> = {}, origin = w.issuer): Promise<ClientSession> {
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(`${origin}/oauth/authorize`);
  const params: Record<string, string | null> = {
    client_id: w.client.clientId,
    redirect_uri: CLIENT_REDIRECT,
    response_type: 'code',
    scope: 'openid offline_access',
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    resource: w.resource,
    ...over,
  };
  for (const [k, v] of Object.entries(params)) if (v !== null) url.searchParams.set(k, v);
  return { verifier, state, url };
}

export const isClientRedirect = (u: URL): boolean => u.href.startsWith(CLIENT_REDIRECT);
export const isCallback = (w: World) => (u: URL): boolean => u.pathname === '/oauth/callback' && u.origin === w.issuer;

/** Logs the user in through every upstream; returns the redirect back to the client (unfetched). */
export async function login(session: ClientSession, browser = new Browser()): Promise<URL> {
  return browser.follow(session.url, isClientRedirect);
}

/** Our authorization server as oauth4webapi sees it (discovery belongs to another module). */
export const asMetadata = (w: World, origin = w.issuer): oauth.AuthorizationServer => ({
  issuer: w.issuer,
  authorization_endpoint: `${origin}/oauth/authorize`,
  token_endpoint: `${origin}/oauth/token`,
  authorization_response_iss_parameter_supported: true,
  client_id_metadata_document_supported: true,
  code_challenge_methods_supported: ['S256'],
});

export const oauthClient = (w: World): oauth.Client => ({ client_id: w.client.clientId, token_endpoint_auth_method: 'none' });

/** POSTs a token request as a form; returns status, headers and the JSON body. */
export async function tokenRequest(w: World, form: Record<string, string>, origin = w.issuer): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const res = await fetch(`${origin}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

/** A full login and code redemption; returns the token response body. */
export async function obtainTokens(w: World, origin = w.issuer): Promise<Record<string, unknown>> {
  const s = await authorizeRequest(w, {}, origin);
  const back = await login(s);
  const code = back.searchParams.get('code');
  if (code === null) throw new Error(`no code: ${back.href}`);
  const r = await tokenRequest(w, { grant_type: 'authorization_code', code, redirect_uri: CLIENT_REDIRECT, code_verifier: s.verifier, client_id: w.client.clientId }, origin);
  if (r.status !== 200) throw new Error(`token request failed: ${JSON.stringify(r.body)}`);
  return r.body;
}
