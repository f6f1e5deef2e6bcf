/**
 * 2026-07-28 requests (stateless, a `_meta` envelope on each): the SDK's per-request handler, one
 * aggregated server per request. The caller's identity reaches that server through the SDK's pass-through
 * `authInfo`; the body comes read and parsed (read-json-body.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createMcpHandler, DEFAULT_MAX_REQUEST_BODY_SIZE, type AuthInfo, type McpHttpHandler } from '@modelcontextprotocol/server';
import type { Identity } from '../contract.js';
import { createAggregatedServer, type AggregatedServerOptions } from './aggregated-server.js';
import type { JsonBody } from './read-json-body.js';
import { writeResponse } from './write-response.js';

export interface ModernRequests {
  serve(req: IncomingMessage, res: ServerResponse, body: JsonBody, identity: Identity | null): Promise<void>;
  notifyListsChanged(): void;
  drain(): void;
  close(): Promise<void>;
}

export function modernRequests(server: Omit<AggregatedServerOptions, 'identity'>): ModernRequests {
  const identities = new WeakMap<AuthInfo, Identity | null>();
  const handler: McpHttpHandler = createMcpHandler(
    (ctx) => {
      const identity = ctx.authInfo ? (identities.get(ctx.authInfo) ?? null) : null;
      return createAggregatedServer({ ...server, identity: () => identity });
    },
    { legacy: 'reject', maxRequestBodySize: DEFAULT_MAX_REQUEST_BODY_SIZE },
  );
  // A subscriptions/listen stream ends when its request's signal aborts; drain() aborts them all.
  const draining = new AbortController();
  return {
    async serve(req, res, body, identity) {
      // Only listen streams get the drain signal: aborting any other request would cancel work in flight.
      // The SDK checks that the Mcp-Method header matches the body.
      const listen = req.headers['mcp-method'] === 'subscriptions/listen';
      const request = webRequest(req, body.text, listen ? draining.signal : undefined);
      const authInfo: AuthInfo = { token: identity?.token ?? '', clientId: identity?.subject ?? '', scopes: [] };
      identities.set(authInfo, identity);
      await writeResponse(res, await handler.fetch(request, { authInfo, parsedBody: body.value }));
    },
    notifyListsChanged() {
      handler.notify.toolsChanged();
      handler.notify.promptsChanged();
      handler.notify.resourcesChanged();
    },
    drain: () => draining.abort(),
    close: () => handler.close(),
  };
}

/**
 * The request as the SDK's handler takes it, with the body as received. Made here rather than with the
 * SDK's toWebRequest, which would serialise the parsed body again: a value nested beyond the stack (when
 * the depth limit is raised) does not survive that, and the text is at hand.
 */
function webRequest(req: IncomingMessage, text: string, signal: AbortSignal | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method: 'POST', headers, body: text, ...(signal ? { signal } : {}) });
}
