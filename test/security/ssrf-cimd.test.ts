/**
 * Attack regression, security review finding 5: client ID metadata documents as an SSRF and socket
 * exhaustion lever. Against the server as `vmcp serve` wires it (real compiler plan, startAuthServer with
 * the flow, the server core, a real oidc-provider upstream) with the default fetch limits:
 * - 300 concurrent /oauth/authorize, each naming a different document on a host that accepts connections
 *   and never answers, once held 299 sockets to it; now at most the per-host bound (4) ever connect and
 *   the rest are refused with 503 temporarily_unavailable before any of those four is answered;
 * - client_id URLs on 6to4, local-use NAT64, site-local and Teredo literals, which the old hand-made list
 *   let through, are refused without a connection.
 * Plain http on loopback is allowed by the runConfig's insecure_allow_http, as the CIMD suites allow it.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RouteHandler } from '../../runtime/contract.js';
import { oauthFlowEndpoints } from '../../runtime/auth-server/flow/index.js';
import { startAuthServer, type AuthServerRuntime } from '../../runtime/auth-server/index.js';
import { frontDoorFor } from '../../runtime/http/front-door.js';
import { resolveSecrets } from '../../runtime/secrets.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { compileModeB } from '../auth-server/helpers/plan.js';
import { bindLoopback } from '../fixtures/listen.js';
import { startIdp, type TestIdp } from '../auth-server-flow/helpers/idp.js';

const PER_HOST = 4;

/** A TCP listener that accepts every connection and never says a word; counts what it accepted. */
class SilentHost {
  private readonly server: Server = createServer((socket) => {
    this.accepted++;
    this.sockets.add(socket);
    this.mostAtOnce = Math.max(this.mostAtOnce, this.sockets.size);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
  });
  readonly sockets = new Set<Socket>();
  accepted = 0;
  mostAtOnce = 0;
  port = 0;

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Ends the wait of whoever is connected: their fetch fails at once instead of at its deadline. */
  hangUp(): void {
    for (const s of this.sockets) s.destroy();
  }

  async close(): Promise<void> {
    this.hangUp();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const mcp: RouteHandler = (_req, res) => void res.writeHead(204).end();

let idp: TestIdp;
let as: AuthServerRuntime;
let server: RunningServer;
let issuer: string;
const silent = new SilentHost();

beforeAll(async () => {
  const bound = await bindLoopback();
  issuer = bound.origin;
  const secret = randomBytes(24).toString('base64url');
  idp = await startIdp({ clientId: 'vmcp', clientSecret: secret, redirectUri: `${issuer}/oauth/callback`, authMethod: 'client_secret_basic' });
  const { plan } = compileModeB(issuer, { corpIssuer: idp.issuer, runConfigExtra: ['    insecure_allow_http: true'] });
  const secrets = resolveSecrets(plan, { env: { CORP_SECRET: secret } });
  // The per-caller authorize limit is lifted, as if each request came from its own address: the attacker
  // can spread the burst over many callers, while every document URL names the same target host.
  const door = frontDoorFor(plan);
  const frontDoor = { ...door, rateLimits: { ...door.rateLimits, authorize: { burst: 1000, perSecond: 1000 } } };
  as = await startAuthServer(plan.authServer!, { secrets, frontDoor, flow: oauthFlowEndpoints(plan.authServer!, { secrets }) });
  server = await startServer(plan, { listener: bound.listener, secrets, handlers: { ...as.handlers, mcp }, auth: as.incomingAuth });
  await silent.listen();
});

afterAll(async () => {
  await silent.close();
  await server?.close();
  await as?.close();
  await idp?.stop();
});

/** GET /oauth/authorize for `clientId`, otherwise well formed; resolves with status, JSON body and Retry-After. */
async function authorize(clientId: string): Promise<{ status: number; body: { error?: string; error_description?: string }; retryAfter: string | null }> {
  const url = new URL(`${issuer}/oauth/authorize`);
  const params = { client_id: clientId, redirect_uri: 'http://127.0.0.1/cb', response_type: 'code', scope: 'openid', state: 's', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, body: (await res.json()) as { error?: string }, retryAfter: res.headers.get('retry-after') };
}

describe('finding 5: metadata documents on a host that never answers', () => {
  it('300 concurrent authorizations hold at most the per-host bound of sockets; the rest are refused before any is answered', async () => {
    const answered: Awaited<ReturnType<typeof authorize>>[] = [];
    const all = Array.from({ length: 300 }, (_, i) => authorize(`http://127.0.0.1:${silent.port}/clients/${i}.json`).then((r) => (answered.push(r), r)));
    // Every refusal arrives while the admitted fetches still wait on the silent host (no answer, no deadline yet).
    await vi.waitFor(() => expect(answered.length).toBe(300 - PER_HOST), { timeout: 4000, interval: 20 });
    expect(silent.sockets.size).toBe(PER_HOST);
    for (const r of answered) {
      expect(r.status).toBe(503);
      expect(r.body.error).toBe('temporarily_unavailable');
      expect(r.body.error_description).toBe(
        `client_id metadata document: too many client metadata documents are being fetched right now (at most ${PER_HOST} from 127.0.0.1 at once); retry shortly`,
      );
      expect(r.retryAfter).toBe('1');
    }
    silent.hangUp();
    const admitted = (await Promise.all(all)).filter((r) => r.status !== 503);
    expect(admitted).toHaveLength(PER_HOST);
    for (const r of admitted) expect([r.status, r.body.error]).toEqual([400, 'invalid_client']);
    expect(silent.accepted).toBe(PER_HOST);
    expect(silent.mostAtOnce).toBe(PER_HOST);
  });
});

describe('finding 5: special-purpose literals the old list missed', () => {
  it.each([
    ['6to4 embedding 127.0.0.1', 'https://[2002:7f00:1::1]/c.json'],
    ['6to4 embedding a public address', 'https://[2002:808:808::1]/c.json'],
    ['local-use NAT64', 'https://[64:ff9b:1::a9fe:a9fe]/c.json'],
    ['well-known NAT64 embedding 169.254.169.254', 'https://[64:ff9b::a9fe:a9fe]/c.json'],
    ['deprecated site-local', 'https://[fec0::1]/c.json'],
    ['Teredo', 'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/c.json'],
  ])('refuses %s with invalid_client before connecting', async (_what, clientId) => {
    const r = await authorize(clientId);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('invalid_client');
    expect(r.body.error_description).toMatch(/is not a globally reachable address/);
  });
});
