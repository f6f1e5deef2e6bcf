/**
 * Resolves the plan's secret references at start, so a missing env var or file stops the server before it
 * listens instead of failing the first request. Errors name the reference and where the plan uses it,
 * never a value.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { SecretRef } from '../generated/plan.js';
import type { DeepReadonly } from '../common/freeze.js';
import type { RuntimePlan, SecretValues } from './contract.js';
import { RuntimeError } from './errors.js';

type Ref = DeepReadonly<SecretRef>;

export interface SecretSources {
  env?: Readonly<Record<string, string | undefined>>;
  readFile?: (path: string) => Buffer | string;
}

export function describeRef(ref: Ref): string {
  if ('env' in ref) return `environment variable ${ref.env}`;
  if ('file' in ref) return `file ${ref.file}`;
  return `${ref.configFile} at ${ref.pointer}`;
}

const keyOf = (ref: Ref): string => ('env' in ref ? `env:${ref.env}` : 'file' in ref ? `file:${ref.file}` : `config:${ref.configFile}#${ref.pointer}`);

/** Every secret reference in the plan with its location, found by shape so new plan fields are covered too. */
export function findSecretRefs(plan: RuntimePlan): { at: string; ref: Ref }[] {
  return secretRefsIn(plan);
}

/** Every secret reference in a value (a plan, or a part of one), with its location. */
export function secretRefsIn(value: unknown): { at: string; ref: Ref }[] {
  const found: { at: string; ref: Ref }[] = [];
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) return v.forEach((item, i) => walk(item, `${at}[${i}]`));
    if (typeof v !== 'object' || v === null) return;
    if (isRef(v)) return void found.push({ at, ref: v });
    for (const [k, child] of Object.entries(v)) walk(child, at ? `${at}.${k}` : k);
  };
  walk(value, '');
  return found;
}

function isRef(v: object): v is Ref {
  const keys = Object.keys(v).sort().join(',');
  const o = v as Record<string, unknown>;
  if (keys === 'env') return typeof o.env === 'string';
  if (keys === 'file') return typeof o.file === 'string';
  return keys === 'configFile,pointer' && typeof o.configFile === 'string' && typeof o.pointer === 'string';
}

export function resolveSecrets(plan: RuntimePlan, sources: SecretSources = {}): SecretValues {
  const { secrets, problems } = readSecrets(plan, sources);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${p.at}: ${describeRef(p.ref)}: ${p.problem}`);
    throw new RuntimeError('VMCP_SECRET_UNRESOLVED', `cannot resolve the plan's secrets:\n${lines.join('\n')}`);
  }
  return secrets;
}

/** A reference that could not be read: where the plan uses it, and why (never a value). */
export interface SecretProblem {
  at: string;
  ref: Ref;
  problem: string;
}

/**
 * Reads every reference, keeping going past failures: `vmcp validate` reports them all (cli/start-checks.ts)
 * with the sentences serve would stop on. The values returned answer only for the references that resolved.
 */
export function readSecrets(plan: RuntimePlan, sources: SecretSources = {}): { secrets: SecretValues; problems: SecretProblem[] } {
  const env = sources.env ?? process.env;
  const readFile = sources.readFile ?? ((p: string) => readFileSync(p));
  const values = new Map<string, Buffer>();
  const problems: SecretProblem[] = [];
  const configDocs = new Map<string, unknown>();
  for (const { at, ref } of findSecretRefs(plan)) {
    if (values.has(keyOf(ref))) continue;
    try {
      values.set(keyOf(ref), readOne(ref, env, readFile, configDocs));
    } catch (e) {
      problems.push({ at, ref, problem: (e as Error).message });
    }
  }
  const raw = (ref: Ref): Buffer => {
    const v = values.get(keyOf(ref));
    if (v === undefined) throw new RuntimeError('VMCP_SECRET_UNRESOLVED', `${describeRef(ref)} was not resolved at start`);
    return v;
  };
  const secrets: SecretValues = {
    // Text secrets (passwords, tokens, PEM keys): a file's one trailing newline is not part of the value.
    get: (ref) => {
      const text = raw(ref).toString('utf8');
      return 'file' in ref ? text.replace(/\r?\n$/, '') : text;
    },
    bytes: (ref) => Buffer.from(raw(ref)),
  };
  return { secrets, problems };
}

type ReadFile = (p: string) => Buffer | string;

function readOne(ref: Ref, env: Readonly<Record<string, string | undefined>>, readFile: ReadFile, docs: Map<string, unknown>): Buffer {
  if ('env' in ref) return nonEmpty(env[ref.env], 'is not set');
  if ('file' in ref) {
    const bytes = readBytes(readFile, ref.file);
    return nonEmpty(bytes.toString('utf8').replace(/\r?\n$/, '') === '' ? '' : bytes, 'is empty');
  }
  // `merge` as the compiler reads the file (compiler/source.ts), so a pointer into a merged value finds it.
  if (!docs.has(ref.configFile)) docs.set(ref.configFile, parseDocument(readBytes(readFile, ref.configFile).toString('utf8'), { merge: true }).toJS());
  const v = atPointer(docs.get(ref.configFile), ref.pointer);
  if (typeof v !== 'string') throw new Error('no string value there any more; compile the config again');
  return nonEmpty(v, 'is empty');
}

function nonEmpty(v: string | Buffer | undefined, problem: string): Buffer {
  if (v === undefined || v.length === 0) throw new Error(problem);
  return typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
}

function readBytes(readFile: ReadFile, path: string): Buffer {
  try {
    const v = readFile(path);
    return typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read');
  }
}

/** RFC 6901. */
function atPointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let cur = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
