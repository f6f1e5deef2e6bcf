import type { Finding, PathSegment } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { obj, str } from '../config-view.js';

const T = 'telemetry';

/**
 * Keys that act only on OTLP export. ToolHive exports only when `endpoint` is set (toolhive-core
 * telemetry/providers/providers_strategy.go: hasOTLPTracing / hasOTLPMetrics), and vmcp refuses an endpoint,
 * so these never act here: a value that asks for something gets a warning instead of silence. Each entry
 * says what the key's inert value is, the one ToolHive writes by default (pkg/telemetry/config.go).
 */
const OTLP_ONLY: readonly { key: string; inert: (v: unknown) => boolean; what: string }[] = [
  { key: 'tracingEnabled', inert: (v) => v !== true, what: 'turns on trace export' },
  { key: 'metricsEnabled', inert: (v) => v !== true, what: 'turns on OTLP metric export (Prometheus /metrics is enablePrometheusMetricsPath)' },
  { key: 'samplingRate', inert: (v) => v === undefined || v === '', what: 'samples traces for export' },
  { key: 'headers', inert: (v) => Object.keys(obj(v) ?? {}).length === 0, what: 'authenticates to the OTLP collector' },
  { key: 'insecure', inert: (v) => v !== true, what: 'sends OTLP over plain http' },
  { key: 'caCertPath', inert: (v) => v === undefined || v === '', what: 'verifies the OTLP collector' },
  { key: 'customAttributes', inert: (v) => Object.keys(obj(v) ?? {}).length === 0, what: 'adds OpenTelemetry resource attributes' },
  { key: 'environmentVariables', inert: (v) => !Array.isArray(v) || v.length === 0, what: 'copies environment variables into trace spans' },
];

/**
 * V-14: telemetry that asks for what vmcp does not do. vmcp has Prometheus /metrics on the MCP port and no
 * OpenTelemetry yet. Refused (error): an OTLP endpoint, and a separate metrics port. Without effect
 * (warning): keys that only configure OTLP export. `serviceName`, `serviceVersion` and `useLegacyAttributes`
 * only label OTLP signals and ToolHive's operator writes them into every block, so they pass silently
 * (docs/toolhive.md says why for each key).
 */
export const V14: Rule = {
  id: 'V-14',
  check(config) {
    const t = obj(obj(config)?.[T]);
    if (!t) return [];
    const findings: Finding[] = [];
    const emit = (severity: Finding['severity'], key: string, message: string, atKey = false) =>
      findings.push({ severity, rule: 'V-14', path: [T, key] as PathSegment[], message, atKey });
    const endpoint = str(t.endpoint);
    if (endpoint !== undefined && endpoint.trim() !== '') {
      emit('error', 'endpoint', `telemetry.endpoint: exporting traces and metrics to an OTLP collector is not supported yet by vmcp; remove endpoint (vmcp serves Prometheus metrics at /metrics when enablePrometheusMetricsPath is true)`);
    } else {
      for (const { key, inert, what } of OTLP_ONLY) {
        if (t[key] === undefined || inert(t[key])) continue;
        emit('warning', key, `telemetry.${key} ${what}, which needs an OTLP endpoint (not supported yet by vmcp): it has no effect here, as in ToolHive without an endpoint; remove it`, true);
      }
    }
    const prometheus = t.enablePrometheusMetricsPath === true;
    const port = t.prometheusPort;
    if (typeof port === 'number' && port !== 0) {
      if (prometheus) emit('error', 'prometheusPort', `telemetry.prometheusPort: serving /metrics on a port of its own is not supported yet by vmcp; it would be served on the MCP port instead, which this setting is meant to prevent; remove prometheusPort (and restrict /metrics at your proxy) or turn enablePrometheusMetricsPath off`);
      else emit('warning', 'prometheusPort', 'telemetry.prometheusPort has no effect while enablePrometheusMetricsPath is not true; remove it', true);
    }
    if (t.metricsOnTransportPort === false && prometheus) {
      emit('error', 'metricsOnTransportPort', 'telemetry.metricsOnTransportPort: false asks for /metrics only on a separate port, which is not supported yet by vmcp (it serves /metrics on the MCP port); remove the key or turn enablePrometheusMetricsPath off');
    }
    return findings;
  },
};
