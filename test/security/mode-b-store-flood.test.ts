/**
 * Issue 9, finding 2 (medium): anonymous requests must not fill the stores. About 10,000 anonymous
 * authorize + consent pairs used to fill the memory store (and lock everyone out for 30 days through
 * remembered consents); Redis had no cap at all; registrations lived 90 days. Against a real `vmcp serve`:
 * a flood from many addresses leaves sign-ins working and remembers nothing, and one address is held to
 * its rate limits, with memory and with Redis shared by two processes.
 */
import { Redis } from 'ioredis';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Browser } from '../auth-server-flow/helpers/browser.js';
import { startRedis, type RedisProcess } from '../auth-server/helpers/redis-server.js';
import { clientFlow, redeem, registerClient, startModeB, type ModeB } from './helpers/mode-b.js';

const APP = 'http://127.0.0.1/cb';
const isApp = (u: URL) => u.href.startsWith(APP);

/** One anonymous authorize + consent pair, as a script sends it, from `address` (via X-Forwarded-For). */
async function anonymousPair(origin: string, clientId: string, address: string, agent: Agent): Promise<{ status: number; cookie: string }> {
  const f = await clientFlow(origin, clientId, APP);
  const page = await request(f.url, { dispatcher: agent, headers: { 'x-forwarded-for': address } });
  const body = await page.body.text();
  if (page.statusCode !== 200) return { status: page.statusCode, cookie: '' };
  const cookie = String(page.headers['set-cookie']).split(';')[0]!;
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(body)![1]!;
  const answer = await request(`${origin}/oauth/consent`, {
    dispatcher: agent,
    method: 'POST',
    headers: { cookie, origin, 'x-forwarded-for': address, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ consent_id: field('consent_id'), csrf_token: field('csrf_token'), decision: 'approve' }).toString(),
  });
  await answer.body.text();
  return { status: answer.statusCode, cookie };
}

const addressOf = (k: number) => `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`;

describe('a flood of anonymous sign-ins from many addresses (memory storage)', () => {
  let vmcp: ModeB;
  beforeAll(async () => {
    vmcp = await startModeB({ http: '{ trustedProxies: ["127.0.0.1"] }' });
  });
  afterAll(async () => {
    await vmcp?.stop();
  });

  it('leaves sign-ins working after more pairs than the store holds, and remembers none of them', async () => {
    const clientId = await registerClient(vmcp.origin, APP);
    const agent = new Agent({ connections: 16 });
    const PAIRS = 10_500;
    let next = 0;
    const statuses = new Map<number, number>();
    let flooderCookie = '';
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < PAIRS) {
          const k = next++;
          const { status, cookie } = await anonymousPair(vmcp.origin, clientId, addressOf(k), agent);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (k === PAIRS - 1) flooderCookie = cookie;
        }
      }),
    );
    await agent.close();
    expect(statuses).toEqual(new Map([[200, PAIRS]]));
    // A person signs in as usual: no 503, no lock-out.
    const alice = new Browser();
    const flow = await clientFlow(vmcp.origin, clientId, APP);
    const back = await alice.follow(flow.url, isApp);
    expect((await redeem(vmcp.origin, flow, back.searchParams.get('code')!)).status).toBe(200);
    // The flood's approvals were never remembered: a flood browser is asked again.
    const flooder = await request((await clientFlow(vmcp.origin, clientId, APP)).url, { headers: { cookie: flooderCookie, 'x-forwarded-for': addressOf(PAIRS - 1) } });
    expect(flooder.statusCode).toBe(200);
    expect(await flooder.body.text()).toContain('Allow');
  }, 120_000);
});

