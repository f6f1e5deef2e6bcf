/**
 * A Mode B vmcp as users run it, for attack tests: `vmcp serve` in a child process behind a TCP front (so
 * its issuer can name its port), two real upstream IdPs (oidc-provider: corp over OIDC, gh as plain OAuth
 * 2.0) that require PKCE, key files and an HMAC secret file, and memory or Redis storage.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as oauth from 'oauth4webapi';
import { startIdp, type TestIdp } from '../../auth-server-flow/helpers/idp.js';
import { writeKeyFiles } from '../../auth-server/helpers/key-files.js';
import { listenFront } from '../../helpers/front.js';
import { serveVmcp } from './mcp-serve.js';

export interface ModeBOptions {
  /** One upstream (corp) or a chain of two (corp, then gh). */
  chain?: 1 | 2;
  /** `storage:` of the runConfig, as YAML flow text; default memory. */
  storage?: string;
  /** An `http:` section, as YAML flow text. */
  http?: string;
  /** The IdPs' host name: `localhost` puts them on another site than vmcp (127.0.0.1), as in production. */
  idpHostname?: '127.0.0.1' | 'localhost';
}

export interface ModeB {
  /** vmcp's public origin (the issuer). */
  origin: string;
  idps: TestIdp[];
  /** PEM of vmcp's signing key (ES256), to forge tokens with it in tests. */
  signingKeyPem: string;
  hmacSecret: Buffer;
  stderr(): string;
  /** Another vmcp process on the same config (a replica behind the same front is not needed: tests call it directly). */
  replica(): Promise<{ url: string; close(): Promise<void> }>;
  stop(): Promise<void>;
}

export async function startModeB(o: ModeBOptions = {}): Promise<ModeB> {
  const front = await listenFront();
  const origin = front.origin;
  const callback = `${origin}/oauth/callback`;
  const pkce = { pkce: { required: () => true } };
  const idps = [await startIdp({ clientId: 'vmcp-corp', clientSecret: randomBytes(24).toString('base64url'), redirectUri: callback, authMethod: 'client_secret_basic', configuration: pkce, hostname: o.idpHostname ?? '127.0.0.1' })];
  if (o.chain === 2) idps.push(await startIdp({ clientId: 'vmcp-gh', clientSecret: randomBytes(24).toString('base64url'), redirectUri: callback, authMethod: 'client_secret_post', configuration: pkce, hostname: o.idpHostname ?? '127.0.0.1' }));
  const keys = writeKeyFiles();
  const dir = mkdtempSync(join(tmpdir(), 'vmcp-modeb-'));
  const secretFile = (name: string, value: string) => {
    const file = join(dir, name);
    writeFileSync(file, value);
    return file;
  };
  const [corp, gh] = idps;
  const upstreams = [
    `      - name: corp
        type: oidc
        oidc_config: { issuer_url: "${corp!.issuer}", client_id: vmcp-corp, client_secret_file: "${secretFile('corp.secret', corp!.clientSecret)}", scopes: [openid] }`,
    ...(gh
      ? [
          `      - name: gh
        type: oauth2
        oauth2_config: ${JSON.stringify({
          authorization_endpoint: `${gh.issuer}/auth`,
          token_endpoint: `${gh.issuer}/token`,
          client_id: gh.clientId,
          client_secret_file: secretFile('gh.secret', gh.clientSecret),
          scopes: ['openid'],
          userinfo: { endpoint_url: `${gh.issuer}/me`, field_mapping: { subject_fields: ['sub'] } },
        })}`,
        ]
      : []),
  ];
  const yaml = `
name: attack-target
groupRef: g
backends:
  - { name: b, url: "http://127.0.0.1:9/mcp", transport: streamable-http }
incomingAuth:
  type: oidc
  oidc: { issuer: "${origin}", audience: "${origin}/mcp", resource: "${origin}/mcp" }
outgoingAuth:
  source: inline
  default: { type: unauthenticated }
${o.http ? `http: ${o.http}\n` : ''}authServer:
  runConfig:
    issuer: "${origin}"
    upstreams:
${upstreams.join('\n')}
    allowed_audiences: ["${origin}/mcp"]
    signing_key_config: { key_dir: "${keys.dir}", signing_key_file: ec.pem }
    hmac_secret_files: ["${keys.hmacPath}"]
    storage: ${o.storage ?? '{ type: memory }'}
`;
  const served = await serveVmcp(yaml);
  front.forwardTo(served.url);
  const replicas: { close(): Promise<void> }[] = [];
  return {
    origin,
    idps,
    signingKeyPem: keys.pem.ec,
    hmacSecret: keys.hmacSecret,
    stderr: served.stderr,
    async replica() {
      const r = await serveVmcp(yaml);
      replicas.push(r);
      return r;
    },
    async stop() {
      await Promise.all([served.close(), ...replicas.map((r) => r.close())]);
      await front.close();
      for (const idp of idps) await idp.stop();
      keys.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An MCP client's side of the flow: its registration, PKCE verifier and authorization URL. */
export interface ClientFlow {
  clientId: string;
  redirectUri: string;
  verifier: string;
  url: URL;
}

/** Registers a public client (RFC 7591) with `redirectUri`, as anyone may. */
export async function registerClient(origin: string, redirectUri: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${origin}/oauth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ redirect_uris: [redirectUri], client_name: 'Scripted client', token_endpoint_auth_method: 'none', grant_types: ['authorization_code', 'refresh_token'] }),
  });
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { client_id: string }).client_id;
}

export async function clientFlow(origin: string, clientId: string, redirectUri: string): Promise<ClientFlow> {
  const verifier = oauth.generateRandomCodeVerifier();
  const url = new URL(`${origin}/oauth/authorize`);
  const params = { client_id: clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'openid', code_challenge: await oauth.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', resource: `${origin}/mcp` };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return { clientId, redirectUri, verifier, url };
}

export async function redeem(origin: string, f: ClientFlow, code: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: f.redirectUri, code_verifier: f.verifier, client_id: f.clientId }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
