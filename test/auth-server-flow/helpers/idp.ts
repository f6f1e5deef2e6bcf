import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { memoryAdapterFactory } from './idp-adapter.js';

/** A real OpenID Provider (oidc-provider) on a loopback port, whose login the test scripts. */
export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next login signs in as; `null` makes the user deny the authorization. */
  loginAs(accountId: string | null): void;
  stop(): Promise<void>;
}

export interface IdpOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  authMethod: 'client_secret_basic' | 'client_secret_post';
  /** More oidc-provider configuration, laid over the defaults below. */
  configuration?: Record<string, unknown>;
  /** Sees each request before the provider does; returns true when it has answered it itself. */
  answerFirst?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** oidc-provider event listeners, by event name. */
  on?: Record<string, (...args: unknown[]) => void>;
  /** The issuer's host name (it always listens on 127.0.0.1): `localhost` makes it another site than vmcp on 127.0.0.1. */
  hostname?: '127.0.0.1' | 'localhost';
}

/**
 * Interactions (login, consent) are answered by the wrapper below instead of a login page: it finishes
 * each interaction at once for the account chosen with `loginAs`, through oidc-provider's own API, so the
 * protocol steps around it (cookies, redirects, resume) are the real ones. A browser that carries a
 * `test-login=<account>` cookie for the IdP signs in as that account instead: one person per browser.
 */
export async function startIdp(o: IdpOptions): Promise<TestIdp> {
  let account: string | null = 'alice';
  let provider: Provider | null = null;
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (o.answerFirst?.(req, res)) return;
      if (req.url?.startsWith('/interaction/')) {
        const details = await provider!.interactionDetails(req, res);
        const chosen = /(?:^|;\s*)test-login=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? account;
        if (chosen === null) {
          await provider!.interactionFinished(req, res, { error: 'access_denied', error_description: 'the user said no' }, { mergeWithLastSubmission: false });
          return;
        }
        const grant = details.grantId ? ((await provider!.Grant.find(details.grantId)) ?? null) : new provider!.Grant({ accountId: chosen, clientId: details.params.client_id! });
        grant!.addOIDCScope(details.params.scope ?? 'openid');
        const grantId = await grant!.save();
        await provider!.interactionFinished(req, res, { login: { accountId: chosen }, consent: { grantId } }, { mergeWithLastSubmission: false });
        return;
      }
      provider!.callback()(req, res);
    })().catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://${o.hostname ?? '127.0.0.1'}:${(server.address() as { port: number }).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  provider = new Provider(issuer, {
    adapter: memoryAdapterFactory(),
    clients: [
      {
        client_id: o.clientId,
        client_secret: o.clientSecret,
        redirect_uris: [o.redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: o.authMethod,
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['test-cookie-key-not-a-secret'] },
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id, email: `${id}@example.test`, name: id }) }),
    claims: { openid: ['sub'], email: ['email'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    // Explicit lifetimes, so oidc-provider does not print a notice for each default it falls back to.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, RefreshToken: 3600, Session: 600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ...o.configuration,
  });
  // oidc-provider reports protocol errors (the ones tests provoke on purpose) as events; keep them quiet.
  provider.on('server_error', () => undefined);
  for (const [event, listener] of Object.entries(o.on ?? {})) provider.on(event, listener);
  return {
    issuer,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    loginAs(id) {
      account = id;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * `idp` as a plain OAuth 2.0 upstream (no discovery; the user from its userinfo endpoint), as the value of
 * a runConfig upstream's `oauth2_config`: JSON, which YAML reads as a flow mapping.
 */
export const oauth2UpstreamConfig = (idp: TestIdp, secretEnvVar: string): string =>
  JSON.stringify({
    authorization_endpoint: `${idp.issuer}/auth`,
    token_endpoint: `${idp.issuer}/token`,
    client_id: idp.clientId,
    client_secret_env_var: secretEnvVar,
    scopes: ['openid'],
    userinfo: { endpoint_url: `${idp.issuer}/me`, field_mapping: { subject_fields: ['sub'] } },
  });
