/**
 * Turns the bytes of one YAML file into a value plus a way back from a path to a line and column.
 * Every refusal here (size, encoding, syntax, duplicate keys, alias bombs) is a finding, never a throw.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic, PathSegment } from './diagnostics.js';

/** Configs are small; a cap keeps a stray multi-megabyte file from costing anything. */
export const MAX_SOURCE_BYTES = 1024 * 1024;
/** Enough for anchors used as intended; far below what an alias bomb needs. */
const MAX_ALIAS_COUNT = 50;

/**
 * How every YAML text is parsed, config files and Kubernetes manifests alike, so a file means the same on both paths.
 * - `uniqueKeys: false`: the yaml package's own check compares every pair of keys (seconds on a large mapping);
 *   duplicates are found in one pass by documentProblems instead.
 * - `merge`: ToolHive reads configs with yaml.v3 (and Kubernetes reads manifests with a YAML 1.1 parser), both
 *   applying `<<` merge keys, so a file sharing settings through anchors and `<<` must mean the same here. Merged
 *   values count toward MAX_ALIAS_COUNT like any alias, so the alias-bomb cap still holds.
 */
export const YAML_PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true, merge: true } as const;

/** Why a parsed document cannot be used, each at its offset in the text: syntax, duplicate keys, bad merge keys. */
export function documentProblems(doc: Document.Parsed): { offset: number; message: string }[] {
  return [
    ...doc.errors.map((e) => ({ offset: e.pos[0], message: yamlMessage(e.code, e.message) })),
    ...duplicateKeyOffsets(doc).map((offset) => ({ offset, message: 'Map keys must be unique; each key may appear once in a mapping' })),
    ...badMergeOffsets(doc).map((offset) => ({
      offset,
      message: 'a merge key (<<) takes a mapping, an alias of one, or a list of them; write the keys out or point << at a mapping',
    })),
  ];
}

/** The document's value; a ReferenceError when aliases expand more than MAX_ALIAS_COUNT times. */
export const documentValue = (doc: Document.Parsed): unknown => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });

export interface Source {
  file: string;
  value: unknown;
  doc: Document.Parsed;
  lines: LineCounter;
}

export interface LoadResult {
  source?: Source;
  diagnostics: Diagnostic[];
}

const at = (file: string, line: number, column: number, rule: 'input' | 'yaml', message: string): Diagnostic => ({
  severity: 'error',
  rule,
  path: '',
  message,
  file,
  line,
  column,
});

/** `size`: the whole file's size when the caller read only its start. */
export function loadSource(file: string, bytes: Uint8Array | string, size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength): LoadResult {
  if (size > MAX_SOURCE_BYTES) {
    const mb = (size / (1024 * 1024)).toFixed(1);
    return { diagnostics: [at(file, 1, 1, 'input', `the file is ${mb} MiB; a config may be at most 1 MiB. Is this the right file?`)] };
  }
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const offset = firstInvalidUtf8(bytes);
      const { line, column } = lineColOfByte(bytes, offset);
      return { diagnostics: [at(file, line, column, 'input', `the file is not valid UTF-8 (byte ${offset}); save it as UTF-8`)] };
    }
  }
  if (text.trim() === '') return { diagnostics: [at(file, 1, 1, 'input', 'the file is empty; a config needs at least name and incomingAuth')] };

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, ...YAML_PARSE_OPTIONS });
  const diagnostics = documentProblems(doc).map((p) => {
    const pos = lines.linePos(p.offset);
    return at(file, pos.line, pos.col, 'yaml', p.message);
  });
  if (diagnostics.length > 0) return { diagnostics };

  let value: unknown;
  try {
    value = documentValue(doc);
  } catch (e) {
    const why = e instanceof ReferenceError ? `aliases expand too far (more than ${MAX_ALIAS_COUNT} uses); write the values out` : String((e as Error).message);
    return { diagnostics: [at(file, 1, 1, 'yaml', why)] };
  }
  if (value === null || value === undefined) {
    return { diagnostics: [at(file, 1, 1, 'input', 'the file holds only comments; a config needs at least name and incomingAuth')] };
  }
  return { source: { file, value, doc, lines }, diagnostics };
}

