import type { Finding, PathSegment } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { arr, obj, str } from '../config-view.js';

const CRC: PathSegment[] = ['aggregation', 'conflictResolutionConfig'];

/** V-10: the conflict-resolution strategy has what it needs, and tool visibility cannot hide a winner. */
export const V10: Rule = {
  id: 'V-10',
  check(config) {
    const agg = obj(obj(config)?.aggregation);
    if (!agg) return [];
    const findings: Finding[] = [];
    const emit = (path: PathSegment[], message: string) => findings.push({ severity: 'error', rule: 'V-10', path, message });
    const crc = obj(agg.conflictResolutionConfig);
    const tools = arr(agg.tools);
    const order = arr(crc?.priorityOrder).filter((w): w is string => typeof w === 'string');
    if (agg.conflictResolution === 'priority' && order.length === 0) {
      emit([...CRC, 'priorityOrder'], 'conflictResolution is priority but conflictResolutionConfig.priorityOrder is missing; list the backends, the first wins a name conflict');
    }
    // ToolHive's validator asks only for some tools entry (validator.go:423-427), even one with only a filter; a
    // clash left among the backends' tools fails the aggregation at run time (runtime/aggregation/tool-names.ts).
    if (agg.conflictResolution === 'manual' && tools.length === 0) {
      emit(['aggregation', 'tools'], 'conflictResolution is manual but aggregation.tools is empty; add tools entries whose overrides give clashing tools their own names, or use prefix');
    }
    if (agg.conflictResolution === 'priority' && agg.defaultToolVisibility === 'deny') {
      const listed = new Set(tools.map((t) => str(obj(t)?.workload)));
      order.forEach((w, i) => {
        if (!listed.has(w)) {
          emit([...CRC, 'priorityOrder', i], `with defaultToolVisibility deny, priorityOrder entry "${w}" has no aggregation.tools entry: it could win a name conflict and then be withheld, hiding the tool entirely; add a tools entry for "${w}" or remove it from priorityOrder`);
        }
      });
    }
    return findings;
  },
};
