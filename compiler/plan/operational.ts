import type { OperationalPlan, TelemetryPlan } from '../../generated/plan.js';
import type { VmcpConfig } from '../../generated/vmcp-config.js';
import { durationMs } from '../urls.js';

/** ToolHive's loader defaults (EnsureOperationalDefaults), so a ToolHive file behaves the same here. */
export const DEFAULT_TIMEOUT = '30s';
const DEFAULTS = {
  healthCheckInterval: '30s',
  unhealthyThreshold: 3,
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
      healthCheckTimeoutMs: healthCheckTimeoutMs(fh?.healthCheckTimeout),
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

/**
 * ToolHive's loader leaves healthCheckTimeout at 0, but its serve uses the health monitor's 10 s default for
 * any value that is not positive (pkg/vmcp/cli/serve.go: `if HealthCheckTimeout > 0`, else
 * health.DefaultConfig().Timeout, pkg/vmcp/health/monitor.go), so unset and "0" both mean 10 s there.
 */
const DEFAULT_HEALTH_CHECK_TIMEOUT_MS = 10_000;

function healthCheckTimeoutMs(value: string | undefined): number {
  const ms = value === undefined ? 0 : durationMs(value);
  return ms > 0 ? ms : DEFAULT_HEALTH_CHECK_TIMEOUT_MS;
}

export function buildTelemetry(config: VmcpConfig): TelemetryPlan {
  return {
    prometheusMetricsPath: config.telemetry?.enablePrometheusMetricsPath === true,
    serviceName: config.telemetry?.serviceName ?? config.name,
  };
}
