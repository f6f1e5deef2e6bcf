/**
 * Callers for the MCP attack tests: official SDK clients whose request bodies can carry a value the SDK
 * itself could not serialise (100,000 levels deep), raw 2025 sessions, and fetches from a chosen loopback
 * source address (127.0.0.2, 127.0.0.3, ...) so that one test process can be several callers by IP.
 */
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Agent, fetch as undiciFetch } from 'undici';

export type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

/** `levels` nested arrays around a number: 2 bytes a level on the wire. */
export const deepArray = (levels: number): string => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

/** Put this string where the deep value goes; `rewritingFetch` swaps it in on the wire. */
export const DEEP_MARKER = '__vmcp_deep_value__';

export interface Answer {
  status: number;
  body: string;
}

/** An answer to a rewritten request, with the JSON-RPC id that request carried. */
export interface RewrittenAnswer extends Answer {
  sentId: unknown;
}

/** A fetch that replaces `"DEEP_MARKER"` in request bodies with `replacement`, and keeps the answers to those requests. */
export function rewritingFetch(replacement: string, base: FetchLike = fetch): FetchLike & { answers: RewrittenAnswer[] } {
  const answers: RewrittenAnswer[] = [];
  const rewriting = async (url: string | URL, init?: RequestInit): Promise<Response> => {
    const body = init?.body;
    if (typeof body !== 'string' || !body.includes(DEEP_MARKER)) return base(url, init);
    const sentId = (JSON.parse(body) as { id?: unknown }).id;
    const response = await base(url, { ...init, body: body.replace(`"${DEEP_MARKER}"`, replacement) });
    answers.push({ status: response.status, body: await response.clone().text(), sentId });
    return response;
  };
  return Object.assign(rewriting, { answers });
}

/** A fetch whose connections leave from `localAddress` (any 127.x.y.z reaches a server on 127.0.0.1). */
export function fetchFrom(localAddress: string): FetchLike & { close(): Promise<void> } {
  const dispatcher = new Agent({ localAddress });
  const bound = (url: string | URL, init?: RequestInit) => undiciFetch(url, { ...init, dispatcher } as never) as unknown as Promise<Response>;
  return Object.assign(bound, { close: () => dispatcher.close() });
}

export interface SdkClientOptions {
  era?: 'legacy' | 'modern';
  fetch?: FetchLike;
  /** Declaring sampling keeps a 2025 session's calls off vmcp's direct path (the SDK server serves them). */
  sampling?: boolean;
  headers?: Record<string, string>;
}

export async function connectSdkClient(url: string, o: SdkClientOptions = {}): Promise<Client> {
  const client = new Client(
    { name: 'attack-test', version: '1.0.0' },
    {
      ...(o.era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' as const } } } : {}),
      ...(o.sampling ? { capabilities: { sampling: {} } } : {}),
    },
  );
  if (o.sampling) client.setRequestHandler('sampling/createMessage', () => ({ role: 'assistant', content: { type: 'text', text: '' }, model: 'none' }));
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    ...(o.fetch ? { fetch: o.fetch } : {}),
    ...(o.headers ? { requestInit: { headers: o.headers } } : {}),
  });
  await client.connect(transport);
  return client;
}

const JSON_AND_SSE = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

/** Opens a 2025-11-25 session with plain HTTP; answers the headers its later requests carry. */
export async function openRawSession(url: string, f: FetchLike = fetch, headers: Record<string, string> = {}): Promise<Record<string, string>> {
  const init = await f(url, {
    method: 'POST',
    headers: { ...JSON_AND_SSE, ...headers },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } }),
  });
  await init.text();
  const id = init.headers.get('mcp-session-id');
  if (init.status !== 200 || id === null) throw new Error(`initialize answered ${init.status} without a session`);
  const session = { ...headers, 'mcp-session-id': id, 'mcp-protocol-version': '2025-11-25' };
  const initialized = await f(url, { method: 'POST', headers: { ...JSON_AND_SSE, ...session }, body: '{"jsonrpc":"2.0","method":"notifications/initialized"}' });
  await initialized.text();
  if (initialized.status !== 202) throw new Error(`notifications/initialized answered ${initialized.status}`);
  return session;
}

/** A JSON-RPC request on a raw session (or none); the HTTP status and the body as text. */
export async function postJsonRpc(url: string, headers: Record<string, string>, body: string, f: FetchLike = fetch): Promise<Answer> {
  const r = await f(url, { method: 'POST', headers: { ...JSON_AND_SSE, ...headers }, body });
  return { status: r.status, body: await r.text() };
}

/** The JSON-RPC message of an answer, whether it came as JSON or as one SSE event. */
export function messageOf(a: Answer): { id?: unknown; result?: Record<string, unknown>; error?: { code: number; message: string; data?: Record<string, unknown> } } {
  const data = a.body.startsWith('{') ? a.body : /^data: (.*)$/m.exec(a.body)?.[1];
  if (data === undefined) throw new Error(`not a JSON-RPC answer (${a.status}): ${a.body.slice(0, 200)}`);
  return JSON.parse(data) as ReturnType<typeof messageOf>;
}
