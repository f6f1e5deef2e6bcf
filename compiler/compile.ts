/**
 * The compiler's front door: source text in, a frozen plan or diagnostics out. Pure: the caller reads
 * files (and ToolHive's sibling authserver-config.yaml) and hands over their bytes.
 */
import type { Plan } from '../generated/plan.js';
import type { VmcpConfig } from '../generated/vmcp-config.js';
import { deepFreeze, type DeepReadonly } from '../common/freeze.js';
import { canonicalJson } from './canonical.js';
import { formatPath, hasErrors, sortDiagnostics, type Diagnostic, type Finding, type PathSegment } from './diagnostics.js';
import { buildPlan } from './plan/index.js';
import { rules } from './rules/index.js';
import { checkSchema } from './schema-check.js';
import { loadSource, positionOf, type Source } from './source.js';

/** ToolHive keeps the auth server's RunConfig in this file next to the vMCP config. */
export const SIBLING_RUN_CONFIG = 'authserver-config.yaml';

export interface SourceText {
  file: string;
  bytes: Uint8Array | string;
  /** The file's full size, when `bytes` is only its start. */
  size?: number;
}

export type FrozenPlan = DeepReadonly<Plan>;

export interface CompileResult {
  ok: boolean;
  plan?: FrozenPlan;
  /** The canonical serialization of `plan`. */
  planJson?: string;
  diagnostics: Diagnostic[];
  /**
   * With a plan: the config value it came from (a sibling runConfig merged in) and where its paths are
   * written, so checks run after compiling (`vmcp validate`'s start checks) can point into the files.
   */
  config?: unknown;
  locate?: Locate;
}

/** Maps a finding's path to a place in some file: a YAML source, or a manifest for converted configs. */
export type Locate = (path: readonly PathSegment[], atKey: boolean) => { file: string; line: number; column: number };

export function compileSources(config: SourceText, sibling?: SourceText): CompileResult {
  const main = loadSource(config.file, config.bytes, config.size);
  if (!main.source) return fail(main.diagnostics, [config.file]);
  const side = sibling ? loadSource(sibling.file, sibling.bytes, sibling.size) : undefined;
  if (side && !side.source) return fail(side.diagnostics, [config.file, sibling!.file]);

  const value = main.source.value;
  const extra: Diagnostic[] = [];
  if (side?.source && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (v.authServer !== undefined) {
      const pos = positionOf(main.source, ['authServer'], true);
      extra.push({
        severity: 'error',
        rule: 'V-05',
        path: 'authServer',
        message: `the auth server is configured twice: here and in ${sibling!.file}; keep one (inline authServer.runConfig, or the sibling file)`,
        file: config.file,
        ...pos,
      });
    } else {
      v.authServer = { runConfig: side.source.value };
    }
  }
  const locate = yamlLocator(main.source, extra.length === 0 ? side?.source : undefined);
  const result = compileValue(value, config.file, locate);
  const files = sibling ? [config.file, sibling.file] : [config.file];
  const diagnostics = sortDiagnostics([...extra, ...result.diagnostics], files);
  return hasErrors(diagnostics) ? { ok: false, diagnostics } : { ...result, diagnostics };
}

/** Compiles a config value that did not come from YAML text (e.g. one converted from Kubernetes resources). */
export function compileValue(value: unknown, configFile: string, locate: Locate): CompileResult {
  const findings = [...checkSchema(value).map(retag), ...rules.flatMap((r) => r.check(value))];
  const diagnostics = sortDiagnostics(findings.map((f) => place(f, locate)), []);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const plan = deepFreeze(buildPlan(value as VmcpConfig, configFile));
  return { ok: true, plan, planJson: canonicalJson(plan), diagnostics, config: value, locate };
}

/** The contract files every problem under the auth server's config under V-05, and a missing provider under V-06. */
function retag(f: Finding): Finding {
  if (f.path[0] === 'authServer') return { ...f, rule: 'V-05' };
  if (f.path[0] === 'outgoingAuth' && f.path.includes('upstreamInject')) return { ...f, rule: 'V-06' };
  return f;
}

function place(f: Finding, locate: Locate): Diagnostic {
  return { severity: f.severity, rule: f.rule, path: formatPath(f.path), message: f.message, ...locate(f.path, f.atKey === true) };
}

function yamlLocator(main: Source, sibling: Source | undefined): Locate {
  return (path, atKey) => {
    if (sibling && path[0] === 'authServer' && path[1] === 'runConfig') {
      return { file: sibling.file, ...positionOf(sibling, path.slice(2), atKey) };
    }
    return { file: main.file, ...positionOf(main, path, atKey) };
  };
}

function fail(diagnostics: Diagnostic[], files: string[]): CompileResult {
  return { ok: false, diagnostics: sortDiagnostics(diagnostics, files) };
}
