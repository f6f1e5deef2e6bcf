/**
 * A small stand-in for the Kubernetes API server, over loopback HTTP, for the verbs the operator uses:
 * list and watch of the custom resources, get, merge-patch of the status subresource, and get/create/replace
 * of ConfigMaps. It answers as the real one does on those paths: a global resourceVersion, metadata.generation
 * bumped by spec changes only, Status objects for errors, watches as chunked JSON lines, and every custom
 * resource served at both versions of its CRD (stored at v1beta1, answered in the version asked for, as
 * with the CRDs' conversion strategy None). What it covers and what it does not: FAKE-APISERVER.md.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const GROUP = 'toolhive.stacklok.dev';
/** The storage version, and every version the CRDs serve (deploy/crds/). */
const STORAGE_VERSION = 'v1beta1';
const VERSIONS = ['v1alpha1', 'v1beta1'];
const KINDS: Record<string, string> = {
  virtualmcpservers: 'VirtualMCPServer',
  mcpexternalauthconfigs: 'MCPExternalAuthConfig',
  mcpoidcconfigs: 'MCPOIDCConfig',
  mcptelemetryconfigs: 'MCPTelemetryConfig',
  mcptoolconfigs: 'MCPToolConfig',
  // ToolHive's own kinds (its CRDs, not ours): served the same way, group discovery reads them.
  mcpgroups: 'MCPGroup',
  mcpservers: 'MCPServer',
  mcpremoteproxies: 'MCPRemoteProxy',
  mcpserverentries: 'MCPServerEntry',
  configmaps: 'ConfigMap',
};
const CUSTOM_PLURALS = Object.keys(KINDS).filter((p) => p !== 'configmaps');

type Obj = Record<string, any>;
interface Event {
  rv: number;
  plural: string;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: Obj;
}
export interface RequestRecord {
  method: string;
  path: string;
  contentType: string | undefined;
}

export class FakeApiServer {
  readonly requests: RequestRecord[] = [];
  private readonly objects = new Map<string, Obj>();
  private events: Event[] = [];
  /** Events at or below this were compacted away: a watch from before it gets 410 Gone, as from etcd. */
  private compactedThrough = 0;
  private rv = 100;
  private readonly watchers = new Set<{ plural: string; version: string; namespace?: string; res: ServerResponse }>();
  private server?: Server;

  constructor(private readonly token: string) {}

  async listen(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const w of this.watchers) w.res.end();
    this.watchers.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  // ---- what a test (playing kubectl) does directly ----

  /** Creates or replaces an object, as `kubectl apply` ends up doing; returns the stored object. */
  apply(obj: Obj): Obj {
    const plural = pluralOf(obj.kind);
    const ns = obj.metadata.namespace ?? 'default';
    const existing = this.objects.get(key(plural, ns, obj.metadata.name));
    if (!existing) return this.create(plural, ns, structuredClone(obj));
    const body = structuredClone(obj);
    body.status = existing.status;
    return this.replace(plural, ns, obj.metadata.name, body, false);
  }

  /** Writes an object's status, as another controller (ToolHive's) does through the status subresource. */
  writeStatus(kind: string, namespace: string, name: string, status: Obj): Obj {
    return this.replace(pluralOf(kind), namespace, name, { status: structuredClone(status) }, true);
  }

  delete(kind: string, namespace: string, name: string): void {
    const plural = pluralOf(kind);
    const k = key(plural, namespace, name);
    const obj = this.objects.get(k);
    if (!obj) return;
    this.objects.delete(k);
    // A deletion event carries the object with a new resourceVersion, as the real server sends it.
    this.emit(plural, 'DELETED', { ...obj, metadata: { ...obj.metadata, resourceVersion: String(++this.rv) } });
  }

  get(kind: string, namespace: string, name: string): Obj | undefined {
    const o = this.objects.get(key(pluralOf(kind), namespace, name));
    return o && structuredClone(o);
  }

  /** Forgets the event history, so that watches resuming from an older resourceVersion get 410 Gone. */
  compact(): void {
    this.compactedThrough = this.rv;
    this.events = [];
  }

  /** Watches open right now (a watch counts from when its response headers are sent). */
  openWatches(): number {
    return this.watchers.size;
  }

  /** Ends every open watch, as the real server does when its watch timeout expires. */
  closeWatches(): void {
    for (const w of this.watchers) w.res.end();
    this.watchers.clear();
  }

