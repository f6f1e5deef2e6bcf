/**
 * vmcp's own JSON Schema keywords. They keep rules that plain JSON Schema can only say with
 * oneOf/if/then (which give poor messages and poor generated types) in schema/, the single source of truth.
 */
import type { FuncKeywordDefinition, JSONType } from 'ajv';

type KeywordDefinition = FuncKeywordDefinition;

type Obj = Record<string, unknown>;
export interface KeywordError {
  keyword: string;
  message: string;
  params: { key?: string };
}

/** Ajv reads a custom keyword's errors from a property of its validate function. */
function keyword<S>(name: string, schemaType: JSONType, test: (schema: S, data: unknown) => KeywordError[]): KeywordDefinition {
  const validate = Object.assign(
    (schema: S, data: unknown): boolean => {
      const errors = test(schema, data);
      validate.errors = errors;
      return errors.length === 0;
    },
    { errors: [] as KeywordError[] },
  );
  return { keyword: name, schemaType, errors: true, validate: validate as unknown as KeywordDefinition['validate'] };
}

/** The same, for keywords that only look at mappings. */
function objectKeyword<S>(name: string, schemaType: JSONType, test: (schema: S, data: Obj) => KeywordError[]): KeywordDefinition {
  return keyword<S>(name, schemaType, (schema, data) =>
    typeof data === 'object' && data !== null && !Array.isArray(data) ? test(schema, data as Obj) : [],
  );
}

const err = (kw: string, message: string, key?: string): KeywordError => ({ keyword: kw, message, params: key === undefined ? {} : { key } });
const present = (data: Obj, keys: readonly string[]) => keys.filter((k) => data[k] !== undefined);
const list = (keys: readonly string[]) => keys.join(' or ');

interface BlockSpec {
  property: string;
  blocks: Record<string, string>;
  optionalBlocks?: Record<string, string>;
}

export const customKeywords: KeywordDefinition[] = [
  // A key vmcp knows from ToolHive but does not implement: present at all is an error, never ignored.
  keyword<string>('notSupported', 'string', (what) => [err('notSupported', `${what} is not supported yet by vmcp; remove this key`)]),
  keyword<string[]>('notSupportedValues', 'array', (values, data) =>
    typeof data === 'string' && values.includes(data) ? [err('notSupportedValues', `"${data}" is not supported yet by vmcp`)] : [],
  ),
  objectKeyword<string[]>('exactlyOneOf', 'array', (keys, data) => {
    const set = present(data, keys);
    if (set.length === 1) return [];
    return [err('exactlyOneOf', set.length === 0 ? `set one of ${list(keys)}` : `set only one of ${list(keys)}, not both`)];
  }),
  objectKeyword<string[]>('atMostOneOf', 'array', (keys, data) =>
    present(data, keys).length <= 1 ? [] : [err('atMostOneOf', `set at most one of ${list(keys)}`)],
  ),
  objectKeyword<string[]>('atLeastOneOf', 'array', (keys, data) =>
    present(data, keys).length > 0 ? [] : [err('atLeastOneOf', `set at least one of ${keys.join(', ')}`)],
  ),
  // `type` picks which sibling block is required, and blocks belonging to other types are mistakes.
  objectKeyword<BlockSpec>('blockFor', 'object', (spec, data) => {
    const kind = data[spec.property];
    if (typeof kind !== 'string') return [];
    const errors: KeywordError[] = [];
    const required = spec.blocks[kind];
    if (required !== undefined && data[required] === undefined) {
      errors.push(err('blockFor', `${required} is required when ${spec.property} is ${kind}`, required));
    }
    for (const [owner, block] of Object.entries({ ...spec.blocks, ...spec.optionalBlocks })) {
      if (owner !== kind && data[block] !== undefined) {
        errors.push(err('blockFor', `${block} is only used when ${spec.property} is ${owner}, but ${spec.property} is ${kind}; remove it`, block));
      }
    }
    return errors;
  }),
];

/** Annotation-only keywords: read by json-schema-to-typescript, ignored by validation. */
export const annotationKeywords = ['tsType'];
