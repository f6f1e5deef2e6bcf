import { parseArgs } from 'node:util';
import { formatDiagnostics, type Format } from '../format.js';
import { compileFile } from '../load-config.js';
import { withStartChecks } from '../start-checks.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../usage.js';

/**
 * `vmcp validate FILE`: the compiler's diagnostics, then what serve would refuse at start (cli/start-checks.ts):
 * what the config alone decides (errors) and what this machine lacks (rule env: warnings, errors with --strict).
 */
export async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'text' }, strict: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const format = parseFormat(values.format);
  if (positionals.length !== 1) throw new UsageError('validate takes exactly one FILE');
  const result = await withStartChecks(compileFile(positionals[0]!), { machine: true, strict: values.strict });
  const out = formatDiagnostics(result.diagnostics, format, result.ok);
  (format === 'json' ? process.stdout : process.stderr).write(out);
  if (format === 'text' && result.ok) process.stderr.write(`${positionals[0]}: ok${result.diagnostics.length ? ` (${result.diagnostics.length} warning${result.diagnostics.length === 1 ? '' : 's'})` : ''}\n`);
  return result.ok ? EXIT_OK : EXIT_INVALID;
}

export function parseFormat(v: string | undefined): Format {
  if (v === 'text' || v === 'json') return v;
  throw new UsageError(`--format must be text or json, got ${JSON.stringify(v)}`);
}
