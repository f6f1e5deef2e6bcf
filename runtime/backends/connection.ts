/**
 * One MCP client session to one backend, through the official SDK client: Streamable HTTP (negotiating
 * 2026-07-28 with server/discover and falling back to the 2025 handshake) or the legacy SSE transport.
 * Outgoing credentials are set per request by the caller (`useHeaders`) and added to every message, so the
 * SDK never holds a credential of its own. A connection that fails at transport level is dropped and
 * re-opened on next use; backend sessions are cheap to re-open and a half-dead one is worse. On a 2025
 * Streamable HTTP session every message after the handshake is a session POST (backend-transport.ts), and
 * plain requests skip the SDK client (`BackendTransport.call`).
 */
import { Client, SSEClientTransport, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import type { Prompt, Resource, ResourceTemplateType, StandardSchemaV1, Tool } from '@modelcontextprotocol/server';
import type { DeepReadonly } from '../../common/freeze.js';
import type { BackendPlan } from '../../generated/plan.js';
import type { BackendCatalog } from '../aggregation/types.js';
import { BackendTransport } from './backend-transport.js';
import type { ClientRelay } from './client-relay.js';
import { isBackendAnswer } from './classify.js';
import { LocalRequestError } from './errors.js';
import { encodeJson } from './sendable.js';
import { SessionExpiredError } from './session-post.js';

export type ListKind = 'tools' | 'prompts' | 'resources';
export type ProgressListener = (progress: { progress: number; total?: number; message?: string }) => void;

export interface ConnectionOptions {
  backend: DeepReadonly<BackendPlan>;
  /** A backend said one of its lists changed (already debounced). */
  onListChanged: (kind: ListKind) => void;
  /** A backend said a subscribed resource changed. */
  onResourceUpdated: (uri: string) => void;
  /** Keep-alive pool to the backend's origin for session POSTs (Streamable HTTP backends only). */
  dispatcher?: Dispatcher;
}

const CLIENT_INFO = { name: 'vmcp', version: '0.1.0' };

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
  private client: Promise<Client> | null = null;
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
  async request(
    method: string,
    params: Record<string, unknown> | undefined,
    timeoutMs: number,
    onProgress?: ProgressListener,
    relay?: ClientRelay,
  ): Promise<Record<string, unknown>> {
    try {
      return await this.onSession(timeoutMs, (client) => this.send(client, method, params, timeoutMs, onProgress, relay));
    } catch (e) {
      // vmcp closed this connection under the request (the caller's partition was evicted, or shutdown):
      // whatever the request then saw says nothing about the backend.
      if (this.closed && !isBackendAnswer(e)) throw this.closedError();
      throw e;
    }
  }

  private send(
    client: Client,
    method: string,
    params: Record<string, unknown> | undefined,
    timeoutMs: number,
    onProgress: ProgressListener | undefined,
    relay: ClientRelay | undefined,
  ): Promise<Record<string, unknown>> {
    const transport = client.transport;
    if (!onProgress && transport instanceof BackendTransport && transport.canCall) return transport.call(method, params, timeoutMs, relay);
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
  private async onSession<T>(timeoutMs: number, use: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.connected(timeoutMs);
    try {
      return await use(client);
    } catch (e) {
      if (!(e instanceof SessionExpiredError)) throw e;
      if (this.client !== null && (await this.client.catch(() => null)) === client) this.reset();
      return use(await this.connected(timeoutMs));
    }
  }

  /** Every list the backend advertises, all pages walked. */
  catalog(timeoutMs: number): Promise<BackendCatalog> {
    return this.onSession(timeoutMs, (client) => listAll(client, timeoutMs));
  }

  /** Forget the session; the next request opens a new one. */
  reset(): void {
    const old = this.client;
    this.client = null;
    void old?.then((c) => c.close()).catch(() => {});
  }

  async close(): Promise<void> {
    this.closed = true;
    const old = this.client;
    this.client = null;
    await old?.then((c) => c.close()).catch(() => {});
  }

  private connected(timeoutMs: number): Promise<Client> {
    if (this.closed) return Promise.reject(this.closedError());
    if (!this.client) {
      const pending = this.open(timeoutMs);
      this.client = pending;
      pending.then(
        (c) => {
          c.onclose = () => {
            if (this.client === pending) this.client = null;
          };
        },
        () => {
          if (this.client === pending) this.client = null;
        },
      );
    }
    return this.client;
  }

  private closedError(): LocalRequestError {
    const name = this.options.backend.name;
    return new LocalRequestError('VMCP_CONNECTION_CLOSED', name, `vmcp closed its connection to backend "${name}" during the request; try again`);
  }

  private async open(timeoutMs: number): Promise<Client> {
    const { backend, onListChanged } = this.options;
    const listChanged = (kind: ListKind) => ({ autoRefresh: false, debounceMs: 100, onChanged: () => onListChanged(kind) });
    const sse = backend.transport === 'sse';
    const client = new Client(CLIENT_INFO, {
      // Declared so that backends ask: the calling client is asked in turn (client-relay.ts), or the
      // backend gets a refusal when that client cannot answer.
      capabilities: { sampling: {}, elicitation: { form: {}, url: {} } },
      // SSE is the 2024/2025 transport; only Streamable HTTP can carry 2026-07-28.
      versionNegotiation: { mode: sse ? 'legacy' : 'auto' },
      listChanged: { tools: listChanged('tools'), prompts: listChanged('prompts'), resources: listChanged('resources') },
    });
    const transport = this.transport();
    client.onerror = () => {}; // transport hiccups surface on the request that hits them
    client.setNotificationHandler('notifications/resources/updated', (n) => this.options.onResourceUpdated(n.params.uri));
    try {
      await client.connect(transport, { timeout: timeoutMs });
    } catch (e) {
      await client.close().catch(() => {});
      throw e;
    }
    if (transport instanceof BackendTransport && client.getProtocolEra() === 'legacy') transport.establish();
    return client;
  }

  private transport(): SSEClientTransport | BackendTransport {
    const { backend, dispatcher } = this.options;
    // undici's own fetch, not Node 20's bundled one: the bundled fetch adds an abort listener to the
    // transport's long-lived signal on every request and drops it only at GC, which piles up (and warns)
    // on a busy backend connection.
    const fetch = (url: string | URL, init?: RequestInit): Promise<Response> => {
      const headers = new Headers(init?.headers);
      for (const [k, v] of Object.entries(this.headers)) headers.set(k, v);
      return undiciFetch(url, { ...init, headers } as never) as unknown as Promise<Response>;
    };
    const url = new URL(backend.url);
    if (backend.transport === 'sse') return new SSEClientTransport(url, { fetch });
    if (!dispatcher) throw new Error(`backend "${backend.name}": a Streamable HTTP connection needs the backend's keep-alive pool`);
    const sdk = new StreamableHTTPClientTransport(url, { fetch });
    return new BackendTransport(sdk, { dispatcher, path: url.pathname + url.search, backend: backend.name, credentials: () => this.headers });
  }
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