  // ---- HTTP ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    this.requests.push({ method: req.method ?? '', path: url.pathname, contentType: req.headers['content-type'] });
    if (req.headers.authorization !== `Bearer ${this.token}`) return status(res, 401, 'Unauthorized', 'Unauthorized');
    const route = parse(url.pathname);
    if (!route) return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    const body = req.method === 'GET' || req.method === 'DELETE' ? undefined : await readJson(req);
    const { plural, version, namespace, name, subresource } = route;
    const k = name && namespace ? key(plural, namespace, name) : undefined;
    const current = k ? this.objects.get(k) : undefined;
    // Every answer carries the version asked for; what is stored is the storage version.
    const json = (res: ServerResponse, code: number, body: Obj) => send(res, code, inVersion(body, version));
    const notFound = () => status(res, 404, 'NotFound', `${resourceName(plural)} "${name}" not found`, { name, ...(plural === 'configmaps' ? {} : { group: GROUP }), kind: plural });

    if (req.method === 'GET' && !name) {
      const watch = url.searchParams.get('watch');
      if (watch === 'true' || watch === '1') return this.watch(res, plural, version, namespace, url.searchParams.get('resourceVersion') ?? '');
      return json(res, 200, this.list(plural, namespace));
    }
    if (req.method === 'GET') return current ? json(res, 200, current) : notFound();
    if (req.method === 'POST' && !name && namespace) {
      if (!isObject(body) || !isObject(body.metadata) || typeof body.metadata.name !== 'string') return status(res, 422, 'Invalid', 'metadata.name: Required value');
      if (this.objects.has(key(plural, namespace, body.metadata.name))) {
        return status(res, 409, 'AlreadyExists', `${resourceName(plural)} "${body.metadata.name}" already exists`, { name: body.metadata.name, kind: plural });
      }
      return json(res, 201, this.create(plural, namespace, body));
    }
    if (!current || !name || !namespace) return name ? notFound() : status(res, 405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
    if (req.method === 'PUT') {
      if (!isObject(body)) return status(res, 400, 'BadRequest', 'the body must be a JSON object');
      const want = body.metadata?.resourceVersion;
      if (want !== undefined && want !== current.metadata.resourceVersion) {
        return status(res, 409, 'Conflict', `Operation cannot be fulfilled on ${resourceName(plural)} "${name}": the object has been modified; please apply your changes to the latest version and try again`, { name, kind: plural });
      }
      return json(res, 200, this.replace(plural, namespace, name, body, subresource === 'status'));
    }
    if (req.method === 'PATCH') {
      if (req.headers['content-type'] !== 'application/merge-patch+json') {
        return status(res, 415, 'UnsupportedMediaType', `the body of the request was in an unknown format - this fake accepts only application/merge-patch+json, got ${req.headers['content-type']}`);
      }
      const merged = mergePatch(structuredClone(current), body) as Obj;
      return json(res, 200, this.replace(plural, namespace, name, merged, subresource === 'status'));
    }
    return status(res, 405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  }

  private list(plural: string, namespace: string | undefined): Obj {
    const items = [...this.objects.entries()].filter(([k]) => matches(k, plural, namespace)).map(([, o]) => o);
    const list = plural === 'configmaps' ? { apiVersion: 'v1', kind: 'ConfigMapList' } : { apiVersion: `${GROUP}/${STORAGE_VERSION}`, kind: `${KINDS[plural]}List` };
    return { ...list, metadata: { resourceVersion: String(this.rv) }, items };
  }

  private watch(res: ServerResponse, plural: string, version: string | undefined, namespace: string | undefined, from: string): void {
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    // The real server sends the headers at once; a client waits for them before it reads events.
    res.flushHeaders();
    const event = (type: string, object: Obj) => res.write(JSON.stringify({ type, object: inVersion(object, version) }) + '\n');
    if (from === '' || from === '0') {
      // "Any version": the current state as ADDED events, then changes.
      for (const [k, o] of this.objects) if (matches(k, plural, namespace)) event('ADDED', o);
    } else if (Number(from) < this.compactedThrough) {
      event('ERROR', statusBody(410, 'Expired', `too old resource version: ${from} (${this.compactedThrough})`));
      res.end();
      return;
    } else {
      for (const e of this.events) if (e.rv > Number(from) && e.plural === plural && inNamespace(e.object, namespace)) event(e.type, e.object);
    }
    const w = { plural, version: version ?? '', ...(namespace ? { namespace } : {}), res };
    this.watchers.add(w);
    res.on('close', () => this.watchers.delete(w));
  }

  private create(plural: string, namespace: string, body: Obj): Obj {
    const obj: Obj = {
      ...body,
      ...(plural === 'configmaps' ? { apiVersion: 'v1', kind: 'ConfigMap' } : { apiVersion: `${GROUP}/${STORAGE_VERSION}`, kind: KINDS[plural] }),
      metadata: {
        ...body.metadata,
        namespace,
        uid: randomUUID(),
        creationTimestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        resourceVersion: String(++this.rv),
        ...(plural === 'configmaps' ? {} : { generation: 1 }),
      },
    };
    if (plural !== 'configmaps') delete obj.status; // the status subresource is written through /status only
    const stored = sortKeys(obj);
    this.objects.set(key(plural, namespace, obj.metadata.name), stored);
    this.emit(plural, 'ADDED', stored);
    return stored;
  }

  /** Replaces an object; with a status subresource, the main resource keeps its status and /status keeps everything else. */
  private replace(plural: string, namespace: string, name: string, body: Obj, statusOnly: boolean): Obj {
    const current = this.objects.get(key(plural, namespace, name))!;
    const custom = plural !== 'configmaps';
    const next: Obj = statusOnly ? { ...current, status: body.status } : { ...body, ...(custom ? { status: current.status } : {}) };
    if (next.status === undefined) delete next.status;
    next.apiVersion = current.apiVersion;
    next.kind = current.kind;
    next.metadata = { ...(statusOnly ? current.metadata : body.metadata), name, namespace, uid: current.metadata.uid, creationTimestamp: current.metadata.creationTimestamp, resourceVersion: current.metadata.resourceVersion };
    if (custom) next.metadata.generation = current.metadata.generation;
    // A write that changes nothing is not a change: no new resourceVersion, no event.
    if (JSON.stringify(sortKeys(next)) === JSON.stringify(current)) return current;
    if (custom && JSON.stringify(sortKeys(next.spec)) !== JSON.stringify(current.spec)) next.metadata.generation = current.metadata.generation + 1;
    next.metadata.resourceVersion = String(++this.rv);
    const stored = sortKeys(next);
    this.objects.set(key(plural, namespace, name), stored);
    this.emit(plural, 'MODIFIED', stored);
    return stored;
  }

  private emit(plural: string, type: Event['type'], object: Obj): void {
    this.events.push({ rv: Number(object.metadata.resourceVersion), plural, type, object });
    for (const w of this.watchers) {
      if (w.plural === plural && inNamespace(object, w.namespace)) w.res.write(JSON.stringify({ type, object: inVersion(object, w.version || undefined) }) + '\n');
    }
  }
}

const CUSTOM_PATH = new RegExp(`^/apis/toolhive\\.stacklok\\.dev/(${VERSIONS.join('|')})/(?:namespaces/([^/]+)/)?(${CUSTOM_PLURALS.join('|')})(?:/([^/]+))?(?:/(status))?$`);

function parse(path: string): { plural: string; version?: string; namespace?: string; name?: string; subresource?: string } | undefined {
  const custom = path.match(CUSTOM_PATH);
  if (custom) return { plural: custom[3]!, version: custom[1]!, ...(custom[2] ? { namespace: custom[2] } : {}), ...(custom[4] ? { name: custom[4] } : {}), ...(custom[5] ? { subresource: custom[5] } : {}) };
  const core = path.match(/^\/api\/v1\/namespaces\/([^/]+)\/configmaps(?:\/([^/]+))?$/);
  if (core) return { plural: 'configmaps', namespace: core[1]!, ...(core[2] ? { name: core[2] } : {}) };
  return undefined;
}

/** A custom object (or list, or Status) as served at `version`: with conversion None only apiVersion changes. */
function inVersion(body: Obj, version: string | undefined): Obj {
  if (version === undefined || typeof body.apiVersion !== 'string' || !body.apiVersion.startsWith(`${GROUP}/`)) return body;
  const apiVersion = `${GROUP}/${version}`;
  const items = Array.isArray(body.items) ? { items: body.items.map((i: Obj) => ({ ...i, apiVersion })) } : {};
  return { ...body, apiVersion, ...items };
}

const key = (plural: string, ns: string, name: string) => `${plural}/${ns}/${name}`;
const matches = (k: string, plural: string, ns: string | undefined) => k.startsWith(`${plural}/${ns === undefined ? '' : `${ns}/`}`);
const inNamespace = (o: Obj, ns: string | undefined) => ns === undefined || o.metadata.namespace === ns;
const pluralOf = (kind: string) => Object.entries(KINDS).find(([, k]) => k === kind)![0];
const resourceName = (plural: string) => (plural === 'configmaps' ? 'configmaps' : `${plural}.${GROUP}`);
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects come back with their keys sorted, as from the real server (Go marshals JSON maps in key order). */
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])])) as T;
}

/** RFC 7386 JSON Merge Patch. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Obj = isObject(target) ? target : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function statusBody(code: number, reason: string, message: string, details?: Obj): Obj {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code };
}

function status(res: ServerResponse, code: number, reason: string, message: string, details?: Obj): void {
  send(res, code, statusBody(code, reason, message, details));
}

function send(res: ServerResponse, code: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}
