/**
 * One MCP client session to one backend, through the official SDK client: Streamable HTTP (negotiating
 * 2026-07-28 with server/discover and falling back to the 2025 handshake) or the legacy SSE transport.
 * Outgoing credentials are set per request by the caller (`useHeaders`) and added by a fetch wrapper, so
 * the SDK never holds a credential of its own. A connection that fails at transport level is dropped and
 * re-opened on next use; backend sessions are cheap to re-open and a half-dead one is worse.
 * The SDK client opens the session and handles lists, notifications and progress; plain requests on a
 * 2025-era Streamable HTTP session go as direct POSTs (json-rpc-post.ts) on that same session.
 */
import { Client, SSEClientTransport, StreamableHTTPClientTransport, type JSONRPCMessage } from '@modelcontextprotocol/client';
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import type { Prompt, Resource, ResourceTemplateType, StandardSchemaV1, Tool } from '@modelcontextprotocol/server';
import type { DeepReadonly } from '../../common/freeze.js';
import type { BackendPlan } from '../../generated/plan.js';
import type { BackendCatalog } from '../aggregation/types.js';
import { relayToClient, type ClientRelay } from './client-relay.js';
import { isBackendAnswer } from './classify.js';
import { BackendError, LocalRequestError } from './errors.js';
import { postJsonRpc, SessionExpiredError } from './json-rpc-post.js';
import { encodeJson } from './sendable.js';

export type ListKind = 'tools' | 'prompts' | 'resources';
export type ProgressListener = (progress: { progress: number; total?: number; message?: string }) => void;

export interface ConnectionOptions {
  backend: DeepReadonly<BackendPlan>;
  /** A backend said one of its lists changed (already debounced). */
  onListChanged: (kind: ListKind) => void;
  /** A backend said a subscribed resource changed. */
  onResourceUpdated: (uri: string) => void;
  /** Keep-alive pool to the backend's origin for direct POSTs (Streamable HTTP backends only). */
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
  /** Direct POSTs use string ids, which never collide with the SDK client's numeric ones on the session. */
  private nextId = 0;
  private readonly path: string;

  constructor(private readonly options: ConnectionOptions) {
    const url = new URL(options.backend.url);
    this.path = url.pathname + url.search;
  }

  /** The credentials for the next requests on this connection (the same caller's, or static ones). */
  useHeaders(headers: Readonly<Record<string, string>>): void {
    this.headers = headers;
  }

  /**
   * Only the shape of a result (a JSON object) is checked here; the client checks the rest. Without
   * progress to relay, a 2025-era Streamable HTTP session is served by a direct POST on the SDK client's
   * session; the SDK client still handles what the backend sends besides the answer, except what `relay`
   * takes for the calling client (only a direct POST's stream tells which call a message belongs to).
   */
  async request(
    method: string,
    params: Record<string, unknown> | undefined,
    timeoutMs: number,
    onProgress?: ProgressListener,
    relay?: ClientRelay,
  ): Promise<Record<string, unknown>> {
    try {
      return await this.send(method, params, timeoutMs, onProgress, relay);
    } catch (e) {
      // vmcp closed this connection under the request (the caller's partition was evicted, or shutdown):
      // whatever the request then saw says nothing about the backend.
      if (this.closed && !isBackendAnswer(e)) throw this.closedError();
      throw e;
    }
  }

  private async send(
    method: string,
    params: Record<string, unknown> | undefined,
    timeoutMs: number,
    onProgress: ProgressListener | undefined,
    relay: ClientRelay | undefined,
  ): Promise<Record<string, unknown>> {
    const client = await this.connected(timeoutMs);
    const transport = client.transport;
    const dispatcher = this.options.dispatcher;
    if (!onProgress && dispatcher && transport instanceof StreamableHTTPClientTransport && client.getProtocolEra() === 'legacy') {
      try {
        return await this.post(dispatcher, transport, method, params, timeoutMs, relay);
      } catch (e) {
        if (!(e instanceof SessionExpiredError)) throw e;
        // The backend forgot the session (restart, idle expiry): the spec's remedy is a new session, and
        // the request never ran, so it goes once more on the new one. Only the first caller to see the
        // expiry re-opens; concurrent ones find the new session.
        if (this.client !== null && (await this.client.catch(() => null)) === client) this.reset();
        const fresh = await this.connected(timeoutMs);
        const freshTransport = fresh.transport;
        if (!(freshTransport instanceof StreamableHTTPClientTransport)) throw e;
        return this.post(dispatcher, freshTransport, method, params, timeoutMs, relay);
      }
    }
    // The SDK client encodes the message itself, inside its transport; a value with no JSON form must be
    // found out here, where it is the caller's error, not there, where it would look like the backend's.
    if (params !== undefined) encodeJson(params, this.options.backend.name);
    // With a listener the SDK sets its own progress token on this hop and hands each notification back.
    const options = onProgress ? { timeout: timeoutMs, onprogress: onProgress, resetTimeoutOnProgress: true } : { timeout: timeoutMs };
    return client.request(params === undefined ? { method } : { method, params }, ANY_OBJECT, options);
  }

  private async post(
    dispatcher: Dispatcher,
    transport: StreamableHTTPClientTransport,
    method: string,
    params: Record<string, unknown> | undefined,
    timeoutMs: number,
    relay: ClientRelay | undefined,
  ) {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    if (transport.sessionId) headers['mcp-session-id'] = transport.sessionId;
    if (transport.protocolVersion) headers['mcp-protocol-version'] = transport.protocolVersion;
    Object.assign(headers, this.headers);
    const onOther = (m: JSONRPCMessage) => {
      // The client's answer goes back as the SDK client would send its own: a POST on the session.
      if (relay && relayToClient(m, relay, (reply) => void transport.send(reply).catch(() => {}))) return;
      transport.onmessage?.(m);
    };
    const target = { dispatcher, path: this.path, headers, backend: this.options.backend.name, timeoutMs, onOther };
    const id = `vmcp-${++this.nextId}`;
    try {
      return await postJsonRpc(target, id, method, params);
    } catch (e) {
      // What the SDK client does on its own timeouts: tell the backend to stop working on the request.
      if (e instanceof BackendError && e.code === 'VMCP_BACKEND_TIMEOUT') {
        void transport.send({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: id, reason: 'Request timed out' } }).catch(() => {});
      }
      throw e;
    }
  }

  /** Every list the backend advertises, all pages walked. */
  async catalog(timeoutMs: number): Promise<BackendCatalog> {
    const client = await this.connected(timeoutMs);
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
    // undici's own fetch, not Node 20's bundled one: the bundled fetch adds an abort listener to the
    // transport's long-lived signal on every request and drops it only at GC, which piles up (and warns)
    // on a busy backend connection.
    const fetchWithCredentials = (url: string | URL, init?: RequestInit): Promise<Response> => {
      const headers = new Headers(init?.headers);
      for (const [k, v] of Object.entries(this.headers)) headers.set(k, v);
      return undiciFetch(url, { ...init, headers } as never) as unknown as Promise<Response>;
    };
    const url = new URL(backend.url);
    const transport = sse
      ? new SSEClientTransport(url, { fetch: fetchWithCredentials })
      : new StreamableHTTPClientTransport(url, { fetch: fetchWithCredentials });
    client.onerror = () => {}; // transport hiccups surface on the request that hits them
    client.setNotificationHandler('notifications/resources/updated', (n) => this.options.onResourceUpdated(n.params.uri));
    try {
      await client.connect(transport, { timeout: timeoutMs });
    } catch (e) {
      await client.close().catch(() => {});
      throw e;
    }
    return client;
  }
}
