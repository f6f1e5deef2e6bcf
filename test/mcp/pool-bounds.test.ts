/**
 * What the backend pool keeps per caller is bounded: connections (one partition per subject when
 * credentials are per caller) by a per-backend cap that closes the least recently used one, and aggregated
 * catalogs by a cap that drops the oldest. Real backends (test/fixtures/mcp-backend.ts) over loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendPool } from '../../runtime/backends/pool.js';
import type { Identity } from '../../runtime/contract.js';
import { upstreamInject } from '../../runtime/outgoing/upstream-inject.js';
import { unauthenticated } from '../../runtime/outgoing/unauthenticated.js';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { backendsYaml, compileYaml, UNAUTHENTICATED } from './harness.js';

/** A caller whose upstream `github` token is `gh-<subject>`, or who has none. */
const user = (subject: string, withToken = true): Identity => ({
  subject,
  claims: { iss: 'https://idp.example' },
  token: `vmcp-${subject}`,
  upstreamTokens: withToken ? { github: { accessToken: `gh-${subject}`, tokenType: 'Bearer', expiresAt: null, scope: null } } : {},
});

let backend: FixtureBackend;
beforeAll(async () => {
  backend = await startFixtureBackend({ name: 'b', tools: [{ name: 'echo' }] });
});
afterAll(() => backend.close());

describe('connections per backend', () => {
  it('at the cap, the least recently used caller loses its connection; the others keep theirs', async () => {
    const pool = new BackendPool(compileYaml(backendsYaml([{ name: 'b', url: backend.url }], UNAUTHENTICATED)), {
      strategies: new Map([['b', upstreamInject('github')]]),
      maxPartitionsPerBackend: 2,
    });
    const b = pool.backend('b')!;
    /** Backend sessions used with this caller's token: one per connection vmcp opened for them. */
    const opened = (subject: string) =>
      new Set(backend.seenHeaders.filter((h) => h.authorization === `Bearer gh-${subject}`).flatMap((h) => h['mcp-session-id'] ?? [])).size;
    const call = (subject: string) => b.call(user(subject), 'tools/call', { name: 'echo', arguments: {} });
    try {
      await call('alice');
      await call('bob');
      await call('alice'); // bob is now the least recently used
      await call('carol'); // a third caller: bob's connection goes
      expect([opened('alice'), opened('bob'), opened('carol')]).toEqual([1, 1, 1]);
      await call('alice');
      await call('carol');
      expect([opened('alice'), opened('carol')]).toEqual([1, 1]);
      await call('bob'); // back with a new connection (and alice, now least recently used, loses hers)
      expect(opened('bob')).toBe(2);
    } finally {
      await pool.close();
    }
  });
});

describe('aggregated catalogs', () => {
  /** MAX_CACHED_CATALOGS in runtime/backends/pool.ts. */
  const CAP = 10_000;

  it('keeps one per caller up to the cap, dropping the oldest first', async () => {
    const yaml = backendsYaml([{ name: 'shared', url: backend.url }, { name: 'theirs', url: backend.url }], UNAUTHENTICATED);
    // `theirs` needs each caller's upstream token, so catalogs are per caller; these callers have none, so
    // building one costs no request (their lists are `shared`'s, read once at start).
    const pool = new BackendPool(compileYaml(yaml), {
      strategies: new Map([['shared', unauthenticated], ['theirs', upstreamInject('github')]]),
      now: () => 1_000_000,
    });
    await pool.start();
    try {
      const catalogs = [];
      for (let i = 0; i <= CAP; i++) catalogs.push(await pool.catalogFor(user(`u${i}`, false)));
      expect(catalogs[0]!.tools.map((t) => t.name)).toEqual(['shared_echo']);
      // A cached catalog is the same object; a rebuilt one is new.
      expect(await pool.catalogFor(user(`u${CAP}`, false))).toBe(catalogs[CAP]);
      expect(await pool.catalogFor(user('u1', false))).toBe(catalogs[1]);
      expect(await pool.catalogFor(user('u0', false))).not.toBe(catalogs[0]); // the oldest went when u10000 came
    } finally {
      await pool.close();
    }
  });
});
