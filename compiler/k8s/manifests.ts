/**
 * Multi-document manifest files -> the VirtualMCPServers and the objects they refer to, in any order
 * across any number of files. Other kinds (Secrets, Deployments) are skipped. Anything that makes the input
 * unreadable is a ManifestError naming the file and line; the same object defined twice is one too, since
 * one of the two would otherwise be silently lost.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import type { SourceText } from '../compile.js';
import type { PathSegment } from '../diagnostics.js';
import { documentProblems, documentValue, MAX_SOURCE_BYTES, YAML_PARSE_OPTIONS, type Source } from '../source.js';
import { asResource, describe, emptyResourceSet, KIND_SERVER, REFERENCED_KINDS, resourceKey, type ReferencedKind, type Resource, type ResourceSet } from './resources.js';

export class ManifestError extends Error {
  readonly code = 'VMCP_K8S_MANIFEST';
}

export function loadManifests(texts: readonly SourceText[]): ResourceSet {
  const set = emptyResourceSet();
  const seen = new Map<string, string>();
  for (const t of texts) {
    for (const r of resourcesIn(t)) {
      const at = `${t.file}:${positionText(r)}`;
      const key = resourceKey(r);
      const first = seen.get(key);
      if (first) throw new ManifestError(`${at}: ${describe(r)} is defined twice (first at ${first}); keep one`);
      seen.set(key, at);
      (r.kind === KIND_SERVER ? set.servers : set[REFERENCED_KINDS[r.kind as ReferencedKind]]).push(r);
    }
  }
  return set;
}

function resourcesIn(t: SourceText): Resource[] {
  const size = t.size ?? (typeof t.bytes === 'string' ? Buffer.byteLength(t.bytes) : t.bytes.byteLength);
  if (size > MAX_SOURCE_BYTES) throw new ManifestError(`${t.file}: the file is larger than 1 MiB; is this the right file?`);
  let text: string;
  try {
    text = typeof t.bytes === 'string' ? t.bytes : new TextDecoder('utf-8', { fatal: true }).decode(t.bytes);
  } catch {
    throw new ManifestError(`${t.file}: the file is not valid UTF-8; save it as UTF-8`);
  }
  const lines = new LineCounter();
  // The config loader's options (merge keys, duplicate-key and alias-bomb checks): a manifest's spec.config is
  // that config, so it must parse the same way.
  const docs = parseAllDocuments(text, { lineCounter: lines, ...YAML_PARSE_OPTIONS });
  if (!Array.isArray(docs)) return []; // an empty stream
  const out: Resource[] = [];
  for (const doc of docs) {
    const [problem] = documentProblems(doc).sort((a, b) => a.offset - b.offset);
    if (problem) {
      const pos = lines.linePos(problem.offset);
      throw new ManifestError(`${t.file}:${pos.line}:${pos.col}: ${problem.message}`);
    }
    let value: unknown;
    try {
      value = documentValue(doc);
    } catch {
      throw new ManifestError(`${t.file}:${lines.linePos(doc.range[0]).line}: aliases expand too far; write the values out`);
    }
    if (value === null || value === undefined) continue; // an empty document, e.g. a trailing `---`
    const line = lines.linePos(doc.range[0]).line;
    if (!isObject(value)) throw new ManifestError(`${t.file}:${line}: a manifest document must be a mapping with apiVersion and kind`);
    const source: Source = { file: t.file, value, doc, lines };
    // `kubectl get -o yaml` wraps several objects in a List.
    const items: [unknown, PathSegment[]][] = value.kind === 'List' && Array.isArray(value.items) ? value.items.map((v, i) => [v, ['items', i]]) : [[value, []]];
    for (const [item, base] of items) {
      if (!isObject(item)) throw new ManifestError(`${t.file}:${line}: every item of a List must be a mapping with apiVersion and kind`);
      const r = asResource(item, { source, base });
      if (r) out.push(r);
    }
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function positionText(r: Resource): string {
  const o = r.origin!;
  const node = o.base.length === 0 ? o.source.doc.contents : o.source.doc.getIn(o.base, true);
  const offset = (node as { range?: [number] } | null)?.range?.[0] ?? 0;
  return String(o.source.lines.linePos(offset).line);
}
