// Regenerates generated/ from schema/ (the single source of truth). With --check it writes nothing and
// exits 1 when a generated file is stale, so CI and `npm test` catch a schema edit without `npm run generate`.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { k8sOutputs } from './k8s-crds.mjs';
import { configValidatorModule, planValidatorModule } from './config-validator.mjs';

const outputs = [
  { schema: 'schema/vmcp-config.schema.json', out: 'generated/vmcp-config.ts', name: 'vmcpConfigSchema' },
  { schema: 'schema/plan.schema.json', out: 'generated/plan.ts', name: 'planSchema' },
];
const check = process.argv.includes('--check');
const banner = '/* Generated from schema/ by scripts/generate.mjs: do not edit. */';

// The config schema itself, as a module: the compiler reads it like code (schema-check.ts), so the build
// carries it and no path to schema/ has to be worked out at run time. The plan's is used only compiled
// (generated/validate-plan.ts).
const schemaModule = {
  out: 'generated/schemas.ts',
  text:
    banner +
    '\n\n' +
    outputs
      .filter(({ name }) => name === 'vmcpConfigSchema')
      .map(({ schema, name }) => `export const ${name} = ${readFileSync(schema, 'utf8').trim()} as const;\n`)
      .join('\n'),
};

let stale = 0;
const files = [];
const compileTypes = (json) => compile(json, json.title, {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  format: true,
  style: { singleQuote: true, printWidth: 110 },
});
for (const { schema, out } of outputs) {
  files.push({ out, text: await compileTypes(JSON.parse(readFileSync(schema, 'utf8'))) });
}
files.push(schemaModule, configValidatorModule(banner), planValidatorModule(banner));
files.push(...(await k8sOutputs(compileTypes, banner)));
for (const { out, text: ts } of files) {
  if (check) {
    if (!existsSync(out) || readFileSync(out, 'utf8') !== ts) {
      console.error(`${out} is stale: run npm run generate and commit the result`);
      stale++;
    }
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, ts);
  }
}
if (stale) process.exit(1);
