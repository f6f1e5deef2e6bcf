/** How diagnostics are shown: one line each for people, or one JSON document for tools. */
import type { Diagnostic } from '../compiler/index.js';

export type Format = 'text' | 'json';

export const textLine = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}`;

export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: Format, ok: boolean): string {
  if (format === 'json') {
    const list = diagnostics.map((d) => ({ severity: d.severity, rule: d.rule, path: d.path, message: d.message, file: d.file, line: d.line, column: d.column }));
    return JSON.stringify({ ok, diagnostics: list }, null, 2) + '\n';
  }
  return diagnostics.map((d) => textLine(d) + '\n').join('');
}
