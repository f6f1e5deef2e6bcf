/**
 * One caller partition's MCP client session to one backend, through the official SDK client: Streamable
 * HTTP (negotiating 2026-07-28 with server/discover, or the 2025 handshake when the backend is known to
 * speak 2025: era-memory.ts) or the legacy SSE transport. Outgoing credentials are set per request by the
 * caller (`useHeaders`) and added to every message, so the SDK never holds a credential of its own. A
 * connection that fails at transport level is dropped and re-opened on next use; backend sessions are cheap
 * to re-open and a half-dead one is worse. On a 2025 Streamable HTTP session every message after the
 * handshake is a session POST (backend-transport.ts), and plain requests skip the SDK client
 * (`BackendTransport.call`).
 *
 * Requests of clients that speak a 2025 version before 2025-11-25 go on a second session, opened at
 * 2025-06-18 when first needed: on a 2025-11-25 session a backend may start each answer's stream with an
 * empty priming event (for resumption, which those clients do not know), and the SDK's HTTP layer of
 * backends such as server-everything then holds the whole answer back for a timer tick (a 1 ms floor)
 * before writing it. A client should not wait for a version it did not ask for.
 */
import { Client, SdkError, SSEClientTransport, StreamableHTTPClientTransport, type Transport } from '@modelcontextprotocol/client';
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import type { Prompt, Resource, ResourceTemplateType, StandardSchemaV1, Tool } from '@modelcontextprotocol/server';
import type { DeepReadonly } from '../../common/freeze.js';
import type { BackendPlan } from '../../generated/plan.js';
import type { BackendCatalog } from '../aggregation/types.js';
import { BackendTransport } from './backend-transport.js';
import type { EraMemory } from './era-memory.js';
import type { ClientRelay } from './client-relay.js';
import { isBackendAnswer } from './classify.js';
import { BackendError, LocalRequestError } from './errors.js';
import type { RestartBackoff } from './restart-backoff.js';
import { stdioTransport, type StdioLaunch } from './stdio.js';
import type { Logger } from '../log.js';
import { encodeJson } from './sendable.js';
import { SessionExpiredError } from './session-post.js';

export type ListKind = 'tools' | 'prompts' | 'resources';
export type ProgressListener = (progress: { progress: number; total?: number; message?: string }) => void;

/** How one request travels besides its message, as the calling client needs it. */
export interface CallOptions {
  /** Relays the backend's progress (the request then goes through the SDK client, which maps tokens). */
  onProgress?: ProgressListener;
  /** Takes what the backend sends the calling client while serving the request (client-relay.ts). */
  relay?: ClientRelay;
  /** The calling client's protocol version, when it is a 2025-era one: it picks the session (see above). */
  clientVersion?: string;
}

export interface ConnectionOptions {
  backend: DeepReadonly<BackendPlan>;
  /** A backend said one of its lists changed (already debounced). */
  onListChanged: (kind: ListKind) => void;
  /** A backend said a subscribed resource changed. */
  onResourceUpdated: (uri: string) => void;
  /** Keep-alive pool to the backend's origin for session POSTs (Streamable HTTP backends only). */
  dispatcher?: Dispatcher;
  /** The backend's era as other connections found it (shared by the backend's connections). */
  era?: EraMemory;
  /** A stdio backend's program, and what follows its exits (stdio backends only). */
  stdio?: StdioOptions;
}

export interface StdioOptions {
  launch: StdioLaunch;
  backoff: RestartBackoff;
  logger: Logger;
  /** The program exited without vmcp asking it to; it may start again after `delayMs`. */
  onExit: (delayMs: number) => void;
}

const CLIENT_INFO = { name: 'vmcp', version: '0.1.0' };

/** From this version on a backend may prime each answer's SSE stream (see above). */
const PRIMING_VERSION = '2025-11-25';
/** What the second session offers: 2025-06-18 first, then what a backend may counter-offer. */
const OLDER_VERSIONS = ['2025-06-18', '2025-03-26', '2024-11-05'];

/** `current`: the session at the newest version both sides speak; `older`: the 2025-06-18 one. */
type Wire = 'current' | 'older';

