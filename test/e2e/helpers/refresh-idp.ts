/**
 * A real OpenID Provider (oidc-provider) for upstream-refresh tests. Like test/auth-server-flow/helpers/idp.ts
 * (whose adapter it reuses), plus what refresh tests need from an upstream: refresh tokens on every login
 * and rotated on every use (so a second use of an old one is refused with invalid_grant), a count of the
 * refresh grants it served, and a switch that makes its token endpoint answer 503 (an outage).
 */
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { memoryAdapterFactory } from '../../auth-server-flow/helpers/idp-adapter.js';

export interface RefreshIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next login signs in as. */
  loginAs(accountId: string): void;
  /** Refresh grants served so far (successful ones). */
  refreshes(): number;
  /** While true, the token endpoint answers 503. */
  setDown(down: boolean): void;
  stop(): Promise<void>;
}

export interface RefreshIdpOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  authMethod: 'client_secret_basic' | 'client_secret_post';
}

export async function startRefreshIdp(o: RefreshIdpOptions): Promise<RefreshIdp> {
  let account = 'alice';
  let down = false;
  let refreshes = 0;
  let provider: Provider | null = null;
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (down && req.url?.startsWith('/token')) {
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"temporarily_unavailable"}');
        return;
      }
      if (req.url?.startsWith('/interaction/')) {
        const details = await provider!.interactionDetails(req, res);
        const grant = new provider!.Grant({ accountId: account, clientId: details.params.client_id! });
        grant.addOIDCScope(details.params.scope ?? 'openid');
        await provider!.interactionFinished(req, res, { login: { accountId: account }, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false });
        return;
      }
      provider!.callback()(req, res);
    })().catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
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
    // A refresh token without offline_access and consent, for every client: what these tests are about.
    issueRefreshToken: () => true,
    rotateRefreshToken: () => true,
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, RefreshToken: 3600, Session: 600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
  });
  provider.on('server_error', () => undefined);
  provider.on('grant.success', (ctx) => {
    if ((ctx as { oidc?: { params?: { grant_type?: string } } }).oidc?.params?.grant_type === 'refresh_token') refreshes++;
  });
  return {
    issuer,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    loginAs(id) {
      account = id;
    },
    refreshes: () => refreshes,
    setDown(d) {
      down = d;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
