/**
 * `vmcp diff OLD NEW`: what going from OLD to NEW (configs or plan JSONs) changes in the plan, for reviews
 * and CI. Exit codes as diff(1)'s: 0 equal, 1 different, 2 trouble: a usage error, an unreadable file, or an
 * invalid config (its diagnostics printed as `validate` prints them).
 */
import { parseArgs } from 'node:util';
import { planDiff, formatPlanChanges } from '../../common/plan-diff/index.js';
import { canonicalJson } from '../../compiler/canonical.js';
import { formatDiagnostics } from '../format.js';
import { loadPlanInput } from '../plan-input.js';
import { EXIT_DIFFERENT, EXIT_OK, EXIT_USAGE, UsageError } from '../usage.js';
import { parseFormat } from './validate.js';

export async function diff(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string', default: 'text' } }, allowPositionals: true });
  const format = parseFormat(values.format);
  if (positionals.length !== 2) throw new UsageError('diff takes two FILEs: OLD NEW');
  const [oldFile, newFile] = positionals as [string, string];
  const a = await loadPlanInput(oldFile);
  const b = await loadPlanInput(newFile);
  const diagnostics = [...a.diagnostics, ...b.diagnostics];
  if (!a.ok || !b.ok) {
    (format === 'json' ? process.stdout : process.stderr).write(formatDiagnostics(diagnostics, format, false));
    return EXIT_USAGE;
  }
  const changes = planDiff(a.plan, b.plan, { sameFiles: sameFiles(oldFile, newFile) });
  if (format === 'json') {
    process.stdout.write(canonicalJson({ ok: true, equal: changes.length === 0, changes, diagnostics }));
  } else {
    process.stderr.write(formatDiagnostics(diagnostics, 'text', true));
    process.stdout.write(changes.length === 0 ? formatPlanChanges(changes) : `--- ${oldFile}\n+++ ${newFile}\n${formatPlanChanges(changes)}`);
  }
  return changes.length === 0 ? EXIT_OK : EXIT_DIFFERENT;
}

/**
 * Two versions of one config are two files here (`git show HEAD:vmcp.yaml > old.yaml`): a secret written
 * inline at the same place in both is the same reference, though each plan names its own file. A plan JSON
 * names the config it was compiled from, which is not known here.
 */
function sameFiles(oldFile: string, newFile: string): [string, string][] {
  return oldFile.endsWith('.json') || newFile.endsWith('.json') ? [] : [[oldFile, newFile]];
}
