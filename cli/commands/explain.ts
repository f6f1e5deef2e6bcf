/**
 * `vmcp explain FILE`: what a plan does, for people (text) or tools (`--format json`): the route table, the
 * backends with their strategies and secret sources, the tool naming rule (the live names with --connect),
 * and a Mermaid diagram. FILE is read as `compile` reads it, or as a plan JSON; an invalid one gets
 * `validate`'s diagnostics and exit 1.
 */
import { parseArgs } from 'node:util';
import { canonicalJson } from '../../compiler/canonical.js';
import { explainPlan } from '../explain/model.js';
import { explainText } from '../explain/text.js';
import { formatDiagnostics } from '../format.js';
import { loadManifestPlan, loadPlanInput } from '../plan-input.js';
import { INPUT_OPTIONS, inputFiles } from '../input-args.js';
import { EXIT_INVALID, EXIT_OK } from '../usage.js';
import { parseFormat } from './validate.js';

export async function explain(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'text' },
      connect: { type: 'boolean', default: false },
      ...INPUT_OPTIONS,
    },
    allowPositionals: true,
  });
  const format = parseFormat(values.format);
  const files = inputFiles('explain', values, positionals);
  const input = values.k8s ? await loadManifestPlan({ files, name: values.name, namespace: values.namespace }) : await loadPlanInput(files[0]!);
  if (!input.ok) {
    // As validate reports them: JSON on stdout for tools, lines on stderr for people.
    (format === 'json' ? process.stdout : process.stderr).write(formatDiagnostics(input.diagnostics, format, false));
    return EXIT_INVALID;
  }
  const catalog = values.connect ? await (await import('../explain/connect.js')).connectCatalog(input.plan) : null;
  const explanation = explainPlan(input.plan, files, catalog);
  if (format === 'json') {
    process.stdout.write(canonicalJson({ ok: true, diagnostics: input.diagnostics, ...explanation }));
  } else {
    process.stderr.write(formatDiagnostics(input.diagnostics, 'text', true));
    process.stdout.write(explainText(explanation));
  }
  return EXIT_OK;
}
