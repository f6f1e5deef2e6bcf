/** The fake answers as FAKE-APISERVER.md says: the real API server's shapes for the verbs the operator uses. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeApiServer } from './fake-apiserver.js';
import { embeddedAuthServer, NS } from './manifests.js';

const fake = new FakeApiServer('t');
let base = '';
const auth = { authorization: 'Bearer t' };
const path = `/apis/toolhive.stacklok.dev/v1alpha1/namespaces/${NS}/mcpexternalauthconfigs`;

beforeAll(async () => {
  base = await fake.listen();
});
afterAll(() => fake.close());

type WatchEvent = { type: string; object: any };

/** Opens a watch; resolves once it is open (the server has sent its headers), with the first `count` events to come. */
async function openWatch(url: string, count: number): Promise<{ events: Promise<WatchEvent[]> }> {
  const res = await fetch(base + url, { headers: auth });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const events = (async () => {
    let text = '';
    while (text.split('\n').length <= count) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    return text.split('\n').filter(Boolean).slice(0, count).map((l) => JSON.parse(l) as WatchEvent);
  })();
  return { events };
}

const watchLines = async (url: string, count: number): Promise<WatchEvent[]> => (await openWatch(url, count)).events;

describe('fake API server', () => {
  it('refuses requests without the bearer token with a 401 Status', async () => {
    const res = await fetch(base + path);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ kind: 'Status', status: 'Failure', code: 401 });
  });

  it('404 is a Status object naming the resource', async () => {
    const res = await fetch(`${base}${path}/nope`, { headers: auth });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'NotFound', code: 404,
      message: 'mcpexternalauthconfigs.toolhive.stacklok.dev "nope" not found',
      details: { name: 'nope', group: 'toolhive.stacklok.dev', kind: 'mcpexternalauthconfigs' },
    });
  });

  it('lists with the current resourceVersion; watches from it stream later changes as JSON lines', async () => {
    const created = fake.apply(embeddedAuthServer({}, 'watched')); // a name no other test uses: generation 1 here
    const list = await (await fetch(base + path, { headers: auth })).json();
    expect(list).toMatchObject({ kind: 'MCPExternalAuthConfigList', metadata: { resourceVersion: created.metadata.resourceVersion } });
    expect(created.metadata).toMatchObject({ generation: 1 });
    // Open before the change, so the event is streamed live rather than replayed from the resourceVersion.
    const { events } = await openWatch(`${path}?watch=true&resourceVersion=${list.metadata.resourceVersion}`, 1);
    fake.apply(embeddedAuthServer({ issuer: 'https://x.example.com' }, 'watched'));
    const [e] = await events;
    expect(e).toMatchObject({ type: 'MODIFIED', object: { metadata: { name: 'watched', generation: 2 } } });
    expect(Number(e!.object.metadata.resourceVersion)).toBeGreaterThan(Number(list.metadata.resourceVersion));
  });

  it('status patches need merge-patch, change only status, and do not bump generation', async () => {
    const before = fake.apply(embeddedAuthServer());
    const bad = await fetch(`${base}${path}/as/status`, { method: 'PATCH', headers: { ...auth, 'content-type': 'application/json-patch+json' }, body: '[]' });
    expect(bad.status).toBe(415);
    const ok = await fetch(`${base}${path}/as/status`, { method: 'PATCH', headers: { ...auth, 'content-type': 'application/merge-patch+json' }, body: JSON.stringify({ spec: { type: 'x' }, status: { seen: true } }) });
    const after = await ok.json();
    expect(after.status).toEqual({ seen: true });
    expect(after.spec).toEqual(before.spec);
    expect(after.metadata.generation).toBe(before.metadata.generation);
  });

  it('a watch from a compacted resourceVersion gets an ERROR event with a 410 Status', async () => {
    const rv = fake.apply(embeddedAuthServer()).metadata.resourceVersion;
    fake.apply(embeddedAuthServer({ issuer: 'https://y.example.com' }));
    fake.compact();
    const [e] = await watchLines(`${path}?watch=true&resourceVersion=${rv}`, 1);
    expect(e).toMatchObject({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired' } });
  });

  it('serves every custom kind at v1alpha1 and v1beta1: stored at v1beta1, answered in the version asked for', async () => {
    const created = fake.apply({ apiVersion: 'toolhive.stacklok.dev/v1alpha1', kind: 'MCPToolConfig', metadata: { name: 'tc', namespace: NS }, spec: { toolsFilter: ['a'] } });
    expect(created.apiVersion).toBe('toolhive.stacklok.dev/v1beta1');
    for (const version of ['v1alpha1', 'v1beta1']) {
      const at = `/apis/toolhive.stacklok.dev/${version}/namespaces/${NS}/mcptoolconfigs`;
      const one = await (await fetch(`${base}${at}/tc`, { headers: auth })).json();
      expect(one).toMatchObject({ apiVersion: `toolhive.stacklok.dev/${version}`, kind: 'MCPToolConfig', spec: { toolsFilter: ['a'] }, metadata: { resourceVersion: created.metadata.resourceVersion } });
      const list = await (await fetch(base + at, { headers: auth })).json();
      expect(list).toMatchObject({ apiVersion: `toolhive.stacklok.dev/${version}`, kind: 'MCPToolConfigList', items: [{ apiVersion: `toolhive.stacklok.dev/${version}` }] });
      const [added] = await watchLines(`${at}?watch=true`, 1);
      expect(added).toMatchObject({ type: 'ADDED', object: { apiVersion: `toolhive.stacklok.dev/${version}`, metadata: { name: 'tc' } } });
    }
    for (const plural of ['mcpoidcconfigs', 'mcptelemetryconfigs', 'virtualmcpservers']) {
      expect((await fetch(`${base}/apis/toolhive.stacklok.dev/v1beta1/${plural}`, { headers: auth })).status).toBe(200);
    }
    expect((await fetch(`${base}/apis/toolhive.stacklok.dev/v2/mcptoolconfigs`, { headers: auth })).status).toBe(404);
  });

  it('ConfigMaps: create, 409 AlreadyExists, PUT with a stale resourceVersion is a 409 Conflict', async () => {
    const cms = `/api/v1/namespaces/${NS}/configmaps`;
    const body = { metadata: { name: 'c' }, data: { a: '1' } };
    const post = () => fetch(base + cms, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post()).status).toBe(201);
    expect(await (await post()).json()).toMatchObject({ code: 409, reason: 'AlreadyExists' });
    const put = await fetch(`${base}${cms}/c`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ ...body, metadata: { name: 'c', resourceVersion: '1' } }) });
    expect(await put.json()).toMatchObject({ code: 409, reason: 'Conflict' });
  });
});
