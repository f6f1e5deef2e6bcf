import type { Finding, PathSegment } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { arr, obj, str } from '../config-view.js';

interface Named {
  workload: string;
  tool: string;
  /** The name the tool gets: the override's, else its own. */
  name: string;
  at: PathSegment[];
  hasName: boolean;
}

/**
 * V-16: with conflictResolution manual, overrides give two tools one name (an override without a name keeps the
 * tool's own). Once both tools exist, ToolHive's manual resolver fails the whole aggregation
 * (pkg/vmcp/aggregator/manual_resolver.go:58-67, :113-117) and vmcp does the same at run time
 * (runtime/aggregation/tool-names.ts); seen in the config alone, it is refused here, before anything is served.
 */
export const V16: Rule = {
  id: 'V-16',
  check(config) {
    const agg = obj(obj(config)?.aggregation);
    if (agg?.conflictResolution !== 'manual') return [];
    const findings: Finding[] = [];
    const named: Named[] = [];
    arr(agg.tools).forEach((entry, i) => {
      const workload = str(obj(entry)?.workload) ?? `aggregation.tools[${i}]`;
      for (const [tool, o] of Object.entries(obj(obj(entry)?.overrides) ?? {})) {
        const override = obj(o);
        if (!override) continue;
        const at: PathSegment[] = ['aggregation', 'tools', i, 'overrides', tool];
        const name = str(override.name);
        named.push({ workload, tool, name: name ?? tool, at: name === undefined ? at : [...at, 'name'], hasName: name !== undefined });
      }
    });
    const first = new Map<string, Named>();
    for (const n of named) {
      const earlier = first.get(n.name);
      if (!earlier) {
        first.set(n.name, n);
        continue;
      }
      const tools = `"${earlier.tool}" of backend "${earlier.workload}" and "${n.tool}" of backend "${n.workload}"`;
      findings.push({
        severity: 'error',
        rule: 'V-16',
        path: n.at,
        atKey: !n.hasName,
        message: `overrides give ${tools} the same name "${n.name}": with conflictResolution manual two tools of one name fail the whole aggregation (every list and call is refused, as in ToolHive); choose another name, or use prefix or priority`,
      });
    }
    return findings;
  },
};
