// The demo's local development IdP: a real OpenID Provider (oidc-provider) on 127.0.0.1 with one client,
// vmcp. Its sign-in page accepts any user name with the demo password; consent is implied by signing in.
// Everything (keys, sessions, tokens) lives in memory and is gone when the demo stops.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
// oidc-provider's own in-memory store; handed in explicitly, because the default one prints a warning
// meant for production deployments on every start.
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import { loginPage } from './login-page.mjs';

const USER_NAME = /^[\w.@+-]{1,64}$/;
const MAX_FORM_BYTES = 4096;

/** Resolves once listening; `port` 0 picks a free one. `redirectUri` is vmcp's /oauth/callback. */
export async function startDemoIdp({ port, clientId, clientSecret, redirectUri, password }) {
  let provider;
  const http = createServer((req, res) => {
    const interaction = /^\/interaction\/[\w-]+$/.test(new URL(req.url ?? '/', 'http://x').pathname);
    const work = interaction ? handleInteraction(provider, req, res, password) : Promise.resolve(provider.callback()(req, res));
    work.catch((e) => {
      process.stderr.write(`demo IdP: ${e.message}\n`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('the demo IdP failed; see its log');
    });
  });
  await new Promise((resolve, reject) => {
    http.once('error', (e) => reject(new Error(`the demo IdP cannot listen on 127.0.0.1:${port}: ${e.code ?? e.message}`)));
    http.listen(port, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${http.address().port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  provider = new Provider(issuer, {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, name: id, email: `${id}@example.test`, email_verified: false }) }),
    claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    // A working day, so a demo session does not run into an expired upstream token; explicit values also
    // keep oidc-provider from printing a notice for each default.
    ttl: { AccessToken: 8 * 3600, AuthorizationCode: 60, Grant: 8 * 3600, IdToken: 3600, Interaction: 600, RefreshToken: 8 * 3600, Session: 8 * 3600 },
    interactions: { url: (_ctx, i) => `/interaction/${i.uid}` },
  });
  provider.on('server_error', (_ctx, e) => process.stderr.write(`demo IdP: ${e.message}\n`));
  return {
    issuer,
    // oidc-provider's route for userinfo (its default).
    userinfoEndpoint: `${issuer}/me`,
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

/** GET shows the sign-in form (or, already signed in, grants at once); POST checks it. */
async function handleInteraction(provider, req, res, password) {
  const details = await provider.interactionDetails(req, res);
  const action = `/interaction/${details.uid}`;
  const client = `The application "${details.params.client_id}"`;
  if (req.method === 'GET' && details.prompt.name === 'login') return void sendPage(res, 200, loginPage({ action, client }));
  if (req.method === 'GET') return finish(provider, req, res, details, details.session.accountId);
  if (req.method !== 'POST') return void res.writeHead(405, { allow: 'GET, POST' }).end();
  const form = new URLSearchParams(await readBody(req));
  const user = (form.get('username') ?? '').trim();
  if (!USER_NAME.test(user)) return void sendPage(res, 400, loginPage({ action, client, user, error: 'Use 1 to 64 letters, digits or . _ @ + - for the user name.' }));
  if (form.get('password') !== password) return void sendPage(res, 400, loginPage({ action, client, user, error: 'Wrong password: use the one the demo printed.' }));
  return finish(provider, req, res, details, user);
}

async function finish(provider, req, res, details, accountId) {
  const grant = (details.grantId && (await provider.Grant.find(details.grantId))) || new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope ?? 'openid');
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

const sendPage = (res, status, html) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);

async function readBody(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_FORM_BYTES) throw new Error('sign-in form too large');
  }
  return body;
}
