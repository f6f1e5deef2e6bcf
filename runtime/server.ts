/**
 * Serves a plan over node:http: exactly the plan's routes (router.ts), incoming auth on routes that
 * require it, the built-in handlers, and the handlers the caller injects (the MCP endpoint, Mode B's
 * auth server). A route whose handler nobody provided answers 501, so a missing piece is visible.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import type { BackendHealthSource, HandlerTable, RequestContext, RouteHandler, RuntimePlan, SecretValues } from './contract.js';
import type { IncomingAuth, IncomingAuthOptions } from './auth/incoming.js';
import { fixedIncomingAuth } from './auth/fixed-identity.js';
import { RuntimeError } from './errors.js';
import type { DiscoveryStatusSource } from './discovery/group-discovery.js';
import { backendsHealthHandler, statusHandler } from './handlers/status.js';
import { health, readyz } from './handlers/health.js';
import { metricsHandler } from './handlers/metrics.js';
import { protectedResourceMetadata } from './handlers/protected-resource.js';
import { countBody, declaredTooLarge } from './http/body-limit.js';
import { trackConnections } from './http/connections.js';
import { requestOrigin } from './http/origin.js';
import { notFound, sendJson } from './http/respond.js';
import { silentLogger, type Logger } from './log.js';
import type { ServerMetrics } from './metrics.js';
import { buildRouter, requestPath } from './router.js';
import { resolveSecrets } from './secrets.js';

export interface Limits {
  /**
   * Largest request body accepted on any route; larger gets 413. ToolHive's 8 MiB. The MCP endpoint holds
   * its bodies to the SDK's 4 MiB on top (runtime/mcp/read-json-body.ts).
   */
  maxBodyBytes: number;
  /** Time allowed to receive the request headers (node answers 408). */
  headersTimeoutMs: number;
  /** Time allowed to receive the whole request (node answers 408); responses such as SSE may last longer. */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = { maxBodyBytes: 8 * 1024 * 1024, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 };

export interface ServerOptions {
  host?: string;
  port?: number;
  /**
   * A socket already listening (host and port are then its own): for callers that must know the port
   * before the plan exists, because the plan names it (a Mode B issuer on an ephemeral port).
   */
  listener?: NetServer;
  /** Handlers the runtime core does not own (mcp, as_*); they may also replace built-in ones. */
  handlers?: HandlerTable;
  health?: BackendHealthSource;
  /** Where discovered backends come from, and how that goes (/status); only when the plan discovers. */
  discovery?: DiscoveryStatusSource;
  auth?: IncomingAuthOptions;
  /** Resolved secrets; without them the plan's references are resolved from the environment here. */
  secrets?: SecretValues;
  logger?: Logger;
  limits?: Partial<Limits>;
  /** After close(), in-flight requests get this long before their connections are cut (default 10s). */
  drainTimeoutMs?: number;
  /**
   * Called as close() begins: handlers end their long-lived responses (an MCP session's GET stream),
   * which wait for events rather than work and would otherwise hold the drain until its limit.
   */
  onDrain?: () => void;
}

export interface RunningServer {
  url: string;
  port: number;
  secrets: SecretValues;
  /**
   * Stops accepting, ends idle connections and long-lived streams at once, lets in-flight requests
   * finish (up to the drain timeout, then cuts them), then resolves.
   */
  close(): Promise<void>;
}

export interface StartedServer extends RunningServer {
  /** The plan handlers see from the next request on (a reload that left routes and incoming auth alone). */
  usePlan(next: RuntimePlan): void;
}

const notImplemented: RouteHandler = (_req, res) => sendJson(res, 501, { error: 'not_implemented' });

