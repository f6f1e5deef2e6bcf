/* Generated from schema/ by scripts/generate.mjs: do not edit. */

/**
 * Telemetry settings shared by the servers that name it in spec.telemetryConfigRef; they become config.telemetry. ToolHive's kind.
 */
export interface MCPTelemetryConfig {
  apiVersion: 'toolhive.stacklok.dev/v1beta1' | 'toolhive.stacklok.dev/v1alpha1';
  kind: 'MCPTelemetryConfig';
  metadata: ObjectMeta;
  spec?: MCPTelemetryConfigSpec;
  /**
   * Written by controllers; vmcp reads nothing from it.
   */
  status?: {};
}
/**
 * The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.
 *
 * This interface was referenced by `MCPTelemetryConfig`'s JSON-Schema
 * via the `definition` "ObjectMeta".
 */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  generation?: number;
  resourceVersion?: string;
  uid?: string;
}
/**
 * This interface was referenced by `MCPTelemetryConfig`'s JSON-Schema
 * via the `definition` "MCPTelemetryConfigSpec".
 */
export interface MCPTelemetryConfigSpec {
  openTelemetry?: MCPTelemetryOTelConfig;
  prometheus?: PrometheusConfig;
}
/**
 * Read only when enabled is true, as in ToolHive; otherwise its other fields are reported as having no effect.
 *
 * This interface was referenced by `MCPTelemetryConfig`'s JSON-Schema
 * via the `definition` "MCPTelemetryOTelConfig".
 */
export interface MCPTelemetryOTelConfig {
  enabled?: boolean;
  /**
   * http:// or https:// is stripped (OTLP wants host:port), as in ToolHive.
   */
  endpoint?: string;
  insecure?: boolean;
  headers?: {
    [k: string]: string | undefined;
  };
  sensitiveHeaders?: unknown;
  /**
   * Becomes telemetry.customAttributes.
   */
  resourceAttributes?: {
    [k: string]: string | undefined;
  };
  metrics?: OpenTelemetryMetricsConfig;
  tracing?: OpenTelemetryTracingConfig;
  useLegacyAttributes?: boolean;
  caBundleRef?: unknown;
}
export interface OpenTelemetryMetricsConfig {
  enabled?: boolean;
}
export interface OpenTelemetryTracingConfig {
  enabled?: boolean;
  samplingRate?: string;
}
/**
 * This interface was referenced by `MCPTelemetryConfig`'s JSON-Schema
 * via the `definition` "PrometheusConfig".
 */
export interface PrometheusConfig {
  enabled?: boolean;
}
