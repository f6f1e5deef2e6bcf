/**
 * Serves a plan over node:http: exactly the plan's routes (router.ts), incoming auth on routes that
 * require it, the built-in handlers, and the handlers the caller injects (the MCP endpoint, Mode B's
 * auth server). A route whose handler nobody provided answers 501, so a missing piece is visible.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import type { BackendHealthSource, HandlerTable, RequestContext, RouteHandler, RuntimePlan, SecretValues } from './contract.js';
import { createIncomingAuth, type IncomingAuthOptions } from './auth/incoming.js';
import { RuntimeError } from './errors.js';
import { backendsHealthHandler, statusHandler } from './handlers/status.js';
import { health, readyz } from './handlers/health.js';
import { metricsHandler } from './handlers/metrics.js';
import { protectedResourceMetadata } from './handlers/protected-resource.js';
import { countBody, declaredTooLarge } from './http/body-limit.js';
import { trackConnections } from './http/connections.js';
import { requestOrigin } from './http/origin.js';
import { notFound, sendJson } from './http/respond.js';
import { silentLogger, type Logger } from './log.js';
import { createMetrics } from './metrics.js';
import { buildRouter, requestPath } from './router.js';
import { resolveSecrets } from './secrets.js';

export interface Limits {
  /** Largest request body accepted; larger gets 413. ToolHive's 8 MiB. */
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

const notImplemented: RouteHandler = (_req, res) => sendJson(res, 501, { error: 'not_implemented' });

export async function startServer(plan: RuntimePlan, opts: ServerOptions = {}): Promise<RunningServer> {
  const bound = opts.listener?.address() as AddressInfo | undefined;
  const host = bound?.address ?? opts.host ?? '127.0.0.1';
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const log = opts.logger ?? silentLogger;
  const secrets = opts.secrets ?? resolveSecrets(plan);
  const router = buildRouter(plan.routes);
  const auth = createIncomingAuth(plan, opts.auth, log);
  const metrics = plan.telemetry.prometheusMetricsPath ? createMetrics() : undefined;
  const handlers: HandlerTable = {
    health,
    readyz,
    status: statusHandler(opts.health),
    backends_health: backendsHealthHandler(opts.health),
    ...(plan.incomingAuth.type === 'oidc' ? { protected_resource_metadata: protectedResourceMetadata } : {}),
    ...(metrics ? { metrics: metricsHandler(metrics) } : {}),
    ...opts.handlers,
  };
  let fallbackHost = host;
  let closing = false;

  // An access line per request at debug level: method, path without the query, handler, status, time.
  const accessLog = log.enabled('debug');

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = metrics || accessLog ? performance.now() : 0;
    const path = requestPath(req.url);
    const route = router.match(path);
    if (closing) res.setHeader('connection', 'close');
    if (metrics) res.once('finish', () => metrics.observe(route?.handler ?? 'none', req.method ?? '', res.statusCode, (performance.now() - started) / 1000));
    if (accessLog) {
      res.once('finish', () =>
        log.debug('request', {
          method: req.method,
          path,
          handler: route?.handler ?? null,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        }),
      );
    }
    if (!route) return notFound(res);
    if (declaredTooLarge(req, limits.maxBodyBytes)) return tooLarge(res);
    countBody(req, limits.maxBodyBytes, () => (res.headersSent ? res.destroy() : tooLarge(res)));
    const ctx: RequestContext = { plan, identity: null, origin: requestOrigin(req, fallbackHost), path };
    if (route.auth === 'required') {
      const outcome = await auth.authenticate(req, ctx.origin);
      if (!outcome.ok) return sendJson(res, outcome.status, outcome.body, outcome.headers);
      ctx.identity = outcome.identity;
    }
    await (handlers[route.handler] ?? notImplemented)(req, res, ctx);
  }

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

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      void auth.close();
      reject(new RuntimeError('VMCP_LISTEN_FAILED', `cannot listen on ${host}:${opts.port ?? 4483}: ${e.code ?? e.message}`));
    });
    if (opts.listener) server.listen(opts.listener, resolve);
    else server.listen(opts.port ?? 4483, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  fallbackHost = `${hostPart}:${port}`;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      closing = true;
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
  return { url: `http://${fallbackHost}`, port, secrets, close };
}

function tooLarge(res: ServerResponse): void {
  // The rest of the body is not read, so the connection cannot carry another request.
  res.setHeader('connection', 'close');
  sendJson(res, 413, { error: 'payload_too_large' });
}
