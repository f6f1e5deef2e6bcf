// generated/validate-config.ts: the config schema compiled by Ajv ahead of time (standalone code), so a cold
// `vmcp validate` does not spend a hundred milliseconds compiling it. Options must stay as they are here:
// compiler/schema-check.ts reads the errors this code produces.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { annotationKeywords, customKeywords } from './schema-keywords.mjs';

export function configValidatorModule(banner) {
  const schema = JSON.parse(readFileSync('schema/vmcp-config.schema.json', 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, inlineRefs: false, code: { source: true, esm: true, lines: true } });
  for (const k of customKeywords) ajv.addKeyword(k);
  for (const k of annotationKeywords) ajv.addKeyword({ keyword: k, schemaType: 'string' });
  let code = standaloneCode.default(ajv, ajv.compile(schema));
  // Ajv's ESM output still requires its one runtime helper (string length in code points, for minLength);
  // CommonJS default-import interop differs between Node and bundlers, so inline its one-line equivalent.
  code = code
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', '((s) => Array.from(s).length)')
    .replace(/^"use strict";/, '');
  if (code.includes('require(')) throw new Error('Ajv standalone code needs a runtime helper that config-validator.mjs does not inline');
  return { out: 'generated/validate-config.ts', text: `// @ts-nocheck\n${banner}\n${code}\n` };
}
