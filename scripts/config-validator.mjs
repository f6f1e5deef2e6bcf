// generated/validate-config.ts and generated/validate-plan.ts: the config and plan schemas compiled by Ajv
// ahead of time (standalone code), so a cold `vmcp validate` does not spend a hundred milliseconds compiling
// the one, nor a `vmcp serve plan.json` the other. Options must stay as they are here:
// compiler/schema-check.ts reads the errors the config's code produces, runtime/load-plan.ts the plan's.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { annotationKeywords, customKeywords } from './schema-keywords.mjs';

export function configValidatorModule(banner) {
  return validatorModule('schema/vmcp-config.schema.json', 'generated/validate-config.ts', banner, (ajv) => {
    for (const k of customKeywords) ajv.addKeyword(k);
    for (const k of annotationKeywords) ajv.addKeyword({ keyword: k, schemaType: 'string' });
  });
}

/** The plan's schema has none of the config's own keywords. */
export function planValidatorModule(banner) {
  return validatorModule('schema/plan.schema.json', 'generated/validate-plan.ts', banner, () => {});
}

function validatorModule(schemaFile, out, banner, keywords) {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, inlineRefs: false, code: { source: true, esm: true, lines: true } });
  keywords(ajv);
  let code = standaloneCode.default(ajv, ajv.compile(schema));
  // Ajv's ESM output still requires its one runtime helper (string length in code points, for minLength);
  // CommonJS default-import interop differs between Node and bundlers, so inline its one-line equivalent.
  code = code
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', '((s) => Array.from(s).length)')
    .replace(/^"use strict";/, '');
  if (code.includes('require(')) throw new Error(`Ajv standalone code for ${schemaFile} needs a runtime helper that config-validator.mjs does not inline`);
  return { out, text: `// @ts-nocheck\n${banner}\n${code}\n` };
}
