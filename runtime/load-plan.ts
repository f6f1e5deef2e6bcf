/**
 * Loads a plan JSON written by `vmcp compile`. The runtime trusts no file: the plan is checked against
 * schema/plan.schema.json (compiled ahead of time, generated/validate-plan.ts: compiling it at start cost
 * about 100 ms) and frozen, so handlers cannot change it.
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { deepFreeze } from '../common/freeze.js';
import type { Plan } from '../generated/plan.js';
import { validate as generatedValidate } from '../generated/validate-plan.js';
import type { RuntimePlan } from './contract.js';
import { RuntimeError } from './errors.js';

const validate = generatedValidate as unknown as ValidateFunction;

export function parsePlan(text: string, file: string): RuntimePlan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new RuntimeError('VMCP_PLAN_INVALID', `${file}: not JSON (${(e as Error).message}); give a plan written by \`vmcp compile\``);
  }
  if (!validate(value)) {
    const lines = (validate.errors ?? []).slice(0, 5).map((e) => `  ${describe(e)}`);
    throw new RuntimeError('VMCP_PLAN_INVALID', `${file}: not a valid vmcp plan; compile the config again with \`vmcp compile\`:\n${lines.join('\n')}`);
  }
  return deepFreeze(value as Plan);
}

export function loadPlanFile(file: string): RuntimePlan {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RuntimeError('VMCP_PLAN_UNREADABLE', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parsePlan(text, file);
}

function describe(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`;
}
