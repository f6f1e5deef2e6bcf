/**
 * FILE as a plan, for the commands that read plans rather than write them (`explain`, `diff`): a config YAML
 * (compiled, with the config-alone start checks `compile` runs, so both see the same plan), a plan JSON from
 * `vmcp compile` (checked against the plan schema, as `serve` checks it), or Kubernetes manifests (as
 * `compile --k8s` reads them). Input that is no valid config or plan comes back as diagnostics, printed as
 * `validate` prints them; a file that cannot be read at all is an InputError (exit 2).
 */
import { readFileSync } from 'node:fs';
import type { CompileResult, Diagnostic } from '../compiler/index.js';
import { VmcpError } from '../common/errors.js';
import type { RuntimePlan } from '../runtime/contract.js';
import { InputError } from './read-input.js';
import { withStartChecks } from './start-checks.js';

export type PlanInput = { ok: true; plan: RuntimePlan; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export interface ManifestInput {
  files: readonly string[];
  name: string | undefined;
  namespace: string | undefined;
}

/** `.json` is a compiled plan (as `serve` tells them apart); anything else a config. */
export async function loadPlanInput(file: string): Promise<PlanInput> {
  if (file.endsWith('.json')) return loadPlanJson(file);
  // Each kind of FILE loads only its own reader: the compiler, or the plan's JSON Schema.
  const { compileFile } = await import('./load-config.js');
  return fromCompile(await withStartChecks(compileFile(file), { machine: false }));
}

export async function loadManifestPlan(input: ManifestInput): Promise<PlanInput> {
  // The Kubernetes reconciler is loaded only for --k8s.
  const { compileManifests } = await import('./commands/reconcile.js');
  return fromCompile(await withStartChecks(compileManifests(input.files, input.name, input.namespace), { machine: false }));
}

function fromCompile(result: CompileResult): PlanInput {
  return result.ok && result.plan ? { ok: true, plan: result.plan, diagnostics: result.diagnostics } : { ok: false, diagnostics: result.diagnostics };
}

async function loadPlanJson(file: string): Promise<PlanInput> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' }[code ?? ''] ?? code ?? (e as Error).message;
    throw new InputError(`cannot read ${file}: ${reason}`);
  }
  const { parsePlan } = await import('../runtime/load-plan.js');
  try {
    return { ok: true, plan: parsePlan(text, file), diagnostics: [] };
  } catch (e) {
    if (!(e instanceof VmcpError)) throw e;
    // The runtime's sentence starts with the file name, which the diagnostic line already gives.
    const message = e.message.startsWith(`${file}: `) ? e.message.slice(file.length + 2) : e.message;
    return { ok: false, diagnostics: [{ severity: 'error', rule: 'input', path: '', message, file, line: 1, column: 1 }] };
  }
}
