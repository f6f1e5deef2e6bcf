/**
 * The CRDs' CEL rules (x-kubernetes-validations), checked again here: manifests read from files never met an
 * API server, and an API server without them (an older CRD) would let such objects through. Plus the few
 * checks ToolHive's controllers make on these objects (Validate()).
 */
import type { EmbeddedAuthServerConfig, MCPExternalAuthConfigSpec } from '../../generated/k8s-mcpexternalauthconfig.js';
import type { MCPOIDCConfigSpec } from '../../generated/k8s-mcpoidcconfig.js';
import type { MCPTelemetryConfigSpec } from '../../generated/k8s-mcptelemetryconfig.js';
import type { BackendAuthConfig, VirtualMCPServerSpec } from '../../generated/k8s-virtualmcpserver.js';
import { formatPath } from '../diagnostics.js';
import { invalid, type FieldProblem } from './crd-schema-check.js';
import { RESERVED_CONFIG_KEYS } from './convert.js';
import { toolConfigRefs } from './tool-config-refs.js';

const BLOCKS = ['embeddedAuthServer', 'tokenExchange', 'headerInjection', 'upstreamInject', 'bearerToken', 'awsSts', 'obo', 'xaa'] as const;
/** upstreamInject may be left out: the rules then report the missing providerName (V-06). The types vmcp does not support are refused by the schema already. */
const REQUIRED_BLOCKS = new Set<string>(['embeddedAuthServer', 'tokenExchange', 'headerInjection']);

export function checkAuthConfigSpec(spec: MCPExternalAuthConfigSpec): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const block of BLOCKS) {
    if (spec.type === block && REQUIRED_BLOCKS.has(block) && spec[block] === undefined) {
      problems.push(invalid(`spec.${block} is required when spec.type is ${block}`));
    }
    if (spec.type !== block && spec[block] !== undefined) {
      problems.push(invalid(`spec.${block} is only used when spec.type is ${block}, but spec.type is ${spec.type}; remove it`));
    }
  }
  if (spec.embeddedAuthServer) problems.push(...checkEmbeddedAuthServer(spec.embeddedAuthServer, 'spec.embeddedAuthServer'));
  return problems;
}

/** Shared by MCPExternalAuthConfig.spec.embeddedAuthServer and VirtualMCPServer.spec.authServerConfig. */
function checkEmbeddedAuthServer(as: EmbeddedAuthServerConfig, at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  as.upstreamProviders.forEach((u, i) => {
    const want = u.type === 'oidc' ? 'oidcConfig' : 'oauth2Config';
    const other = u.type === 'oidc' ? 'oauth2Config' : 'oidcConfig';
    const up = `${at}.upstreamProviders[${i}]`;
    if (u[want] === undefined) problems.push(invalid(`${up}.${want} is required when type is ${u.type}`));
    if (u[other] !== undefined) problems.push(invalid(`${up}.${other} must not be set when type is ${u.type}; remove it`));
  });
  const sentinel = as.storage?.redis?.sentinelConfig;
  // ToolHive uses sentinelAddrs when both are set; vmcp refuses rather than drop one without a word.
  if (sentinel && (sentinel.sentinelAddrs === undefined) === (sentinel.sentinelService === undefined)) {
    problems.push(invalid(`${at}.storage.redis.sentinelConfig: set exactly one of sentinelAddrs or sentinelService`));
  }
  return problems;
}

