/**
 * Reconcile, pure: every VirtualMCPServer in a set of resources -> its status (phase, conditions) and, when
 * valid, its converted vMCP config and plan. The CLI and the operator both run exactly this.
 *
 * Order (the first failing step decides; each message says what to change):
 * 1. authServerConfigRef with an empty name;  2. the server's CRD schema and cross-field rules;
 * 3. resolve the ref (same namespace, type embeddedAuthServer, valid object);  4. incoming auth is OIDC with
 * an audience (V-08, V-07);  5. resolve outgoing refs;  6. convert;  7. every rule V-01..V-12 via compileValue.
 */
import type { VirtualMCPServer } from '../../generated/k8s-virtualmcpserver.js';
import { compileValue } from '../compile.js';
import { AuthServerReason as AS, CONDITION_AUTH_SERVER, CONDITION_CONFIG, ConfigReason as CR, condition, type Condition } from './conditions.js';
import { convert } from './convert.js';
import { checkServerSpec } from './cross-field.js';
import { checkCrdSchema, describeProblems } from './crd-schema-check.js';
import { judge } from './judge.js';
import { diagnosticsLocator } from './locate.js';
import { resolveAuthServer, resolveOutgoing } from './resolve-refs.js';
import { describe, KIND_SERVER, type Resource, type ResourceSet } from './resources.js';
import type { ResolvedAuthConfig, ServerResult } from './result.js';
import { SecretRefConflictError, type SecretUse } from './secret-refs.js';

export type { ServerResult } from './result.js';

export function reconcileAll(set: ResourceSet): ServerResult[] {
  return [...set.servers]
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name))
    .map((s) => reconcileServer(s, set.authConfigs));
}

export function reconcileServer(server: Resource, authConfigs: readonly Resource[]): ServerResult {
  const base = { name: server.name, namespace: server.namespace, secrets: [] as SecretUse[] };
  const raw = server.object as { spec?: { authServerConfigRef?: { name?: unknown; namespace?: unknown } } };
  const rawRef = raw.spec?.authServerConfigRef;
  const hasRef = typeof rawRef === 'object' && rawRef !== null;
  const notChecked = (why: string) => condition(CONDITION_AUTH_SERVER, 'Unknown', AS.NotChecked, `not checked yet: ${why}`);
  const failed = (asCond: Condition | undefined, cfg: Condition): ServerResult => ({
    ...base,
    status: { phase: 'Failed', conditions: [...(asCond && hasRef ? [asCond] : []), cfg] },
    config: null,
  });
  const blockedByAuthServer = (reason: string, message: string) =>
    failed(condition(CONDITION_AUTH_SERVER, 'False', reason, message), condition(CONDITION_CONFIG, 'False', CR.AuthServerConfigInvalid, `not converted until the auth server is fixed: ${message}`));

  // 1. Structural: an empty ref name is refused before anything else (the CRD's minLength says so too).
  if (hasRef && (typeof rawRef.name !== 'string' || rawRef.name === '')) {
    return blockedByAuthServer(AS.RefEmpty, 'spec.authServerConfigRef.name is empty; set it to the name of an MCPExternalAuthConfig of type embeddedAuthServer in this namespace, or remove spec.authServerConfigRef for Mode A');
  }
  // 2. The server's own shape.
  const problems = checkCrdSchema(KIND_SERVER, server.object);
  const typed = server.object as unknown as VirtualMCPServer;
  if (problems.length === 0) problems.push(...checkServerSpec(typed.spec));
  if (problems.length > 0) {
    const message = `${describe(server)}: ${describeProblems(problems)}`;
    return failed(notChecked('fix the VirtualMCPServer first (see ConfigValid)'), condition(CONDITION_CONFIG, 'False', CR.SpecInvalid, message));
  }
  const spec = typed.spec;

  // 3. The auth server ref.
  let authServer: ResolvedAuthConfig | undefined;
  if (spec.authServerConfigRef) {
    const resolved = resolveAuthServer(server, spec.authServerConfigRef, authConfigs);
    if ('reason' in resolved) return blockedByAuthServer(resolved.reason, resolved.message);
    authServer = resolved;
    // 4. What the converter needs from the incoming side to derive allowed_audiences.
    const incoming = spec.incomingAuth;
    if (incoming.type !== 'oidc') {
      return blockedByAuthServer(AS.IncomingNotOidc, `V-08: spec.incomingAuth.type is "${incoming.type}", but an embedded auth server issues the tokens clients present; set spec.incomingAuth.type to oidc with oidcConfig.inline.issuer equal to ${JSON.stringify(resolved.spec.embeddedAuthServer!.issuer)}, or remove spec.authServerConfigRef`);
    }
    if (!incoming.oidcConfig?.inline.audience) {
      return blockedByAuthServer(AS.AudienceMissing, 'V-07: spec.incomingAuth.oidcConfig.inline.audience is empty; the auth server may only issue tokens for this audience, so set it (usually the MCP endpoint URL, e.g. https://vmcp.example.com/mcp)');
    }
  }
  const asCondPending = authServer ? notChecked('the rest of the VirtualMCPServer must be valid first (see ConfigValid)') : undefined;

  // 5. Outgoing refs.
  const outgoing = resolveOutgoing(server, spec, authConfigs);
  if (!(outgoing instanceof Map)) return failed(asCondPending, condition(CONDITION_CONFIG, 'False', outgoing.reason, outgoing.message));
  const specs = new Map([...outgoing].map(([name, r]) => [name, r.spec]));

  // 6. Convert.
  let converted;
  try {
    converted = convert({ server: typed, namespace: server.namespace, ...(authServer ? { authServer: authServer.spec } : {}), outgoing: specs });
  } catch (e) {
    if (!(e instanceof SecretRefConflictError)) throw e;
    return failed(asCondPending, condition(CONDITION_CONFIG, 'False', CR.SecretRefConflict, e.message));
  }

  // 7. Every rule, on exactly what the YAML path would compile.
  const located = diagnosticsLocator(server, authServer?.resource, new Map([...outgoing].map(([name, r]) => [name, r.resource])), spec);
  const compiled = compileValue(converted.config, located.label, located.locate);
  return judge({ ...base, secrets: converted.secrets }, compiled, converted.config, authServer, located.where, server);
}
