import { describe, expect, it } from 'vitest';
import { freshnessSeconds } from '../../runtime/auth-server/client-id-metadata/cache-control.js';
import { ClientMetadataError } from '../../runtime/auth-server/client-id-metadata/errors.js';
import { documentFor } from './helpers/doc-server.js';
import { resolverSuite } from './helpers/resolver-suite.js';

/** The resolver's clock (epoch ms); fetches still run on real time. */
let now = 1_700_000_000_000;
const { server, make, resolver } = resolverSuite({ clock: () => now });
const minutes = (n: number) => n * 60_000;

/** Serves a valid document at `path` with `headers`; returns its client_id. */
function serve(path: string, headers: Record<string, string> = {}): string {
  const id = server.url(path);
  server.json(path, documentFor(id), headers);
  return id;
}

describe('Cache-Control', () => {
  it('max-age is honoured: one fetch until it runs out, then another', async () => {
    const id = serve('/doc', { 'cache-control': 'public, max-age=120' });
    await resolver().resolve(id);
    now += 119_000;
    await resolver().resolve(id);
    expect(server.count('/doc')).toBe(1);
    now += 2_000;
    await resolver().resolve(id);
    expect(server.count('/doc')).toBe(2);
  });

  it('the Age a shared cache reports is taken off max-age', async () => {
    const id = serve('/aged', { 'cache-control': 'max-age=120', age: '100' });
    await resolver().resolve(id);
    now += 21_000;
    await resolver().resolve(id);
    expect(server.count('/aged')).toBe(2);
  });

  it('a silent response is kept for the default 5 minutes', async () => {
    const id = serve('/silent');
    await resolver().resolve(id);
    now += minutes(5) - 1000;
    await resolver().resolve(id);
    expect(server.count('/silent')).toBe(1);
    now += 2000;
    await resolver().resolve(id);
    expect(server.count('/silent')).toBe(2);
  });

  it('a max-age over the bound is cut to 24 hours', async () => {
    const id = serve('/year', { 'cache-control': 'max-age=31536000' });
    await resolver().resolve(id);
    now += minutes(24 * 60) - 1000;
    await resolver().resolve(id);
    expect(server.count('/year')).toBe(1);
    now += 2000;
    await resolver().resolve(id);
    expect(server.count('/year')).toBe(2);
  });

  it('no-store and no-cache are not kept', async () => {
    const store = serve('/no-store', { 'cache-control': 'no-store' });
    const cache = serve('/no-cache', { 'cache-control': 'no-cache, max-age=600' });
    for (let i = 0; i < 2; i++) await Promise.all([resolver().resolve(store).then(() => resolver().resolve(store)), resolver().resolve(cache)]);
    expect(server.count('/no-store')).toBe(4);
    expect(server.count('/no-cache')).toBe(2);
  });

  it('parses directives as RFC 9111 writes them', () => {
    expect(freshnessSeconds({ 'cache-control': 'Public, MAX-AGE=60' })).toBe(60);
    expect(freshnessSeconds({ 'cache-control': 'max-age="30"' })).toBe(30);
    expect(freshnessSeconds({ 'cache-control': 'max-age=60', age: '90' })).toBe(0);
    expect(freshnessSeconds({ 'cache-control': 'private' })).toBeNull();
    expect(freshnessSeconds({})).toBeNull();
  });
});

describe('sharing and bounds', () => {
  it('concurrent lookups of one URL share one fetch', async () => {
    const id = server.url('/slow');
    const waiting: (() => void)[] = [];
    server.on('/slow', (_req, res) => {
      waiting.push(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(documentFor(id))));
    });
    const lookups = Array.from({ length: 20 }, () => resolver().resolve(id));
    await expect.poll(() => server.count('/slow')).toBe(1);
    waiting.forEach((answer) => answer());
    const clients = await Promise.all(lookups);
    expect(new Set(clients).size).toBe(1);
    expect(clients[0]?.clientId).toBe(id);
    expect(server.count('/slow')).toBe(1);
  });

  it('concurrent lookups share a refusal too', async () => {
    const id = server.url('/mismatch');
    server.json('/mismatch', documentFor(server.url('/elsewhere')));
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => resolver().resolve(id)));
    expect(outcomes.every((o) => o.status === 'rejected' && (o.reason as ClientMetadataError).code === 'CIMD_CLIENT_ID_MISMATCH')).toBe(true);
    expect(server.count('/mismatch')).toBe(1);
  });

  it('a refusal is remembered briefly, then the URL is tried again', async () => {
    const id = server.url('/fixed-later');
    await expect(resolver().resolve(id)).rejects.toMatchObject({ code: 'CIMD_FETCH_FAILED' });
    server.json('/fixed-later', documentFor(id));
    now += 29_000;
    await expect(resolver().resolve(id)).rejects.toMatchObject({ code: 'CIMD_FETCH_FAILED' });
    expect(server.count('/fixed-later')).toBe(1);
    now += 2_000;
    expect((await resolver().resolve(id))?.clientId).toBe(id);
    expect(server.count('/fixed-later')).toBe(2);
  });

  it('holds at most cacheMaxEntries documents, dropping the least recently used', async () => {
    make({ cacheMaxEntries: 2 });
    const [a, b, c] = [serve('/a'), serve('/b'), serve('/c')];
    await resolver().resolve(a);
    await resolver().resolve(b);
    await resolver().resolve(a); // a is now the most recently used
    await resolver().resolve(c); // evicts b
    await resolver().resolve(a);
    await resolver().resolve(b);
    expect([server.count('/a'), server.count('/b'), server.count('/c')]).toEqual([1, 2, 1]);
  });

  it('hands out a frozen client, so no caller can change it for the others', async () => {
    const id = serve('/frozen');
    const client = await resolver().resolve(id);
    expect(Object.isFrozen(client)).toBe(true);
    expect(Object.isFrozen(client?.redirectUris)).toBe(true);
  });
});
