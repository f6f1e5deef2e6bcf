/** Strategy and breaker behaviour that needs a clock: token cache expiry, single flight, breaker states. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../runtime/backends/circuit-breaker.js';
import { HealthTracker } from '../../runtime/backends/health.js';
import type { RuntimePlan } from '../../runtime/contract.js';
import { OutgoingAuthError } from '../../runtime/outgoing/errors.js';
import { createStrategy } from '../../runtime/outgoing/factory.js';
import { headerInjection } from '../../runtime/outgoing/header-injection.js';
import { tokenExchange } from '../../runtime/outgoing/token-exchange.js';
import { unauthenticated } from '../../runtime/outgoing/unauthenticated.js';
import { startSts, type Sts } from '../fixtures/sts.js';
import { compileYaml } from '../helpers/compile.js';

const id = (token: string | null) => ({ subject: 'u', claims: {}, token, upstreamTokens: null });

describe('token_exchange', () => {
  let sts: Sts;
  beforeAll(async () => {
    sts = await startSts({ clientId: 'c i', clientSecret: 's:e&cret', expiresIn: 120 });
  });
  afterAll(() => sts.close());

  it('caches per subject token until shortly before expiry, and shares one exchange among concurrent misses', async () => {
    let now = 1_000_000;
    const s = tokenExchange({
      tokenUrl: sts.url, clientId: 'c i', clientSecret: 's:e&cret', audience: null, scopes: [],
      subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt', subjectProviderName: null, expirySkewMs: 30_000, now: () => now,
    });
    const before = sts.requests.length;
    const [a, b] = await Promise.all([s.headers(id('tok-1')), s.headers(id('tok-1'))]);
    expect(a).toEqual(b);
    expect(sts.requests.length - before).toBe(1);
    expect(sts.requests.at(-1)!.has('audience')).toBe(false);
    now += 89_000; // 31 s before expiry: still served from cache
    expect(await s.headers(id('tok-1'))).toEqual(a);
    now += 2_000; // inside the skew: exchanged again
    const c = await s.headers(id('tok-1'));
    expect(c).not.toEqual(a);
    expect(sts.requests.length - before).toBe(2);
    await s.headers(id('tok-2'));
    expect(sts.requests.length - before).toBe(3);
  });

  it('keeps at most maxCacheEntries tokens: when full, expired ones go first, then the least recently used', async () => {
    let now = 1_000_000;
    // expiresIn 120 s, skew 30 s: each exchanged token is served from the cache for 90 s.
    const s = tokenExchange({
      tokenUrl: sts.url, clientId: 'c i', clientSecret: 's:e&cret', audience: null, scopes: [],
      subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt', subjectProviderName: null, expirySkewMs: 30_000, maxCacheEntries: 2, now: () => now,
    });
    const exchanges = (subject: string) => sts.requests.filter((f) => f.get('subject_token') === subject).length;
    const [a, b, c, x, y, z] = ['evict-a', 'evict-b', 'evict-c', 'evict-x', 'evict-y', 'evict-z'];
    await s.headers(id(a));
    await s.headers(id(b));
    await s.headers(id(a)); // b is now the least recently used
    await s.headers(id(c)); // full: b goes
    await s.headers(id(a));
    await s.headers(id(c));
    expect([exchanges(a), exchanges(b), exchanges(c)]).toEqual([1, 1, 1]);
    await s.headers(id(b));
    expect(exchanges(b)).toBe(2);

    // x cached until +90 s, y until +150 s; x used last, so y is the least recently used...
    await s.headers(id(x));
    now += 60_000;
    await s.headers(id(y));
    await s.headers(id(x));
    now += 40_000; // ...but x has expired: making room for z takes x, not y
    await s.headers(id(z));
    await s.headers(id(y));
    expect([exchanges(x), exchanges(y), exchanges(z)]).toEqual([1, 1, 1]);
  });

  it('refuses clearly without a subject token, or when the client is not accepted, without echoing tokens', async () => {
    const s = tokenExchange({ tokenUrl: sts.url, clientId: 'c i', clientSecret: 'wrong', audience: null, scopes: [], subjectTokenType: 'x', subjectProviderName: null });
    await expect(s.headers(id(null))).rejects.toMatchObject({ code: 'VMCP_OUTGOING_NO_SUBJECT_TOKEN' });
    const e = await s.headers(id('secret-subject')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OutgoingAuthError);
    expect((e as Error).message).toMatch(/HTTP 401, error "invalid_client"/);
    expect((e as Error).message).not.toContain('secret-subject');
    expect((e as Error).message).not.toContain('wrong');
  });

  it('Mode B: the subject token is the named upstream token', async () => {
    const s = tokenExchange({ tokenUrl: sts.url, clientId: 'c i', clientSecret: 's:e&cret', audience: 'aud', scopes: ['a'], subjectTokenType: 'x', subjectProviderName: 'corp' });
    const identity = { subject: 'u', claims: {}, token: 'vmcp-jwt', upstreamTokens: { corp: { accessToken: 'corp-at', tokenType: 'Bearer', expiresAt: null, scope: null } } };
    expect((await s.headers(identity)).authorization).toMatch(/^Bearer exchanged:corp-at:/);
  });
});

describe('static strategies', () => {
  it('unauthenticated adds nothing and header_injection one header, whoever calls', async () => {
    expect(await unauthenticated.headers(id('t'))).toEqual({});
    const h = headerInjection('X-Key', 'v');
    expect(await h.headers(null)).toEqual({ 'X-Key': 'v' });
    expect(h.perIdentity).toBe(false);
  });
});

describe('circuit breaker and health', () => {
  it('closed -> open at the threshold -> half-open after the timeout (one trial) -> closed or open again', () => {
    let now = 0;
    const b = new CircuitBreaker(2, 1000, () => now);
    b.onFailure();
    expect(b.state).toBe('closed');
    b.onFailure();
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBe(false);
    now = 1000;
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false); // only one trial
    b.onFailure();
    expect(b.state).toBe('open');
    now = 2000;
    expect(b.tryAcquire()).toBe(true);
    b.onSuccess();
    expect(b.state).toBe('closed');
  });

  it('health: unknown -> degraded below the threshold -> unhealthy at it -> healthy on success', () => {
    const h = new HealthTracker(3);
    expect(h.state).toBe('unknown');
    h.record(false, 'x');
    expect(h.state).toBe('degraded');
    h.record(false, 'x');
    expect(h.record(false, 'x')).toBe(true);
    expect(h.state).toBe('unhealthy');
    h.record(true);
    expect(h.state).toBe('healthy');
    expect(h.lastError).toBeNull();
  });
});

describe('strategy factory', () => {
  let sts: Sts;
  beforeAll(async () => {
    sts = await startSts({ clientId: 'vmcp', clientSecret: 'x' });
  });
  afterAll(() => sts.close());

  const exchangePlan = (url: string) =>
    ({ type: 'token_exchange', tokenUrl: url, clientId: 'vmcp', clientSecret: { env: 'S' }, audience: null, scopes: [], subjectTokenType: 'urn:ietf:params:oauth:token-type:access_token', subjectProviderName: null }) as const;
  const get = (ref: unknown) => ((ref as { env?: string }).env === 'S' ? 'x' : 'hdr-value');
  const secrets = { get, bytes: (ref: unknown) => Buffer.from(get(ref)) };
  const upstreamTokens = { corp: { accessToken: 'corp-at', tokenType: 'Bearer', expiresAt: null, scope: null } };

  it('Mode A: token_exchange trades the incoming token; Mode B with no subjectProviderName: the first upstream\'s token', async () => {
    const modeA = { mode: 'A' } as unknown as RuntimePlan;
    const a = createStrategy(exchangePlan(sts.url), modeA, secrets);
    expect((await a.headers({ subject: 'u', claims: {}, token: 'incoming', upstreamTokens: null })).authorization).toMatch(/^Bearer exchanged:incoming:/);
    const modeB = { mode: 'B', authServer: { upstreams: [{ name: 'corp' }, { name: 'github' }] } } as unknown as RuntimePlan;
    const b = createStrategy(exchangePlan(sts.url), modeB, secrets);
    expect((await b.headers({ subject: 'u', claims: {}, token: 'vmcp-jwt', upstreamTokens })).authorization).toMatch(/^Bearer exchanged:corp-at:/);
  });

  // ToolHive pkg/oauthproto/tokenexchange/exchange.go:26-49 (NormalizeTokenType) and
  // pkg/vmcp/auth/strategies/tokenexchange.go:262-268: a short subjectTokenType goes out as its URN.
  it('a short subjectTokenType in the config reaches the token service as the RFC 8693 URN', async () => {
    const compiled = compileYaml(`name: x
incomingAuth: { type: anonymous }
backends: [{ name: b, url: "http://127.0.0.1:9/mcp", transport: streamable-http }]
outgoingAuth:
  source: inline
  default: { type: token_exchange, tokenExchange: { tokenUrl: "${sts.url}", clientId: vmcp, clientSecretEnv: S, subjectTokenType: jwt } }
`);
    const strategy = createStrategy(compiled.plan!.backends[0]!.outgoingAuth, { mode: 'A' } as unknown as RuntimePlan, secrets);
    await strategy.headers({ subject: 'u', claims: {}, token: 'incoming-jwt', upstreamTokens: null });
    expect(sts.requests.at(-1)!.get('subject_token_type')).toBe('urn:ietf:params:oauth:token-type:jwt');
  });

  it('header_injection reads its value from the resolved secrets; upstream_inject is per caller', async () => {
    const h = createStrategy({ type: 'header_injection', headerName: 'X-Key', headerValue: { env: 'K' } }, { mode: 'A' } as unknown as RuntimePlan, secrets);
    expect(await h.headers(null)).toEqual({ 'X-Key': 'hdr-value' });
    const u = createStrategy({ type: 'upstream_inject', providerName: 'corp' }, { mode: 'B' } as unknown as RuntimePlan, secrets);
    expect(u.perIdentity).toBe(true);
    expect(await u.headers({ subject: 'u', claims: {}, token: 't', upstreamTokens })).toEqual({ authorization: 'Bearer corp-at' });
  });
});
