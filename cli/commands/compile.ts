import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDiagnostics } from '../format.js';
import { compileFile } from '../load-config.js';
import { withStartChecks } from '../start-checks.js';
import { INPUT_OPTIONS, inputFiles } from '../input-args.js';
import { EXIT_INVALID, EXIT_OK } from '../usage.js';
import { parseFormat } from './validate.js';

export async function compile(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: 'string', short: 'o' },
      ts: { type: 'string' },
      format: { type: 'string', default: 'text' },
      ...INPUT_OPTIONS,
    },
    allowPositionals: true,
  });
  const format = parseFormat(values.format);
  const files = inputFiles('compile', values, positionals);
  const source = files[0]!;
  // The Kubernetes reconciler is loaded only for --k8s.
  const compiled = values.k8s ? (await import('./reconcile.js')).compileManifests(files, values.name, values.namespace) : compileFile(source);
  // What serve would refuse for the config's sake stops the plan here too; what the build machine lacks does not.
  const result = await withStartChecks(compiled, { machine: false });
  // stdout is kept for the plan, so diagnostics always go to stderr here.
  process.stderr.write(formatDiagnostics(result.diagnostics, format, result.ok));
  if (!result.ok || !result.planJson) return EXIT_INVALID;
  if (values.output) writeFileSync(values.output, result.planJson);
  else process.stdout.write(result.planJson);
  if (values.ts) {
    // ts-morph is large; only this option pays for loading it.
    const { writePlanModule } = await import('../plan-module.js');
    await writePlanModule(values.ts, result.planJson, source);
  }
  return EXIT_OK;
}
