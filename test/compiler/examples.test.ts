/** Every YAML example in examples/ (not the Kubernetes manifests) validates without errors. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../compiler/index.js';

const files = readdirSync('examples').filter((f) => f.endsWith('.yaml'));

describe('examples', () => {
  it.each(files)('%s compiles', (name) => {
    const file = join('examples', name);
    const r = compileSources({ file, bytes: readFileSync(file) });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
