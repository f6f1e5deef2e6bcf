/**
 * Prometheus metrics, in a registry of this server's own (not prom-client's global one), so several
 * servers in one process (tests, embedders) do not mix their counts. Labels are the plan's handler names,
 * never raw paths, to keep cardinality bounded.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface ServerMetrics {
  registry: Registry;
  observe(handler: string, method: string, status: number, seconds: number): void;
}

export function createMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vmcp_' });
  const requests = new Counter({
    name: 'vmcp_http_requests_total',
    help: 'HTTP requests answered, by route handler, method and status',
    labelNames: ['handler', 'method', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'vmcp_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by route handler',
    labelNames: ['handler'],
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
    registers: [registry],
  });
  return {
    registry,
    observe(handler, method, status, seconds) {
      requests.inc({ handler, method, status: String(status) });
      duration.observe({ handler }, seconds);
    },
  };
}
