import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../../runtime/errors.js';
import { loadPlanFile, parsePlan } from '../../runtime/load-plan.js';
import { compileYaml } from '../helpers/compile.js';

const yaml = readFileSync('examples/quickstart.yaml', 'utf8');

describe('loading a plan JSON', () => {
  it('loads what `vmcp compile` writes, frozen, equal to the compiled plan', () => {
    const compiled = compileYaml(yaml, 'examples/quickstart.yaml');
    const plan = parsePlan(compiled.planJson!, 'plan.json');
    expect(plan).toEqual(compiled.plan);
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.routes[0])).toBe(true);
  });

  it('refuses a document that is not a plan, saying where', () => {
    const compiled = JSON.parse(compileYaml(yaml).planJson!) as Record<string, unknown>;
    expect(() => parsePlan(JSON.stringify({ ...compiled, planVersion: 2 }), 'p.json')).toThrow(/p\.json: not a valid vmcp plan[\s\S]*\/planVersion/);
    expect(() => parsePlan('{', 'p.json')).toThrow(RuntimeError);
    expect(() => parsePlan(JSON.stringify({ ...compiled, routes: [{ path: '/', match: 'any' }] }), 'p.json')).toThrow(/\/routes\/0/);
  });

  it('reports an unreadable file with a code', () => {
    expect(() => loadPlanFile('/no/such/plan.json')).toThrow(expect.objectContaining({ code: 'VMCP_PLAN_UNREADABLE' }));
  });
});