/** Where each repeated key of a mapping stands: one pass with a set per mapping. */
function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? `s:${String(pair.key.value)}` : `n:${String(pair.key)}`;
        if (seen.has(key)) offsets.push((pair.key as Node | null)?.range?.[0] ?? 0);
        else seen.add(key);
      }
    },
  });
  return offsets;
}

const isMergeKey = (key: unknown): boolean => isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<';

/** What a `<<` value merges, in precedence order (earlier wins); null when something in it is not a mapping. */
function mergeSources(doc: Document.Parsed, value: unknown): YAMLMap[] | null {
  const resolve = (v: unknown): unknown => (isAlias(v) ? v.resolve(doc) : v);
  const target = resolve(value);
  const items = isSeq(target) ? target.items.map(resolve) : [target];
  return items.every((m) => isMap(m)) ? (items as YAMLMap[]) : null;
}

/** Merge keys whose value is not a mapping (or a list of them): yaml.v3 refuses those, and so do we. */
function badMergeOffsets(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isMergeKey(pair.key) && mergeSources(doc, pair.value) === null) offsets.push((pair.value as Node | null)?.range?.[0] ?? (pair.key as Node).range?.[0] ?? 0);
    },
  });
  return offsets;
}

/** The pair for `key` in `map`, or in what its `<<` keys merge in (so a diagnostic points where the value is written). */
function pairFor(doc: Document.Parsed, map: YAMLMap, key: string, depth = 0): { key: Node; value: unknown } | undefined {
  const own = map.items.find((p) => isPair(p) && isScalar(p.key) && !isMergeKey(p.key) && String(p.key.value) === key);
  if (own) return { key: own.key as Node, value: own.value };
  if (depth > 20) return undefined;
  for (const p of map.items) {
    if (!isMergeKey(p.key)) continue;
    for (const source of mergeSources(doc, p.value) ?? []) {
      const found = pairFor(doc, source, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `${first}; each key may appear once in a mapping`;
  return `YAML syntax: ${first}`;
}

/** The node a path leads to, or the deepest ancestor that exists (for a missing key, its parent). */
export function positionOf(source: Source, path: readonly PathSegment[], atKey = false): { line: number; column: number } {
  let node: Node | null = source.doc.contents as Node | null;
  let keyNode: Node | null = null;
  for (const seg of path) {
    keyNode = null;
    // Through an alias to its anchor: the value is written there.
    if (isAlias(node)) node = (node.resolve(source.doc) as Node | undefined) ?? node;
    if (typeof seg === 'number' && isSeq(node)) {
      const next = node.items[seg];
      if (!next || !isNodeLike(next)) break;
      node = next as Node;
    } else if (typeof seg === 'string' && isMap(node)) {
      const pair = pairFor(source.doc, node, seg);
      if (!pair) break;
      keyNode = pair.key;
      if (!pair.value || !isNodeLike(pair.value)) {
        node = keyNode;
        break;
      }
      node = pair.value as Node;
    } else break;
  }
  const target = atKey && keyNode ? keyNode : node;
  const offset = target?.range?.[0] ?? 0;
  const pos = source.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

const isNodeLike = (v: unknown): boolean => typeof v === 'object' && v !== null && 'range' in v;

/** Where decoding failed, for the message; only runs after TextDecoder already refused the bytes. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const extra = c < 0x80 ? 0 : c >> 5 === 6 ? 1 : c >> 4 === 14 ? 2 : c >> 3 === 30 ? 3 : -1;
    if (extra < 0 || c === 0xc0 || c === 0xc1 || c > 0xf4) return i;
    for (let k = 1; k <= extra; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return i;
}

function lineColOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
