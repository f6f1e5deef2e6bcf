/**
 * Checks a config value against schema/vmcp-config.schema.json and turns Ajv's errors into sentences a
 * person can act on. The validator was compiled ahead of time (scripts/config-validator.mjs), so a cold
 * start pays nothing for it; vmcp's own keywords (scripts/schema-keywords.mjs) report params only and
 * get their sentences here.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { vmcpConfigSchema } from '../generated/schemas.js';
import { validate as generatedValidate } from '../generated/validate-config.js';
import type { Finding, PathSegment } from './diagnostics.js';
import { formatPath } from './diagnostics.js';
import { didYouMean } from './suggest.js';

const validateConfig = generatedValidate as unknown as ValidateFunction;

export function checkSchema(value: unknown): Finding[] {
  if (validateConfig(value)) return [];
  return translate(validateConfig.errors ?? [], value);
}

/** What each named string format means, for pattern failures. */
const FORMAT_HINTS: Record<string, string> = {
  Duration: 'must be a duration such as 500ms, 30s, 5m or 1h30m',
  EnvVarName: 'must be an environment variable name (letters, digits and _, not starting with a digit)',
  HttpUrl: 'must be an http:// or https:// URL',
  AbsolutePath: 'must be an absolute path (starting with /)',
};

const KIND_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'a whole number' : 'a number';
  if (typeof v === 'boolean') return 'true or false';
  return 'a string';
}

function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

const subject = (path: PathSegment[]) => (path.length === 0 ? 'the config' : formatPath(path));
const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v));

type SchemaNode = Record<string, unknown>;
const defs = vmcpConfigSchema.$defs as unknown as Record<string, SchemaNode>;

/**
 * The schema that applies at an instance path, and the name of the last $def it went through. Errors
 * carry schema paths relative to un-inlined refs, so the walk follows the instance instead.
 */
function schemaFor(path: PathSegment[]): { node: SchemaNode; def?: string } {
  let node: SchemaNode | undefined = vmcpConfigSchema as unknown as SchemaNode;
  let def: string | undefined;
  const deref = () => {
    while (node && typeof node.$ref === 'string') {
      def = node.$ref.replace('#/$defs/', '');
      node = defs[def];
    }
  };
  deref();
  for (const seg of path) {
    if (!node) break;
    def = undefined;
    const props = node.properties as Record<string, SchemaNode> | undefined;
    const extra: SchemaNode | undefined = typeof node.additionalProperties === 'object' ? (node.additionalProperties as SchemaNode) : undefined;
    node = typeof seg === 'number' ? (node.items as SchemaNode | undefined) : (props?.[seg] ?? extra);
    deref();
  }
  return { node: node ?? {}, def };
}

function dataAt(value: unknown, path: PathSegment[]): unknown {
  let node = value;
  for (const seg of path) node = (node as Record<string | number, unknown> | undefined)?.[seg];
  return node;
}

function translate(errors: ErrorObject[], value: unknown): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const finding = translateOne(e, dataAt(value, pathOf(e.instancePath)));
    if (!finding) continue;
    const key = `${formatPath(finding.path)}\u0000${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function translateOne(e: ErrorObject, data: unknown): Finding | undefined {
  const path = pathOf(e.instancePath);
  const base = { severity: 'error' as const, rule: 'schema' as const };
  // A key that breaks propertyNames: Ajv reports the key's own error (a pattern, on the object, which is no
  // string), then propertyNames naming the key. Said once, at the key.
  if (e.keyword === 'pattern' && typeof data !== 'string') return undefined;
  if (e.keyword === 'propertyNames') {
    const name = String(e.params.propertyName);
    const rule = schemaFor(path).node.propertyNames as { $ref?: string } | undefined;
    const what = rule?.$ref === '#/$defs/EnvVarName' ? 'an environment variable name (letters, digits and _, not starting with a digit)' : 'an allowed key here';
    return { ...base, path: [...path, name], atKey: true, message: `${subject(path)}: "${name}" is not ${what}` };
  }
  const p = e.params as Record<string, unknown>;
  const { node: parent, def } = schemaFor(path);
  const formatHint = def === undefined ? undefined : FORMAT_HINTS[def];
  switch (e.keyword) {
    case 'type': {
      if (formatHint) return { ...base, path, message: `${subject(path)} ${formatHint}; got ${kindOf(data)}` };
      const want = ([] as string[]).concat(p.type as string | string[]).map((t) => KIND_NAMES[t] ?? t);
      return { ...base, path, message: `${subject(path)} must be ${want.join(' or ')}, got ${kindOf(data)}` };
    }
    case 'required': {
      const missing = String(p.missingProperty);
      return { ...base, path: [...path, missing], message: `${subject([...path, missing])} is required` };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const props = (parent.properties ?? {}) as Record<string, { notSupported?: string }>;
      const known = Object.keys(props).filter((k) => props[k]?.notSupported === undefined);
      const where = path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`;
      const hint = known.length > 0 ? didYouMean(key, known) : '';
      const list = hint === '' && known.length > 0 && known.length <= 12 ? `; known keys here: ${known.join(', ')}` : '';
      return { ...base, path: [...path, key], atKey: true, message: `unknown key "${key}" ${where}${hint}${list}` };
    }
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'enum' ? (p.allowedValues as unknown[]) : [p.allowedValue]).filter((v) => v !== '');
      const hint = typeof data === 'string' ? didYouMean(data, allowed.map(String)) : '';
      return { ...base, path, message: `${subject(path)} must be one of: ${allowed.join(', ')}; got ${show(data)}${hint}` };
    }
    case 'pattern': {
      const hint = formatHint ?? `must match ${String(p.pattern)}`;
      return { ...base, path, message: `${subject(path)} ${hint}; got ${show(data)}` };
    }
    case 'minLength':
      return { ...base, path, message: `${subject(path)} must not be empty` };
    case 'minItems':
      return { ...base, path, message: `${subject(path)} must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'minimum':
    case 'maximum':
      return { ...base, path, message: `${subject(path)} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)}; got ${show(data)}` };
    case 'notSupported':
      return { ...base, path, atKey: true, message: `${subject(path)}: ${String(p.what)} is not supported yet by vmcp; remove this key` };
    case 'notSupportedValues':
      return { ...base, path, message: `${subject(path)}: ${show(data)} is not supported yet by vmcp` };
    case 'exactlyOneOf':
    case 'atMostOneOf':
    case 'atLeastOneOf':
      return { ...base, path, message: `${subject(path)}: ${countMessage(e.keyword, p.keys as string[], p.count as number)}` };
    case 'blockFor': {
      const [key, owner, prop] = [String(p.key), String(p.owner), String(p.property)];
      const message =
        p.problem === 'missing'
          ? `${key} is required when ${prop} is ${owner}`
          : `${key} is only used when ${prop} is ${owner}, but ${prop} is ${String(p.kind)}; remove it`;
      return { ...base, path: [...path, key], atKey: p.problem !== 'missing', message: `${subject(path)}: ${message}` };
    }
    default:
      return { ...base, path, message: `${subject(path)}: ${e.message ?? e.keyword}` };
  }
}

function countMessage(keyword: string, keys: string[], count: number): string {
  if (keyword === 'atLeastOneOf') return `set at least one of ${keys.join(', ')}`;
  if (keyword === 'atMostOneOf') return `set at most one of ${keys.join(' or ')}`;
  return count === 0 ? `set one of ${keys.join(' or ')}` : `set only one of ${keys.join(' or ')}, not both`;
}
