/**
 * The two paths agree: for each pair in equivalence/<name>/, `compile --k8s manifests.yaml` and
 * `compile config.yaml` print the same plan, byte for byte; so does the converted config itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { compileSources } from '../../compiler/index.js';
import { loadManifests, reconcileAll } from '../../compiler/k8s/index.js';
import { vmcp } from '../helpers/cli.js';

const root = 'test/k8s/equivalence';
const pairs = readdirSync(root).sort();

describe('Kubernetes and YAML paths give identical plans', () => {
  it('has Mode A and Mode B pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    const modes = pairs.map((p) => (parse(readFileSync(join(root, p, 'config.yaml'), 'utf8')).authServer ? 'B' : 'A'));
    expect(modes).toContain('A');
    expect(modes).toContain('B');
  });

  for (const pair of pairs) {
    it(pair, () => {
      const dir = join(root, pair);
      const config = parse(readFileSync(join(dir, 'config.yaml'), 'utf8')) as { name: string };
      const manifests = join(dir, 'manifests.yaml');
      // namespace.txt, when present, picks the server among same-named ones in other namespaces.
      const ns = existsSync(join(dir, 'namespace.txt')) ? readFileSync(join(dir, 'namespace.txt'), 'utf8').trim() : undefined;
      const fromK8s = vmcp(['compile', '--k8s', manifests, '--name', config.name, ...(ns ? ['--namespace', ns] : [])]);
      const fromYaml = vmcp(['compile', join(dir, 'config.yaml')]);
      expect(fromK8s.stderr).toBe('');
      expect(fromYaml.stderr).toBe('');
      expect(fromK8s.code).toBe(0);
      expect(fromYaml.code).toBe(0);
      expect(fromK8s.stdout.length).toBeGreaterThan(100);
      expect(fromK8s.stdout).toBe(fromYaml.stdout);
      // The converted config (what the operator writes to the ConfigMap's config.yaml) is itself a YAML-path config.
      const set = loadManifests([{ file: manifests, bytes: readFileSync(manifests) }]);
      const converted = reconcileAll(set).find((r) => r.name === config.name && (ns === undefined || r.namespace === ns))!.config;
      const viaConfigMap = compileSources({ file: 'config.yaml', bytes: stringify(converted) });
      expect(viaConfigMap.planJson).toBe(fromYaml.stdout);
    });
  }
});
