/**
 * Bounds on concurrent metadata fetches: per host and in all, refused at once (not queued), never cached
 * as the client's outcome; lookups of one URL share a fetch and a slot; connections are not kept alive.
 */
import type { ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { ClientMetadataError, clientMetadataOAuthError } from '../../runtime/auth-server/client-id-metadata/errors.js';
import type { FetchedDocument } from '../../runtime/auth-server/client-id-metadata/fetch-document.js';
import { documentFor } from './helpers/doc-server.js';
import { resolverSuite } from './helpers/resolver-suite.js';

const { server, make, resolver } = resolverSuite({ fetchLimits: { global: 32, perHost: 2 } });

/** Documents under /held/ are answered only when the test says so. */
function holdDocuments(): { held: ServerResponse[]; releaseAll(): void } {
  const held: ServerResponse[] = [];
  const answers = new Map<ServerResponse, string>();
  for (let i = 0; i < 20; i++) {
    const path = `/held/${i}`;
    server.on(path, (_req, res) => {
      held.push(res);
      answers.set(res, JSON.stringify(documentFor(server.url(path))));
    });
  }
  return {
    held,
    releaseAll: () => held.splice(0).forEach((res) => res.writeHead(200, { 'content-type': 'application/json' }).end(answers.get(res))),
  };
}

async function refusal(p: Promise<unknown>): Promise<ClientMetadataError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ClientMetadataError);
  return e as ClientMetadataError;
}

describe('the per-host bound', () => {
  it('refuses a third concurrent fetch from one host at once, while two are held, and does not remember it', async () => {
    const docs = holdDocuments();
    const first = [resolver().resolve(server.url('/held/0')), resolver().resolve(server.url('/held/1'))];
    await vi.waitFor(() => expect(docs.held).toHaveLength(2));
    const e = await refusal(resolver().resolve(server.url('/held/2')));
    expect(e.code).toBe('CIMD_FETCH_LIMIT');
    expect(e.message).toBe('too many client metadata documents are being fetched right now (at most 2 from 127.0.0.1 at once); retry shortly');
    // Refused while the two were still unanswered: nothing waited for a slot.
    expect(docs.held).toHaveLength(2);
    expect(server.connections).toBe(2);
    expect(server.count('/held/2')).toBe(0);
    docs.releaseAll();
    expect((await Promise.all(first)).map((c) => c?.clientId)).toEqual([server.url('/held/0'), server.url('/held/1')]);
    // The slots are back, and the refusal was not cached as the client's outcome.
    const third = resolver().resolve(server.url('/held/2'));
    await vi.waitFor(() => expect(docs.held).toHaveLength(1));
    docs.releaseAll();
    expect((await third)?.clientId).toBe(server.url('/held/2'));
  });

  it('counts concurrent lookups of one URL as one fetch', async () => {
    make({ fetchLimits: { perHost: 1 } });
    const docs = holdDocuments();
    const id = server.url('/held/3');
    const lookups = Array.from({ length: 10 }, () => resolver().resolve(id));
    await vi.waitFor(() => expect(docs.held).toHaveLength(1));
    expect((await refusal(resolver().resolve(server.url('/held/4')))).code).toBe('CIMD_FETCH_LIMIT');
    docs.releaseAll();
    expect((await Promise.all(lookups)).every((c) => c?.clientId === id)).toBe(true);
    expect(server.count('/held/3')).toBe(1);
  });
});

describe('the global bound', () => {
  it('refuses a fetch from any host once the bound is reached, and admits one when a fetch ends', async () => {
    // Other hosts cannot be served on loopback 127.0.0.1 alone, so documents come from the fetchDocument seam.
    const waiting = new Map<string, (doc: FetchedDocument) => void>();
    make({
      allowHttpLoopback: false,
      fetchLimits: { global: 3, perHost: 2 },
      fetchDocument: (url) => new Promise((resolve) => waiting.set(url.hostname, resolve)),
    });
    const answer = (host: string) => waiting.get(host)!({ json: documentFor(`https://${host}/c.json`), freshnessSeconds: null });
    const held = ['a.example', 'b.example', 'c.example'].map((h) => resolver().resolve(`https://${h}/c.json`));
    expect([...waiting.keys()]).toEqual(['a.example', 'b.example', 'c.example']);
    const e = await refusal(resolver().resolve('https://d.example/c.json'));
    expect(e.code).toBe('CIMD_FETCH_LIMIT');
    expect(e.message).toMatch(/at most 3 in all at once/);
    expect(waiting.has('d.example')).toBe(false);
    answer('a.example');
    await held[0];
    const d = resolver().resolve('https://d.example/c.json');
    answer('d.example');
    expect((await d)?.clientId).toBe('https://d.example/c.json');
    answer('b.example');
    answer('c.example');
    await Promise.all(held);
  });
});

describe('connections', () => {
  it('are closed after each document, so no idle socket outlives its fetch slot', async () => {
    for (const path of ['/a', '/b', '/c']) {
      server.json(path, documentFor(server.url(path)));
      await resolver().resolve(server.url(path));
    }
    expect(server.connections).toBe(3);
    await vi.waitFor(() => expect(server.open).toBe(0));
  });
});

describe('the OAuth answer to a fetch limit', () => {
  it('is 503 temporarily_unavailable with Retry-After at both endpoints', () => {
    const e = new ClientMetadataError('CIMD_FETCH_LIMIT', 'busy');
    for (const endpoint of ['authorize', 'token'] as const) {
      expect(clientMetadataOAuthError(e, endpoint)).toMatchObject({ error: 'temporarily_unavailable', status: 503, headers: { 'Retry-After': '1' } });
    }
  });
});
