/** /metrics: the Prometheus text exposition of this server's registry. */
import type { RouteHandler } from '../contract.js';
import { allowRead } from '../http/respond.js';
import type { ServerMetrics } from '../metrics.js';

export function metricsHandler(metrics: ServerMetrics): RouteHandler {
  return async (req, res) => {
    if (!allowRead(req.method, res)) return;
    const text = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
}
