/**
 * Every ref of a (schema-valid) VirtualMCPServer, resolved at once: each ref kind decides its own condition,
 * so one missing object does not hide another. What failed, and what was found, go back to reconcile.
 */
import type { MCPOIDCConfigSpec } from '../../generated/k8s-mcpoidcconfig.js';
import type { MCPTelemetryConfigSpec } from '../../generated/k8s-mcptelemetryconfig.js';
import type { MCPToolConfigSpec } from '../../generated/k8s-mcptoolconfig.js';
import type { VirtualMCPServerSpec } from '../../generated/k8s-virtualmcpserver.js';
import {
  CONDITION_AUTH_SERVER,
  CONDITION_AUTH_SERVER_INLINE,
  CONDITION_OIDC_REF,
  CONDITION_TELEMETRY_REF,
  CONDITION_TOOL_CONFIG,
  ConfigReason as CR,
  condition,
  OidcRefReason,
  TelemetryRefReason,
  ToolConfigReason,
  type Condition,
} from './conditions.js';
import { checkIncomingForAuthServer } from './incoming-checks.js';
import { resolveAuthServer, resolveOutgoing } from './resolve-refs.js';
import { resolveOidcConfig, resolveTelemetryConfig, resolveToolConfigs, type Resolved } from './resolve-shared-refs.js';
import { describe, type Referenced, type Resource } from './resources.js';
import type { AuthServerSource, ResolvedAuthConfig } from './result.js';
import { toolConfigRefs } from './tool-config-refs.js';

export interface ResolvedRefs {
  authServer?: AuthServerSource;
  outgoing: Map<string, ResolvedAuthConfig>;
  oidcConfig?: Resolved<MCPOIDCConfigSpec>;
  telemetryConfig?: Resolved<MCPTelemetryConfigSpec>;
  toolConfigs: Map<string, Resolved<MCPToolConfigSpec>>;
}

export interface RefOutcome {
  /** Conditions decided here, by type (the auth server's only when it failed: True waits for the rules). */
  decided: Map<string, Condition>;
  /** What keeps the server from being converted, for ConfigValid; `authServer` marks the auth server's own failures. */
  failures: { reason: string; message: string; authServer: boolean }[];
  resolved: ResolvedRefs;
}

export function resolveAll(server: Resource, spec: VirtualMCPServerSpec, refs: Referenced): RefOutcome {
  const decided = new Map<string, Condition>();
  const failures: RefOutcome['failures'] = [];
  const resolved: ResolvedRefs = { outgoing: new Map(), toolConfigs: new Map() };
  const shared = <S>(type: string, r: Resolved<S> | { reason: string; message: string }, valid: string): Resolved<S> | undefined => {
    if ('reason' in r) {
      decided.set(type, condition(type, 'False', r.reason, r.message));
      failures.push({ reason: CR.ReferencedConfigInvalid, message: r.message, authServer: false });
      return undefined;
    }
    decided.set(type, condition(type, 'True', valid, `${describe(r.resource)} is valid`));
    return r;
  };

  const oidcRef = spec.incomingAuth.oidcConfigRef;
  if (oidcRef) resolved.oidcConfig = shared(CONDITION_OIDC_REF, resolveOidcConfig(server, oidcRef.name, refs.oidcConfigs), OidcRefReason.Valid);
  if (spec.telemetryConfigRef) {
    resolved.telemetryConfig = shared(CONDITION_TELEMETRY_REF, resolveTelemetryConfig(server, spec.telemetryConfigRef.name, refs.telemetryConfigs), TelemetryRefReason.Valid);
  }
  const toolRefs = toolConfigRefs(spec.config);
  if ('refs' in toolRefs && toolRefs.refs.length > 0) {
    const r = resolveToolConfigs(server, toolRefs.refs, refs.toolConfigs);
    if ('reason' in r) shared(CONDITION_TOOL_CONFIG, r, ToolConfigReason.Valid);
    else {
      resolved.toolConfigs = r;
      decided.set(CONDITION_TOOL_CONFIG, condition(CONDITION_TOOL_CONFIG, 'True', ToolConfigReason.Valid, `${[...r.values()].map((t) => describe(t.resource)).join(', ')} ${r.size === 1 ? 'is' : 'are'} valid`));
    }
  }

  const asFailed = (type: string, reason: string, message: string) => {
    decided.set(type, condition(type, 'False', reason, message));
    failures.push({ reason: CR.AuthServerConfigInvalid, message, authServer: true });
  };
  if (spec.authServerConfigRef) {
    const r = resolveAuthServer(server, spec.authServerConfigRef, refs.authConfigs);
    if ('reason' in r) asFailed(CONDITION_AUTH_SERVER, r.reason, r.message);
    else resolved.authServer = { form: 'ref', resource: r.resource, config: r.spec.embeddedAuthServer!, conditionType: CONDITION_AUTH_SERVER, field: 'spec.embeddedAuthServer' };
  } else if (spec.authServerConfig) {
    resolved.authServer = { form: 'inline', resource: server, config: spec.authServerConfig, conditionType: CONDITION_AUTH_SERVER_INLINE, field: 'spec.authServerConfig' };
  }
  // The incoming side is checked only once it is known (a broken oidcConfigRef leaves the auth server unchecked).
  if (resolved.authServer && !(oidcRef && !resolved.oidcConfig)) {
    const f = checkIncomingForAuthServer(spec, resolved.authServer, server);
    if (f) {
      asFailed(resolved.authServer.conditionType, f.reason, f.message);
      delete resolved.authServer;
    }
  }

  const outgoing = resolveOutgoing(server, spec, refs.authConfigs);
  if (outgoing instanceof Map) resolved.outgoing = outgoing;
  else failures.push({ ...outgoing, authServer: false });
  return { decided, failures, resolved };
}
