import { parseArgs } from 'node:util';
import { formatDiagnostics, type Format } from '../format.js';
import { compileFile } from '../load-config.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../usage.js';

export function validate(args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string', default: 'text' } }, allowPositionals: true });
  const format = parseFormat(values.format);
  if (positionals.length !== 1) throw new UsageError('validate takes exactly one FILE');
  const result = compileFile(positionals[0]!);
  const out = formatDiagnostics(result.diagnostics, format, result.ok);
  (format === 'json' ? process.stdout : process.stderr).write(out);
  if (format === 'text' && result.ok) process.stderr.write(`${positionals[0]}: ok${result.diagnostics.length ? ` (${result.diagnostics.length} warning${result.diagnostics.length === 1 ? '' : 's'})` : ''}\n`);
  return result.ok ? EXIT_OK : EXIT_INVALID;
}

export function parseFormat(v: string | undefined): Format {
  if (v === 'text' || v === 'json') return v;
  throw new UsageError(`--format must be text or json, got ${JSON.stringify(v)}`);
}
