import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDiagnostics } from '../format.js';
import { compileFile } from '../load-config.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../usage.js';
import { parseFormat } from './validate.js';

export async function compile(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { output: { type: 'string', short: 'o' }, ts: { type: 'string' }, format: { type: 'string', default: 'text' } },
    allowPositionals: true,
  });
  const format = parseFormat(values.format);
  if (positionals.length !== 1) throw new UsageError('compile takes exactly one FILE');
  const source = positionals[0]!;
  const result = compileFile(source);
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
