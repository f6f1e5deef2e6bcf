/**
 * `npm run demo:mode-b` on free ports: its discovery documents and /status answer, an MCP SDK client runs
 * the whole OAuth flow (discovery, registration, a scripted sign-in at the demo IdP, token) and calls
 * `whoami`, which reports the user the backend found behind the upstream token vmcp injected. Ctrl-C
 * stops it cleanly.
 */
import { randomBytes } from 'node:crypto';
import { Client, StreamableHTTPClientTransport, UnauthorizedError, type OAuthClientProvider } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoUser } from '../../examples/demo-mode-b/sign-in.mjs';
import { startDemo, type DemoProcess } from './demo-process.js';

const PASSWORD = 'vmcp-demo';
const REDIRECT = 'http://127.0.0.1:40999/callback';
const CLIENT_SECRET = randomBytes(24).toString('base64url');

type Saved = Parameters<OAuthClientProvider['saveTokens']>[0];
type Info = Parameters<NonNullable<OAuthClientProvider['saveClientInformation']>>[0];
type Discovery = Parameters<NonNullable<OAuthClientProvider['saveDiscoveryState']>>[0];

/** An OAuth client as an MCP host keeps one; the "browser" step is left to the test. */
class ScriptedHost implements OAuthClientProvider {
  authorizationUrl: URL | null = null;
  private info: Info | undefined;
  private saved: Saved | undefined;
  private verifier = '';
  private discovery: Discovery | undefined;
  readonly redirectUrl = REDIRECT;
  readonly clientMetadata = { client_name: 'vmcp demo test', redirect_uris: [REDIRECT], token_endpoint_auth_method: 'none' };
  clientInformation = () => this.info;
  saveClientInformation = (i: Info) => void (this.info = i);
  tokens = () => this.saved;
  saveTokens = (t: Saved) => void (this.saved = t);
  redirectToAuthorization = (url: URL) => void (this.authorizationUrl = url);
  saveCodeVerifier = (v: string) => void (this.verifier = v);
  codeVerifier = () => this.verifier;
  // Lets the SDK check that the code is redeemed at the authorization server that issued it (SEP-2352).
  saveDiscoveryState = (d: Discovery) => void (this.discovery = d);
  discoveryState = () => this.discovery;
}

/** The demo on free ports, with the origin and IdP issuer it printed. */
async function startOnFreePorts(): Promise<{ demo: DemoProcess; origin: string; idpIssuer: string }> {
  const demo = await startDemo({ VMCP_PORT: '0', DEMO_IDP_PORT: '0', DEMO_BACKEND_PORT: '0', DEMO_IDP_CLIENT_SECRET: CLIENT_SECRET });
  const origin = /MCP endpoint:\s+(http:\/\/localhost:\d+)\/mcp/.exec(demo.stdout())![1]!;
  const idpIssuer = /Demo IdP:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(demo.stdout())![1]!;
  return { demo, origin, idpIssuer };
}

let demo: DemoProcess;
let origin: string;
let idpIssuer: string;

const getJson = async (url: string) => {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return (await res.json()) as Record<string, unknown>;
};

describe('npm run demo:mode-b', () => {
  beforeAll(async () => {
    ({ demo, origin, idpIssuer } = await startOnFreePorts());
  }, 30_000);
  afterAll(async () => {
    await demo?.interrupt();
  });

  it('prints where to connect and the IdP password, never the IdP client secret', () => {
    expect(demo.stdout()).toContain(`MCP endpoint:          ${origin}/mcp`);
    expect(demo.stdout()).toContain(`password: ${PASSWORD}`);
    expect(demo.stdout() + demo.stderr()).not.toContain(CLIENT_SECRET);
  });

  it('publishes the protected-resource, authorization-server and IdP discovery documents', async () => {
    const prm = await getJson(`${origin}/.well-known/oauth-protected-resource/mcp`);
    expect(prm).toMatchObject({ resource: `${origin}/mcp`, authorization_servers: [origin] });
    const as = await getJson(`${origin}/.well-known/oauth-authorization-server`);
    expect(as).toMatchObject({ issuer: origin, token_endpoint: `${origin}/oauth/token`, registration_endpoint: `${origin}/oauth/register` });
    expect((await getJson(`${origin}/.well-known/openid-configuration`)).issuer).toBe(origin);
    expect((await getJson(`${idpIssuer}/.well-known/openid-configuration`)).issuer).toBe(idpIssuer);
  });

  it('reports its backend on /status and refuses the MCP endpoint without a token', async () => {
    const status = await getJson(`${origin}/status`);
    expect(status.backends).toEqual([expect.objectContaining({ name: 'profile', auth_type: 'upstream_inject' })]);
    const res = await fetch(`${origin}/mcp`, { method: 'POST' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain(`resource_metadata="${origin}/.well-known/oauth-protected-resource/mcp"`);
  });

  it('refuses a wrong password at the demo IdP', async () => {
    const host = new ScriptedHost();
    await expect(connect(host)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(new DemoUser('mallory', 'not-the-password').signIn(host.authorizationUrl!, isRedirect)).rejects.toThrow(/HTTP 400: Wrong password/);
  });

  it('lets an MCP SDK client sign in through the OAuth flow and call whoami as that user', async () => {
    const host = new ScriptedHost();
    await expect(connect(host)).rejects.toBeInstanceOf(UnauthorizedError);
    const back = await new DemoUser('dana', PASSWORD).signIn(host.authorizationUrl!, isRedirect);
    await new StreamableHTTPClientTransport(new URL(`${origin}/mcp`), { authProvider: host }).finishAuth(back.searchParams);

    const client = await connect(host);
    const { tools } = await client.listTools();
    const whoami = tools.find((t) => t.name.endsWith('whoami'));
    expect(whoami?.name).toBe('profile_whoami');
    const result = await client.callTool({ name: whoami!.name, arguments: {} });
    expect(result.isError).toBeFalsy();
    const text = (result.content as { type: string; text: string }[])[0]!.text;
    expect(text).toContain('You are "dana" at the demo IdP');
    expect(text).toContain('email: "dana@example.test"');
    await client.close();
  });

  it('has a backend that reports nobody when called without a token', async () => {
    const url = /Backend "profile":\s+(\S+)/.exec(demo.stdout())![1]!;
    const client = new Client({ name: 'demo-test', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    const result = await client.callTool({ name: 'whoami', arguments: {} });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain('this backend received no bearer token');
    await client.close();
  });
});

// Its own demo process: the tests above may run in any order, and this one ends the process it uses.
describe('npm run demo:mode-b, interrupted', () => {
  it('stops cleanly on Ctrl-C', async () => {
    const own = await startOnFreePorts();
    expect(await own.demo.interrupt()).toBe(0);
    expect(own.demo.stdout()).toContain('stopped.');
    await expect(fetch(`${own.origin}/status`)).rejects.toThrow();
  }, 30_000);
});

const isRedirect = (u: URL) => u.href.startsWith(REDIRECT);

async function connect(host: ScriptedHost): Promise<Client> {
  const client = new Client({ name: 'demo-test', version: '1' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${origin}/mcp`), { authProvider: host }));
  return client;
}
