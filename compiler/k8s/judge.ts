/**
 * The verdict on a converted config: the compiler's diagnostics, sorted into the conditions. Errors about the
 * auth server (under authServer, or its rules) make its condition False; every error makes ConfigValid False.
 * Messages are in the manifests' words.
 */
import type { CompileResult } from '../compile.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { AuthServerReason as AS, CONDITION_CONFIG, ConfigReason as CR, condition, InlineAuthServerReason, type Condition } from './conditions.js';
import { describe, type Resource } from './resources.js';
import type { AuthServerSource, ServerResult } from './result.js';

const AUTH_SERVER_RULES = new Set(['V-02', 'V-04', 'V-05', 'V-07', 'V-08']);

export interface Verdict {
  base: Pick<ServerResult, 'name' | 'namespace' | 'secrets'>;
  compiled: CompileResult;
  config: Record<string, unknown>;
  server: Resource;
  authServer?: AuthServerSource;
  /** Where the incoming issuer was written: a field of the server or of its MCPOIDCConfig. */
  incomingIssuer: { field: string; resource: Resource };
  where: (d: Diagnostic) => string;
  /** Conditions already decided (the shared-config refs), in the order they are reported. */
  decided: Condition[];
  /** Warnings found before compiling (fields with no effect yet), already in the manifests' words and located. */
  notes: Diagnostic[];
}

export function judge(v: Verdict): ServerResult {
  const { compiled, authServer } = v;
  const manifestWords = (d: Diagnostic) => `${v.where(d)}: ${d.rule === 'V-04' && authServer ? issuerMismatch(v) : d.message}`;
  const text = (d: Diagnostic) => `${d.rule} at ${manifestWords(d)}`;
  const located: CompileResult = { ...compiled, diagnostics: sortDiagnostics([...v.notes, ...compiled.diagnostics.map((d) => ({ ...d, message: manifestWords(d) }))], []) };
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  const warnings = compiled.diagnostics.filter((d) => d.severity === 'warning');
  const aboutAs = (d: Diagnostic) => authServer !== undefined && (d.path.startsWith('authServer') || AUTH_SERVER_RULES.has(d.rule));
  const asErrors = errors.filter(aboutAs);
  const withWarnings = (m: string, list: string[]) => (list.length === 0 ? m : `${m}; warnings: ${list.join('; ')}`);

  const conditions: Condition[] = [];
  if (authServer) {
    const inline = authServer.form === 'inline';
    if (asErrors.length > 0) {
      // V-04 gets its own reason even beside other failures: it is the mistake this condition exists for (ToolHive's condition has one failure reason).
      const reason = inline ? InlineAuthServerReason.Invalid : asErrors.some((d) => d.rule === 'V-04') ? AS.IssuerMismatch : AS.Invalid;
      conditions.push(condition(authServer.conditionType, 'False', reason, asErrors.map(text).join('; ')));
    } else {
      const subject = inline ? `${authServer.field} of ${describe(v.server)}` : `${describe(authServer.resource)}`;
      const m = `${subject} is a valid embedded auth server${inline ? '' : ` for ${describe(v.server)}`} (issuer ${JSON.stringify(authServer.config.issuer)})`;
      conditions.push(condition(authServer.conditionType, 'True', inline ? InlineAuthServerReason.Valid : AS.Valid, withWarnings(m, warnings.filter(aboutAs).map(text))));
    }
  }
  conditions.push(...v.decided);
  const allWarnings = [...v.notes.map((n) => n.message), ...warnings.map(text)];
  if (errors.length > 0) {
    const reason = asErrors.length === errors.length ? CR.AuthServerConfigInvalid : CR.ConfigInvalid;
    conditions.push(condition(CONDITION_CONFIG, 'False', reason, errors.map(text).join('; ')));
    return { ...v.base, status: { phase: 'Failed', conditions }, config: null, compile: located };
  }
  const backends = compiled.plan!.backends.length;
  const m = `converted and compiled: a Mode ${compiled.plan!.mode} plan with ${backends} backend${backends === 1 ? '' : 's'}`;
  conditions.push(condition(CONDITION_CONFIG, 'True', CR.Valid, withWarnings(m, allWarnings)));
  return { ...v.base, status: { phase: 'Ready', conditions }, config: v.config, compile: located };
}

/** V-04 in the words of the manifests: which two fields, in which objects, must agree. */
function issuerMismatch(v: Verdict): string {
  const as = v.authServer!;
  const incoming = (v.config.incomingAuth as { oidc?: { issuer?: string } } | undefined)?.oidc?.issuer;
  const at = v.incomingIssuer;
  return `${as.field}.issuer ${JSON.stringify(as.config.issuer)} of ${describe(as.resource)} differs from ${at.field} ${JSON.stringify(incoming)} of ${describe(at.resource)}; vmcp validates the tokens its auth server issues, so the two must be the same string (compared exactly, no normalisation): change one to match the other`;
}
