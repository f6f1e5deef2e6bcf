/**
 * Mode A golden plans: every config under test/golden/ compiles to exactly the committed plan.json.
 * Only `npm run golden:update` (VMCP_GOLDEN_UPDATE=1) rewrites them.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../compiler/index.js';

const root = 'test/golden';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const update = process.env.VMCP_GOLDEN_UPDATE === '1';

describe('Mode A golden plans', () => {
  it('has the configs the issue asks for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of cases) {
    it(name, () => {
      const file = join(root, name, 'config.yaml');
      const result = compileSources({ file, bytes: readFileSync(file) });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.plan?.mode).toBe('A');
      const golden = join(root, name, 'plan.json');
      if (update || !existsSync(golden)) {
        if (!update) throw new Error(`${golden} is missing: run npm run golden:update and review it`);
        writeFileSync(golden, result.planJson!);
      }
      expect(result.planJson).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