export function checkServerSpec(spec: VirtualMCPServerSpec): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const incoming = spec.incomingAuth;
  if (incoming.type === 'oidc' && !incoming.oidcConfig && !incoming.oidcConfigRef) {
    problems.push(invalid('spec.incomingAuth.oidcConfigRef (or oidcConfig) is required when type is oidc'));
  }
  if (incoming.oidcConfig && incoming.oidcConfigRef) problems.push(invalid('spec.incomingAuth: set one of oidcConfigRef or oidcConfig, not both'));
  for (const key of ['oidcConfig', 'oidcConfigRef'] as const) {
    if (incoming.type !== 'oidc' && incoming[key] !== undefined) problems.push(invalid(`spec.incomingAuth.${key} is only used when type is oidc, but type is ${incoming.type}; remove it`));
  }
  if (spec.authServerConfig && spec.authServerConfigRef) {
    problems.push(invalid('spec.authServerConfig and spec.authServerConfigRef both set the embedded auth server; keep one'));
  }
  if (spec.authServerConfig) problems.push(...checkEmbeddedAuthServer(spec.authServerConfig, 'spec.authServerConfig'));
  const out = spec.outgoingAuth;
  const entries: [string, BackendAuthConfig][] = [
    ...(out?.default ? [['default', out.default] as [string, BackendAuthConfig]] : []),
    ...Object.entries(out?.backends ?? {}).map(([k, v]) => [formatPath(['backends', k]), v!] as [string, BackendAuthConfig]),
  ];
  for (const [where, b] of entries) {
    const has = b.externalAuthConfigRef !== undefined;
    if (b.type === 'externalAuthConfigRef' && !has) problems.push(invalid(`spec.outgoingAuth.${where}.externalAuthConfigRef is required when type is externalAuthConfigRef`));
    if (b.type !== 'externalAuthConfigRef' && has) problems.push(invalid(`spec.outgoingAuth.${where}.externalAuthConfigRef is only used when type is externalAuthConfigRef; remove it`));
  }
  for (const key of RESERVED_CONFIG_KEYS) {
    if (spec.config?.[key] !== undefined) {
      problems.push(invalid(`spec.config.${key} is set by the VirtualMCPServer itself (metadata.name, spec.groupRef, spec.incomingAuth, spec.outgoingAuth, spec.authServerConfig or spec.authServerConfigRef); remove it from spec.config`));
    }
  }
  // A stdio backend runs a program in vmcp's pod: a VirtualMCPServer's author must not get that (and
  // ToolHive's CRD allows only the network transports).
  const backends: unknown[] = Array.isArray(spec.config?.backends) ? (spec.config.backends as unknown[]) : [];
  backends.forEach((b, i) => {
    if ((b as { transport?: unknown } | null)?.transport === 'stdio') {
      problems.push(invalid(`spec.config.backends[${i}].transport stdio is for vmcp run from a config file: in Kubernetes a backend is a network server (sse or streamable-http, as ToolHive's CRD allows)`));
    }
  });
  // Without backends the group's workloads are discovered in the cluster (discover-group.ts); `discovery` would
  // point a pod at ToolHive's workstation API instead.
  if (spec.config?.discovery !== undefined) {
    problems.push(invalid('spec.config.discovery reads ToolHive\'s local API (thv serve) on a workstation; in Kubernetes remove it'));
  }
  // ToolHive reads only one of each pair and drops the other without a word; vmcp asks for one place.
  if (spec.telemetryConfigRef && spec.config?.telemetry !== undefined) {
    problems.push(invalid('spec.config.telemetry and spec.telemetryConfigRef both set telemetry; keep one (ToolHive reads only spec.telemetryConfigRef)'));
  }
  if ((spec.passthroughHeaders?.length ?? 0) > 0 && spec.config?.passthroughHeaders !== undefined) {
    problems.push(invalid('spec.passthroughHeaders and spec.config.passthroughHeaders both set the forwarded headers; keep one (ToolHive reads only spec.passthroughHeaders)'));
  }
  const refs = toolConfigRefs(spec.config);
  if ('problem' in refs) problems.push(invalid(refs.problem));
  return problems;
}

export function checkOidcConfigSpec(spec: MCPOIDCConfigSpec): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const block of ['kubernetesServiceAccount', 'inline'] as const) {
    if (spec.type === block && spec[block] === undefined) problems.push(invalid(`spec.${block} is required when spec.type is ${block}`));
    if (spec.type !== block && spec[block] !== undefined) problems.push(invalid(`spec.${block} is only used when spec.type is ${block}, but spec.type is ${spec.type}; remove it`));
  }
  return problems;
}

/** ToolHive's MCPTelemetryConfig.Validate(): an endpoint with no signal to send would fail only at run time. */
export function checkTelemetryConfigSpec(spec: MCPTelemetryConfigSpec): FieldProblem[] {
  const otel = spec.openTelemetry;
  if (!otel?.endpoint || otel.tracing?.enabled === true || otel.metrics?.enabled === true) return [];
  return [invalid('spec.openTelemetry.endpoint is set but neither spec.openTelemetry.tracing.enabled nor spec.openTelemetry.metrics.enabled is true; enable one, or remove the endpoint')];
}
