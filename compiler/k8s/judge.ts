/**
 * The verdict on a converted config: the compiler's diagnostics, sorted into the two conditions. Errors
 * about the auth server (under authServer, or its rules) make AuthServerConfigValid False; every error
 * makes ConfigValid False. Messages are in the manifests' words.
 */
import type { VirtualMCPServer } from '../../generated/k8s-virtualmcpserver.js';
import type { CompileResult } from '../compile.js';
import type { Diagnostic } from '../diagnostics.js';
import { AuthServerReason as AS, CONDITION_AUTH_SERVER, CONDITION_CONFIG, ConfigReason as CR, condition, type Condition } from './conditions.js';
import { describe, type Resource } from './resources.js';
import type { ResolvedAuthConfig, ServerResult } from './result.js';

const AUTH_SERVER_RULES = new Set(['V-02', 'V-04', 'V-05', 'V-07', 'V-08']);

export function judge(
  base: Pick<ServerResult, 'name' | 'namespace' | 'secrets'>,
  compiled: CompileResult,
  config: Record<string, unknown>,
  authServer: ResolvedAuthConfig | undefined,
  where: (d: Diagnostic) => string,
  server: Resource,
): ServerResult {
  const manifestWords = (d: Diagnostic) => `${where(d)}: ${d.rule === 'V-04' && authServer ? issuerMismatch(authServer, server) : d.message}`;
  const text = (d: Diagnostic) => `${d.rule} at ${manifestWords(d)}`;
  const located: CompileResult = { ...compiled, diagnostics: compiled.diagnostics.map((d) => ({ ...d, message: manifestWords(d) })) };
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  const warnings = compiled.diagnostics.filter((d) => d.severity === 'warning');
  const aboutAs = (d: Diagnostic) => authServer !== undefined && (d.path.startsWith('authServer') || AUTH_SERVER_RULES.has(d.rule));
  const asErrors = errors.filter(aboutAs);
  const withWarnings = (m: string, list: Diagnostic[]) => (list.length === 0 ? m : `${m}; warnings: ${list.map(text).join('; ')}`);

  const conditions: Condition[] = [];
  if (authServer) {
    const issuer = authServer.spec.embeddedAuthServer!.issuer;
    if (asErrors.length > 0) {
      // V-04 gets its own reason even beside other failures: it is the mistake this condition exists for.
      const reason = asErrors.some((d) => d.rule === 'V-04') ? AS.IssuerMismatch : AS.Invalid;
      conditions.push(condition(CONDITION_AUTH_SERVER, 'False', reason, asErrors.map(text).join('; ')));
    } else {
      const m = `${describe(authServer.resource)} is a valid embedded auth server for ${describe(server)} (issuer ${JSON.stringify(issuer)})`;
      conditions.push(condition(CONDITION_AUTH_SERVER, 'True', AS.Valid, withWarnings(m, warnings.filter(aboutAs))));
    }
  }
  if (errors.length > 0) {
    const reason = asErrors.length === errors.length ? CR.AuthServerConfigInvalid : CR.ConfigInvalid;
    conditions.push(condition(CONDITION_CONFIG, 'False', reason, errors.map(text).join('; ')));
    return { ...base, status: { phase: 'Failed', conditions }, config: null, compile: located };
  }
  const backends = compiled.plan!.backends.length;
  const m = `converted and compiled: a Mode ${compiled.plan!.mode} plan with ${backends} backend${backends === 1 ? '' : 's'}`;
  conditions.push(condition(CONDITION_CONFIG, 'True', CR.Valid, withWarnings(m, warnings)));
  return { ...base, status: { phase: 'Ready', conditions }, config, compile: located };
}

/** V-04 in the words of the manifests: which two fields, in which objects, must agree. */
function issuerMismatch(authServer: ResolvedAuthConfig, server: Resource): string {
  const asIssuer = authServer.spec.embeddedAuthServer!.issuer;
  const incoming = (server.object as unknown as VirtualMCPServer).spec.incomingAuth.oidcConfig?.inline.issuer;
  return `spec.embeddedAuthServer.issuer ${JSON.stringify(asIssuer)} of ${describe(authServer.resource)} differs from spec.incomingAuth.oidcConfig.inline.issuer ${JSON.stringify(incoming)} of ${describe(server)}; vmcp validates the tokens its auth server issues, so the two must be the same string (compared exactly, no normalisation): change one to match the other`;
}