/** A Standard Schema that only insists on a JSON object (anything else is a garbage answer). */
const ANY_OBJECT: StandardSchemaV1<Record<string, unknown>> = {
  '~standard': {
    version: 1,
    vendor: 'vmcp',
    validate: (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? { value: value as Record<string, unknown> }
        : { issues: [{ message: 'the result is not a JSON object' }] },
  },
};

export class BackendConnection {
  private readonly sessions: Record<Wire, Promise<Client> | null> = { current: null, older: null };
  /** The sessions once open, so that a request need not wait on their promises. */
  private readonly ready: Record<Wire, Client | null> = { current: null, older: null };
  /** The backend would not open a session at an older version: the current one serves everyone. */
  private noOlder = false;
  private headers: Readonly<Record<string, string>> = {};
  private closed = false;

  constructor(private readonly options: ConnectionOptions) {}

  /** The credentials for the next requests on this connection (the same caller's, or static ones). */
  useHeaders(headers: Readonly<Record<string, string>>): void {
    this.headers = headers;
  }

  /**
   * Only the shape of a result (a JSON object) is checked here; the client checks the rest. Without progress
   * to relay, a 2025 session's request skips the SDK client (backend-transport.ts); `relay` then takes what
   * the backend sends the calling client (only the call's own stream tells whose a message is).
   */
  request(method: string, params: Record<string, unknown> | undefined, timeoutMs: number, via: CallOptions = {}): Promise<Record<string, unknown>> {
    const use = (client: Client) => this.send(client, method, params, timeoutMs, via);
    // With its session open, the request goes at once (the hot path: nothing to wait for first).
    const ready = this.readyFor(via.clientVersion);
    const sent = ready ? use(ready).catch((e: unknown) => this.again(e, ready, timeoutMs, use, via.clientVersion)) : this.onSession(timeoutMs, use, via.clientVersion);
    return sent.catch((e: unknown) => {
      // vmcp closed this connection under the request (the caller's partition was evicted, or shutdown):
      // whatever the request then saw says nothing about the backend.
      throw this.closed && !isBackendAnswer(e) ? this.closedError() : e;
    });
  }

  private send(client: Client, method: string, params: Record<string, unknown> | undefined, timeoutMs: number, via: CallOptions): Promise<Record<string, unknown>> {
    const transport = client.transport;
    if (!via.onProgress && transport instanceof BackendTransport && transport.canCall) return transport.call(method, params, timeoutMs, via.relay);
    return this.sendThroughSdk(client, method, params, timeoutMs, via.onProgress);
  }

  private async sendThroughSdk(
    client: Client,
    method: string,
    params: Record<string, unknown> | undefined,
    timeoutMs: number,
    onProgress: ProgressListener | undefined,
  ): Promise<Record<string, unknown>> {
    // The SDK client encodes the message itself, inside its transport; a value with no JSON form must be
    // found out here, where it is the caller's error, not there, where it would look like the backend's.
    if (params !== undefined) encodeJson(params, this.options.backend.name);
    // With a listener the SDK sets its own progress token on this hop and hands each notification back.
    const options = onProgress ? { timeout: timeoutMs, onprogress: onProgress, resetTimeoutOnProgress: true } : { timeout: timeoutMs };
    return client.request(params === undefined ? { method } : { method, params }, ANY_OBJECT, options);
  }

  /**
   * Runs `use` on the session. When the backend forgot it (restart, idle expiry), the spec's remedy is a new
   * session, and the message never ran, so it goes once more on the new one. Only the first caller to see
   * the expiry re-opens; concurrent ones find the new session.
   */
  private async onSession<T>(timeoutMs: number, use: (client: Client) => Promise<T>, clientVersion?: string): Promise<T> {
    const client = this.readyFor(clientVersion) ?? (await this.sessionFor(timeoutMs, clientVersion));
    try {
      return await use(client);
    } catch (e) {
      return this.again(e, client, timeoutMs, use, clientVersion);
    }
  }

  /** After `use` failed with `e` on `client`: once more on a new session when the backend forgot that one. */
  private async again<T>(e: unknown, client: Client, timeoutMs: number, use: (client: Client) => Promise<T>, clientVersion?: string): Promise<T> {
    if (!(e instanceof SessionExpiredError)) throw e;
    for (const wire of ['current', 'older'] as const) {
      const session = this.sessions[wire];
      if (session !== null && (await session.catch(() => null)) === client) this.resetSession(wire);
    }
    return use(await this.sessionFor(timeoutMs, clientVersion));
  }

  /** The session for a client at `clientVersion`: the older one when the current one would prime answers. */
  private readyFor(clientVersion: string | undefined): Client | null {
    const current = this.ready.current;
    if (current === null || clientVersion === undefined || clientVersion >= PRIMING_VERSION || this.noOlder || !primes(current)) return current;
    return this.ready.older;
  }

  /** `readyFor`, opening what it needs. */
  private async sessionFor(timeoutMs: number, clientVersion: string | undefined): Promise<Client> {
    const current = await this.connected(timeoutMs, 'current');
    if (clientVersion === undefined || clientVersion >= PRIMING_VERSION || this.noOlder || !primes(current)) return current;
    try {
      return await this.connected(timeoutMs, 'older');
    } catch (e) {
      // The backend is up (the current session works) but would not speak an older version.
      if (this.closed || isBackendAnswer(e) || !(e instanceof SdkError)) throw e;
      this.noOlder = true;
      return current;
    }
  }

  /** Every list the backend advertises, all pages walked. */
  catalog(timeoutMs: number): Promise<BackendCatalog> {
    return this.onSession(timeoutMs, (client) => listAll(client, timeoutMs));
  }

  /** Forget the sessions; the next request opens new ones. */
  reset(): void {
    this.noOlder = false;
    this.resetSession('current');
    this.resetSession('older');
  }

  async close(): Promise<void> {
    this.closed = true;
    const open = [this.sessions.current, this.sessions.older];
    this.sessions.current = this.sessions.older = this.ready.current = this.ready.older = null;
    await Promise.all(open.map((s) => s?.then((c) => c.close()).catch(() => {})));
  }

  private resetSession(wire: Wire): void {
    const old = this.sessions[wire];
    this.sessions[wire] = this.ready[wire] = null;
    void old?.then((c) => c.close()).catch(() => {});
  }

  private connected(timeoutMs: number, wire: Wire): Promise<Client> {
    if (this.closed) return Promise.reject(this.closedError());
    let session = this.sessions[wire];
    if (!session) {
      const pending = this.open(timeoutMs, wire);
      this.sessions[wire] = session = pending;
      pending.then(
        (c) => {
          if (this.sessions[wire] === pending) this.ready[wire] = c;
          c.onclose = () => {
            if (this.sessions[wire] !== pending) return; // closed by vmcp (reset, close)
            this.sessions[wire] = this.ready[wire] = null;
            const stdio = this.options.stdio;
            if (stdio && !this.closed) stdio.onExit(stdio.backoff.exited());
          };
        },
        () => {
          if (this.sessions[wire] === pending) this.sessions[wire] = null;
        },
      );
    }
    return session;
  }

  /** Waits out a stdio program's restart delay, or refuses at once when the request cannot wait that long. */
  private async restartDelay(ms: number, timeoutMs: number): Promise<void> {
    if (ms === 0) return;
    const name = this.options.backend.name;
    if (ms >= timeoutMs) throw new BackendError('VMCP_BACKEND_UNAVAILABLE', name, `backend "${name}": its program exited and starts again in ${Math.ceil(ms / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  private closedError(): LocalRequestError {
    const name = this.options.backend.name;
    return new LocalRequestError('VMCP_CONNECTION_CLOSED', name, `vmcp closed its connection to backend "${name}" during the request; try again`);
  }

  private async open(timeoutMs: number, wire: Wire): Promise<Client> {
    const { backend, onListChanged, era } = this.options;
    const listChanged = (kind: ListKind) => ({ autoRefresh: false, debounceMs: 100, onChanged: () => onListChanged(kind) });
    // Only Streamable HTTP can carry 2026-07-28; SSE and stdio speak the 2025 protocol here.
    const streamable = backend.transport === 'streamable-http';
    const current = wire === 'current';
    // The older session only carries requests; lists and their changes are the current session's.
    const client = new Client(CLIENT_INFO, {
      // Declared so that backends ask: the calling client is asked in turn (client-relay.ts), or the
      // backend gets a refusal when that client cannot answer.
      capabilities: { sampling: {}, elicitation: { form: {}, url: {} } },
      versionNegotiation: { mode: streamable && current ? 'auto' : 'legacy' },
      ...(current
        ? { listChanged: { tools: listChanged('tools'), prompts: listChanged('prompts'), resources: listChanged('resources') } }
        : { supportedProtocolVersions: OLDER_VERSIONS }),
    });
    const transport = await this.transport(timeoutMs);
    client.onerror = () => {}; // transport hiccups surface on the request that hits them
    client.setNotificationHandler('notifications/resources/updated', (n) => this.options.onResourceUpdated(n.params.uri));
    const probed = current && streamable && !era?.knownLegacy();
    try {
      await client.connect(transport, { timeout: timeoutMs, ...(current && streamable && !probed ? { prior: { kind: 'legacy' as const } } : {}) });
    } catch (e) {
      await client.close().catch(() => {});
      const stdio = this.options.stdio;
      if (!stdio) throw e;
      // A program that would not start, or not answer initialize, waits like one that exited.
      stdio.backoff.exited();
      throw startError(e, backend.name, stdio.launch.command);
    }
    const legacy = client.getProtocolEra() === 'legacy';
    if (probed) era?.learned(legacy ? 'legacy' : 'modern');
    if (transport instanceof BackendTransport && legacy) transport.establish();
    return client;
  }

  private async transport(timeoutMs: number): Promise<Transport> {
    const { backend, dispatcher, stdio } = this.options;
    if (backend.transport === 'stdio') {
      if (!stdio) throw new Error(`backend "${backend.name}": a stdio backend needs its program (StdioOptions)`);
      await this.restartDelay(stdio.backoff.wait(), timeoutMs);
      stdio.backoff.started();
      return stdioTransport(stdio.launch, backend.name, stdio.logger);
    }
    // undici's own fetch, not Node 20's bundled one: the bundled fetch adds an abort listener to the
    // transport's long-lived signal on every request and drops it only at GC, which piles up (and warns)
    // on a busy backend connection.
    const fetch = (url: string | URL, init?: RequestInit): Promise<Response> => {
      const headers = new Headers(init?.headers);
      for (const [k, v] of Object.entries(this.headers)) headers.set(k, v);
      return undiciFetch(url, { ...init, headers } as never) as unknown as Promise<Response>;
    };
    const url = new URL(backend.url!);
    if (backend.transport === 'sse') return new SSEClientTransport(url, { fetch });
    if (!dispatcher) throw new Error(`backend "${backend.name}": a Streamable HTTP connection needs the backend's keep-alive pool`);
    const sdk = new StreamableHTTPClientTransport(url, { fetch });
    return new BackendTransport(sdk, { dispatcher, path: url.pathname + url.search, backend: backend.name, credentials: () => this.headers });
  }
}

/** Why a stdio backend's program did not start, in words that say what to check. */
function startError(e: unknown, backend: string, command: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code !== 'ENOENT' && code !== 'EACCES') return e;
  const why = code === 'ENOENT' ? 'no such program (check command, and PATH for a bare name)' : 'permission denied (is it executable?)';
  return new BackendError('VMCP_BACKEND_UNAVAILABLE', backend, `backend "${backend}": cannot start its program ${JSON.stringify(command)}: ${why}`);
}

async function listAll(client: Client, timeoutMs: number): Promise<BackendCatalog> {
  const caps = client.getServerCapabilities() ?? {};
  const opts = { timeout: timeoutMs, cacheMode: 'bypass' as const };
  const [tools, prompts, resources, resourceTemplates] = await Promise.all([
    caps.tools ? client.listTools(undefined, opts).then((r) => r.tools) : ([] as Tool[]),
    caps.prompts ? client.listPrompts(undefined, opts).then((r) => r.prompts) : ([] as Prompt[]),
    caps.resources ? client.listResources(undefined, opts).then((r) => r.resources) : ([] as Resource[]),
    caps.resources ? client.listResourceTemplates(undefined, opts).then((r) => r.resourceTemplates) : ([] as ResourceTemplateType[]),
  ]);
  return { tools, prompts, resources, resourceTemplates };
}

/** A 2025 Streamable HTTP session at a version whose answers a backend may prime. */
function primes(client: Client): boolean {
  return client.transport instanceof BackendTransport && client.getProtocolEra() === 'legacy' && (client.getNegotiatedProtocolVersion() ?? '') >= PRIMING_VERSION;
}
