/** What the compiler reports: one record per problem, with a stable rule id and a source position. */
export type Severity = 'error' | 'warning';

/**
 * Stable ids. `input`: the bytes cannot be a config (empty, not UTF-8, too large); `yaml`: syntax,
 * duplicate keys, aliases; `schema`: shape and types; `V-NN`: the semantic rules (see docs/rules.md).
 * `serve` and `env` come from serve's own start checks run on the plan: what the config alone makes serve refuse
 * (serve-checks.ts: validate, compile, reconcile), and what this machine lacks (env vars, files: cli/start-checks.ts).
 */
export type RuleId =
  | 'input'
  | 'yaml'
  | 'schema'
  | 'V-01'
  | 'V-02'
  | 'V-03'
  | 'V-04'
  | 'V-05'
  | 'V-06'
  | 'V-07'
  | 'V-08'
  | 'V-09'
  | 'V-10'
  | 'V-11'
  | 'V-12'
  | 'V-13'
  | 'V-14'
  | 'V-15'
  | 'V-16'
  | 'V-17'
  | 'serve'
  | 'env';

export type PathSegment = string | number;

/** A problem found before positions are known: rules and the schema check produce these. */
export interface Finding {
  severity: Severity;
  rule: RuleId;
  path: readonly PathSegment[];
  message: string;
  /** Point at the key rather than its value (unknown keys, keys to remove). */
  atKey?: boolean;
}

export interface Diagnostic {
  severity: Severity;
  rule: RuleId;
  path: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `['backends', 0, 'url']` -> `backends[0].url`; keys that are not plain names are quoted. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Sources first in the order given, then by position, then rule and message: the same input always gives the same order. */
export function sortDiagnostics(list: Diagnostic[], fileOrder: readonly string[]): Diagnostic[] {
  const rank = (f: string) => {
    const i = fileOrder.indexOf(f);
    return i === -1 ? fileOrder.length : i;
  };
  return [...list].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule) ||
      a.path.localeCompare(b.path) ||
      a.message.localeCompare(b.message),
  );
}

export function hasErrors(list: readonly { severity: Severity }[]): boolean {
  return list.some((d) => d.severity === 'error');
}
