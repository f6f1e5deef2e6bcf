import type { OperationalPlan, TelemetryPlan } from '../../generated/plan.js';
import type { VmcpConfig } from '../../generated/vmcp-config.js';
import { durationMs } from '../urls.js';

/** ToolHive's loader defaults (EnsureOperationalDefaults), so a ToolHive file behaves the same here. */
export const DEFAULT_TIMEOUT = '30s';
const DEFAULTS = {
  healthCheckInterval: '30s',
  unhealthyThreshold: 3,
  healthCheckTimeout: '0',
  statusReportingInterval: '30s',
  partialFailureMode: 'fail',
  circuitBreaker: { enabled: false, failureThreshold: 5, timeout: '60s' },
} as const;

export function buildOperational(config: VmcpConfig): OperationalPlan {
  const op = config.operational;
  const fh = op?.failureHandling;
  const cb = fh?.circuitBreaker;
  return {
    logLevel: op?.logLevel ?? 'info',
    defaultTimeoutMs: durationMs(op?.timeouts?.default ?? DEFAULT_TIMEOUT),
    failureHandling: {
      healthCheckIntervalMs: durationMs(fh?.healthCheckInterval ?? DEFAULTS.healthCheckInterval),
      unhealthyThreshold: fh?.unhealthyThreshold ?? DEFAULTS.unhealthyThreshold,
      healthCheckTimeoutMs: durationMs(fh?.healthCheckTimeout ?? DEFAULTS.healthCheckTimeout),
      statusReportingIntervalMs: durationMs(fh?.statusReportingInterval ?? DEFAULTS.statusReportingInterval),
      partialFailureMode: fh?.partialFailureMode ?? DEFAULTS.partialFailureMode,
      circuitBreaker: {
        enabled: cb?.enabled ?? DEFAULTS.circuitBreaker.enabled,
        failureThreshold: cb?.failureThreshold ?? DEFAULTS.circuitBreaker.failureThreshold,
        timeoutMs: durationMs(cb?.timeout ?? DEFAULTS.circuitBreaker.timeout),
      },
    },
  };
}

export function buildTelemetry(config: VmcpConfig): TelemetryPlan {
  return {
    prometheusMetricsPath: config.telemetry?.enablePrometheusMetricsPath === true,
    serviceName: config.telemetry?.serviceName ?? config.name,
  };
}
