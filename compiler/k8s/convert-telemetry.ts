/**
 * An MCPTelemetryConfig (named by spec.telemetryConfigRef) -> the config's telemetry block, as ToolHive's
 * operator maps it (cmd/thv-operator/pkg/spectoconfig/telemetry.go): the OpenTelemetry fields only when
 * openTelemetry.enabled is true, the endpoint without its scheme (OTLP wants host:port), resourceAttributes as
 * customAttributes, and the service name from the ref, else the server's name.
 */
import type { MCPTelemetryConfigSpec } from '../../generated/k8s-mcptelemetryconfig.js';
import type { Telemetry } from '../../generated/vmcp-config.js';
import { defined } from './convert-auth-server.js';

export function convertTelemetry(spec: MCPTelemetryConfigSpec, serviceName: string): Telemetry {
  const otel = spec.openTelemetry?.enabled === true ? spec.openTelemetry : undefined;
  // Keys the YAML path may not know yet are still passed on: its schema then refuses them by name.
  const t: Record<string, unknown> = defined({
    endpoint: otel?.endpoint?.replace(/^https?:\/\//, ''),
    insecure: otel?.insecure,
    headers: otel?.headers,
    customAttributes: otel?.resourceAttributes,
    useLegacyAttributes: otel?.useLegacyAttributes,
    tracingEnabled: otel?.tracing?.enabled,
    samplingRate: otel?.tracing?.samplingRate,
    metricsEnabled: otel?.metrics?.enabled,
    enablePrometheusMetricsPath: spec.prometheus?.enabled,
    serviceName,
  });
  return t as Telemetry;
}

/** ToolHive's CRD defaults: an API server adds them to every openTelemetry block, so they say nothing. */
const DEFAULTS: Record<string, unknown> = { enabled: false, insecure: false, useLegacyAttributes: true };

/** Fields set under openTelemetry while it is not enabled: ToolHive drops them in silence; vmcp warns. */
export function inertTelemetryFields(spec: MCPTelemetryConfigSpec): string[] {
  const otel = spec.openTelemetry;
  if (!otel || otel.enabled === true) return [];
  return Object.entries(otel).filter(([k, v]) => k !== 'enabled' && DEFAULTS[k] !== v).map(([k]) => `spec.openTelemetry.${k}`);
}
