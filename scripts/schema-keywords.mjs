// vmcp's own JSON Schema keywords, written as Ajv code generators so that the config validator can be
// compiled ahead of time (generated/validate-config.ts) instead of at every start of the CLI. They keep
// rules that plain JSON Schema can only say with oneOf/if/then (poor messages, poor generated types) in
// schema/. Errors carry only params; compiler/schema-check.ts turns them into sentences.
import { _, stringify } from 'ajv';

const isObject = (data) => _`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
const present = (data, key) => _`${data}[${stringify(key)}] !== undefined`;
/** Ajv copies an error's params from this: everything the keyword put in with setParams. */
const error = {
  message: ({ keyword }) => `fails ${keyword}`,
  params: ({ params }) => {
    const parts = Object.entries(params).map(([k, v]) => _`${k}: ${v}`);
    return parts.length === 0 ? _`{}` : _`{${parts.reduce((a, b) => _`${a}, ${b}`)}}`;
  },
};
const count = (data, keys) => keys.map((k) => _`(${present(data, k)} ? 1 : 0)`).reduce((a, b) => _`${a} + ${b}`);

/** Keywords that count how many of some sibling keys are present. */
function counting(keyword, fails) {
  return {
    keyword,
    schemaType: 'array',
    error,
    code(cxt) {
      const { data, schema, gen } = cxt;
      const n = gen.const('n', _`${isObject(data)} ? ${count(data, schema)} : -1`);
      cxt.setParams({ keys: stringify(schema), count: n }, true);
      cxt.fail(_`${n} >= 0 && (${fails(n)})`);
    },
  };
}

export const customKeywords = [
  {
    // A key vmcp knows from ToolHive but does not implement: present at all is an error, never ignored.
    keyword: 'notSupported',
    schemaType: 'string',
    error,
    code(cxt) {
      cxt.setParams({ what: stringify(cxt.schema) }, true);
      cxt.fail(_`true`);
    },
  },
  {
    keyword: 'notSupportedValues',
    schemaType: 'array',
    error,
    code(cxt) {
      cxt.fail(_`typeof ${cxt.data} == "string" && ${stringify(cxt.schema)}.includes(${cxt.data})`);
    },
  },
  counting('exactlyOneOf', (n) => _`${n} !== 1`),
  counting('atMostOneOf', (n) => _`${n} > 1`),
  counting('atLeastOneOf', (n) => _`${n} === 0`),
  {
    // `type` picks which sibling block is required; blocks belonging to other types are mistakes.
    keyword: 'blockFor',
    schemaType: 'object',
    error,
    code(cxt) {
      const { data, schema, gen } = cxt;
      const kind = _`${data}[${stringify(schema.property)}]`;
      gen.if(isObject(data), () => {
        for (const [owner, block] of Object.entries(schema.blocks)) {
          gen.if(_`${kind} === ${stringify(owner)} && !(${present(data, block)})`, () => {
            cxt.setParams({ key: stringify(block), problem: stringify('missing'), owner: stringify(owner), property: stringify(schema.property) }, true);
            cxt.error(true);
          });
        }
        for (const [owner, block] of Object.entries({ ...schema.blocks, ...schema.optionalBlocks })) {
          gen.if(_`${kind} !== ${stringify(owner)} && ${present(data, block)}`, () => {
            cxt.setParams({ key: stringify(block), problem: stringify('foreign'), owner: stringify(owner), property: stringify(schema.property), kind }, true);
            cxt.error(true);
          });
        }
      });
    },
  },
];

/** Annotation-only keywords: read by json-schema-to-typescript, ignored by validation. */
export const annotationKeywords = ['tsType'];