export async function startServer(plan: RuntimePlan, opts: ServerOptions = {}): Promise<StartedServer> {
  const bound = opts.listener?.address() as AddressInfo | undefined;
  const host = bound?.address ?? opts.host ?? '127.0.0.1';
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const log = opts.logger ?? silentLogger;
  const secrets = opts.secrets ?? resolveSecrets(plan);
  // The token verifier (jose, the key fetch) is loaded only by a plan that verifies tokens.
  const auth = plan.incomingAuth.type === 'oidc' ? (await import('./auth/incoming.js')).createIncomingAuth(plan, opts.auth, log) : fixedIncomingAuth(plan);
  // prom-client is loaded only by a plan that serves /metrics.
  const metrics = plan.telemetry.prometheusMetricsPath ? (await import('./metrics.js')).createMetrics() : undefined;
  const state = { fallbackHost: host, closing: false, plan };
  const serve = requestHandler(plan, { handlers: handlerTable(plan, opts, metrics), auth, limits, log, metrics, state });

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // node enforces the two timeouts on this tick (30s by default), which would stretch short limits.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, limits.headersTimeoutMs / 4)),
    },
    (req, res) => {
      serve(req, res).catch((e: unknown) => {
        log.error('request failed', { path: requestPath(req.url), error: (e as Error).message, code: (e as { code?: string }).code });
        if (!res.headersSent) sendJson(res, 500, { error: 'internal_error' });
        else res.destroy();
      });
    },
  );
  const connections = trackConnections(server);
  await listen(server, opts, host, auth);
  const port = (server.address() as AddressInfo).port;
  state.fallbackHost = `${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      state.closing = true;
      const timer = setTimeout(() => connections.cutAll(), opts.drainTimeoutMs ?? 10_000);
      timer.unref();
      server.close(() => {
        clearTimeout(timer);
        resolve();
      });
      opts.onDrain?.();
      connections.drain();
    }).then(() => auth.close());
    return closed;
  };
  return { url: `http://${state.fallbackHost}`, port, secrets, close, usePlan: (next) => void (state.plan = next) };
}

/** The built-in handlers, then the caller's, which may replace them. */
function handlerTable(plan: RuntimePlan, opts: ServerOptions, metrics: ServerMetrics | undefined): HandlerTable {
  return {
    health,
    readyz,
    status: statusHandler(opts.health, opts.discovery),
    backends_health: backendsHealthHandler(opts.health),
    ...(plan.incomingAuth.type === 'oidc' ? { protected_resource_metadata: protectedResourceMetadata } : {}),
    ...(metrics ? { metrics: metricsHandler(metrics) } : {}),
    ...opts.handlers,
  };
}

interface ServeParts {
  handlers: HandlerTable;
  auth: IncomingAuth;
  limits: Limits;
  log: Logger;
  metrics: ServerMetrics | undefined;
  /** The Host an origin falls back to (known once listening), whether close() has begun, the plan handlers see. */
  state: { fallbackHost: string; closing: boolean; plan: RuntimePlan };
}

/** One request: route, body limit, incoming auth where the route requires it, then the route's handler. */
function requestHandler(plan: RuntimePlan, p: ServeParts): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const router = buildRouter(plan.routes);
  // An access line per request at debug level: method, path without the query, handler, status, time.
  const accessLog = p.log.enabled('debug');
  return async (req, res) => {
    const path = requestPath(req.url);
    const route = router.match(path);
    if (p.state.closing) res.setHeader('connection', 'close');
    if (p.metrics || accessLog) observe(req, res, path, route?.handler ?? null, p.metrics, accessLog ? p.log : undefined);
    if (!route) return notFound(res);
    if (declaredTooLarge(req, p.limits.maxBodyBytes)) return tooLarge(res);
    countBody(req, p.limits.maxBodyBytes, () => (res.headersSent ? res.destroy() : tooLarge(res)));
    const ctx: RequestContext = { plan: p.state.plan, identity: null, origin: requestOrigin(req, p.state.fallbackHost), path };
    if (route.auth === 'required') {
      const outcome = await p.auth.authenticate(req, ctx.origin);
      if (!outcome.ok) return sendJson(res, outcome.status, outcome.body, outcome.headers);
      ctx.identity = outcome.identity;
    }
    await (p.handlers[route.handler] ?? notImplemented)(req, res, ctx);
  };
}

/** When the answer is finished: the request's metric, and its access line when `accessLog` is given. */
function observe(req: IncomingMessage, res: ServerResponse, path: string, handler: string | null, metrics: ServerMetrics | undefined, accessLog: Logger | undefined): void {
  const started = performance.now();
  res.once('finish', () => {
    const elapsed = performance.now() - started;
    metrics?.observe(handler ?? 'none', req.method ?? '', res.statusCode, elapsed / 1000);
    accessLog?.debug('request', { method: req.method, path, handler, status: res.statusCode, ms: Math.round(elapsed) });
  });
}

/** Listens on the given socket, or on host and port; a failure closes what incoming auth opened. */
function listen(server: Server, opts: ServerOptions, host: string, auth: IncomingAuth): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      void auth.close();
      reject(new RuntimeError('VMCP_LISTEN_FAILED', `cannot listen on ${host}:${opts.port ?? 4483}: ${e.code ?? e.message}`));
    });
    if (opts.listener) server.listen(opts.listener, resolve);
    else server.listen(opts.port ?? 4483, host, resolve);
  });
}

function tooLarge(res: ServerResponse): void {
  // The rest of the body is not read, so the connection cannot carry another request.
  res.setHeader('connection', 'close');
  sendJson(res, 413, { error: 'payload_too_large' });
}
