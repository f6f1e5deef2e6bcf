/**
 * Problems found on a compiled plan, after the rules (what serve would refuse at start), as diagnostics of that
 * compile result: located through the result's own locate (a config file, or the manifests), sorted in with
 * the rest, and the result no longer ok when one is an error. Shared by cli/start-checks.ts and the Kubernetes
 * reconcile, so both report them alike.
 */
import type { CompileResult } from './compile.js';
import { formatPath, hasErrors, sortDiagnostics, type Diagnostic, type PathSegment, type RuleId, type Severity } from './diagnostics.js';

export interface StartProblem {
  severity: Severity;
  rule: RuleId;
  path: PathSegment[];
  message: string;
}

/** A typed start error (ours, the auth server's) carries a code; anything else is a bug and is thrown on. */
export function startError(e: unknown): string {
  if (e instanceof Error && typeof (e as { code?: unknown }).code === 'string') return e.message;
  throw e;
}

/** Where the auth server's settings are (they may sit in a sibling file, whose diagnostics come second). */
const RUN_CONFIG: PathSegment[] = ['authServer', 'runConfig'];

export function withStartProblems(result: CompileResult, problems: readonly StartProblem[]): CompileResult {
  if (!result.ok || !result.locate || problems.length === 0) return result;
  const locate = result.locate;
  const added: Diagnostic[] = problems.map((p) => ({ severity: p.severity, rule: p.rule, path: formatPath(p.path), message: p.message, ...locate(p.path, false) }));
  const files = [...new Set([locate([], false).file, locate(RUN_CONFIG, false).file])];
  const diagnostics = sortDiagnostics([...result.diagnostics, ...added], files);
  return hasErrors(added) ? { ok: false, diagnostics } : { ...result, diagnostics };
}