describe('one address held to its rate limits (memory storage, behind a trusted proxy)', () => {
  let vmcp: ModeB;
  beforeAll(async () => {
    vmcp = await startModeB({
      http: `{ trustedProxies: ["127.0.0.1"], rateLimits: { authorize: { perMinute: 6, burst: 5 }, consent: { perMinute: 6, burst: 3 }, register: { perMinute: 6, burst: 2 }, token: { perMinute: 6, burst: 4 } } }`,
    });
  });
  afterAll(async () => {
    await vmcp?.stop();
  });

  const from = (address: string) => ({ 'x-forwarded-for': address });
  async function expectLimited(res: Response) {
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('10');
    expect(await res.json()).toMatchObject({ error: 'temporarily_unavailable' });
  }

  it('registration: the burst, then 429 with Retry-After; another address is not affected', async () => {
    const register = (address: string) =>
      fetch(`${vmcp.origin}/oauth/register`, { method: 'POST', headers: { 'content-type': 'application/json', ...from(address) }, body: JSON.stringify({ redirect_uris: [APP] }) });
    expect([(await register('192.0.2.1')).status, (await register('192.0.2.1')).status]).toEqual([201, 201]);
    await expectLimited(await register('192.0.2.1'));
    expect((await register('192.0.2.2')).status).toBe(201);
  });

  it('authorize, consent and token each count on their own', async () => {
    const clientId = await registerClient(vmcp.origin, APP, from('192.0.2.10'));
    const authorize = async (address: string) => fetch((await clientFlow(vmcp.origin, clientId, APP)).url, { headers: from(address), redirect: 'manual' });
    for (let i = 0; i < 5; i++) expect((await authorize('192.0.2.11')).status).toBe(200);
    await expectLimited(await authorize('192.0.2.11'));
    expect((await authorize('192.0.2.12')).status).toBe(200);

    const consent = () =>
      fetch(`${vmcp.origin}/oauth/consent`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: vmcp.origin, ...from('192.0.2.13') }, body: 'consent_id=x&csrf_token=y&decision=approve' });
    for (let i = 0; i < 3; i++) expect((await consent()).status).toBe(403);
    await expectLimited(await consent());

    const token = () =>
      fetch(`${vmcp.origin}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...from('192.0.2.14') }, body: `grant_type=authorization_code&code=made-up&redirect_uri=${encodeURIComponent(APP)}&code_verifier=${'v'.repeat(43)}&client_id=${clientId}` });
    for (let i = 0; i < 4; i++) expect((await token()).status).toBe(400);
    await expectLimited(await token());
  });
});

describe('Redis storage: quotas shared by two processes, X-Forwarded-For not believed without trusted proxies, and nothing usable in a dump', () => {
  let redis: RedisProcess;
  let admin: Redis;
  let vmcp: ModeB;
  let replica: { url: string; close(): Promise<void> };
  const PREFIX = 'vmcp-attack:';
  beforeAll(async () => {
    redis = await startRedis();
    admin = new Redis({ host: '127.0.0.1', port: redis.port });
    vmcp = await startModeB({
      chain: 2,
      storage: `{ type: redis, redis_config: { addr: "127.0.0.1:${redis.port}", key_prefix: "${PREFIX}" } }`,
      http: '{ rateLimits: { authorize: { perMinute: 6, burst: 4 } } }',
    });
    replica = await vmcp.replica();
  });
  afterAll(async () => {
    await vmcp?.stop();
    admin?.disconnect();
    await redis?.stop();
  });
  /** Each test starts with fresh rate-limit buckets: the tests run in any order, and each counts requests. */
  beforeEach(async () => {
    const buckets = await admin.keys(`${PREFIX}rl:*`);
    if (buckets.length > 0) await admin.del(...buckets);
  });

  it('counts one address across both processes, whatever address it claims', async () => {
    const clientId = await registerClient(vmcp.origin, APP);
    const url = (await clientFlow(vmcp.origin, clientId, APP)).url;
    const at = (base: string, spoof: string) => fetch(`${base}${url.pathname}${url.search}`, { headers: { 'x-forwarded-for': spoof }, redirect: 'manual' });
    const statuses = [await at(vmcp.origin, '198.51.100.1'), await at(replica.url, '198.51.100.2'), await at(vmcp.origin, '198.51.100.3'), await at(replica.url, '198.51.100.4')].map((r) => r.status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect((await at(replica.url, '198.51.100.5')).status).toBe(429);
    expect((await at(vmcp.origin, '198.51.100.6')).status).toBe(429);
  });

  it('keeps a registration a day until a sign-in completes with it, then 90 days', async () => {
    const clientId = await registerClient(vmcp.origin, APP);
    const ttl = () => admin.pttl(`${PREFIX}client:${clientId}`);
    const DAY = 86_400_000;
    expect(await ttl()).toBeGreaterThan(DAY - 60_000);
    expect(await ttl()).toBeLessThanOrEqual(DAY);
    const flow = await clientFlow(vmcp.origin, clientId, APP);
    const back = await new Browser().follow(flow.url, isApp);
    expect((await redeem(vmcp.origin, flow, back.searchParams.get('code')!)).status).toBe(200);
    expect(await ttl()).toBeGreaterThan(89 * DAY);
  });

  it('holds no code, state, token or upstream token in clear: keys are keyed digests, upstream tokens sealed', async () => {
    const clientId = await registerClient(vmcp.origin, APP);
    const flow = await clientFlow(vmcp.origin, clientId, APP);
    const browser = new Browser();
    const toIdp = await browser.follow(flow.url, (u) => u.href.startsWith(vmcp.idps[0]!.issuer));
    const state = toIdp.searchParams.get('state')!;
    const back = await browser.follow(toIdp, isApp);
    const code = back.searchParams.get('code')!;
    const tokens = (await redeem(vmcp.origin, flow, code)).body;
    const refreshed = await fetch(`${vmcp.origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token as string, client_id: clientId }),
    });
    const successor = (await refreshed.json()) as Record<string, string>;
    const secrets = [state, code, tokens.access_token as string, tokens.refresh_token as string, successor.access_token!, successor.refresh_token!];
    let sealedRows = 0;
    for (const key of await admin.keys(`${PREFIX}*`)) {
      const type = await admin.type(key);
      const values = type === 'hash' ? Object.entries(await admin.hgetall(key)).flat() : type === 'set' ? await admin.smembers(key) : [(await admin.get(key)) ?? ''];
      for (const s of secrets) expect([key, ...values].join('\n'), key).not.toContain(s);
      if (key.startsWith(`${PREFIX}up:`)) {
        for (const v of Object.values(await admin.hgetall(key))) {
          expect(v).toMatch(/^v1\.[A-Za-z0-9_-]{8}\./);
          expect(v).not.toMatch(/accessToken|refreshToken/);
          sealedRows++;
        }
      }
    }
    expect(sealedRows).toBeGreaterThanOrEqual(2);
  });
});
