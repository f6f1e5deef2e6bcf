import type { Finding, PathSegment } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { arr, backendNames, discoversBackends, obj, str } from '../config-view.js';
import { didYouMean } from '../suggest.js';

/**
 * V-09: backend names are unique, and every place that names a backend names one that exists. When the
 * backends are discovered (groupRef without backends) the names are workloads known only at run time, so
 * only the listed ones are checked: none.
 */
export const V09: Rule = {
  id: 'V-09',
  check(config) {
    const c = obj(config);
    if (!c) return [];
    const findings: Finding[] = [];
    const emit = (path: PathSegment[], message: string, atKey = false) => findings.push({ severity: 'error', rule: 'V-09', path, message, atKey });
    const names = backendNames(config);
    const seen = new Map<string, number>();
    arr(c.backends).forEach((b, i) => {
      const name = str(obj(b)?.name);
      if (name === undefined) return;
      const first = seen.get(name);
      if (first !== undefined) emit(['backends', i, 'name'], `backend name "${name}" is already used by backends[${first}]; backend names must be unique`);
      else seen.set(name, i);
    });
    if (discoversBackends(config)) return findings;
    const unknown = (what: string, name: string) => `${what} "${name}" names no backend in backends${didYouMean(name, names)}`;
    for (const key of Object.keys(obj(obj(c.outgoingAuth)?.backends) ?? {})) {
      if (!seen.has(key)) emit(['outgoingAuth', 'backends', key], unknown('outgoingAuth.backends', key), true);
    }
    const aggregation = obj(c.aggregation);
    const workloads = new Map<string, number>();
    arr(aggregation?.tools).forEach((t, i) => {
      const w = str(obj(t)?.workload);
      if (!w) return;
      if (!seen.has(w)) emit(['aggregation', 'tools', i, 'workload'], unknown('aggregation.tools workload', w));
      const first = workloads.get(w);
      if (first !== undefined) emit(['aggregation', 'tools', i, 'workload'], `workload "${w}" already has an entry at aggregation.tools[${first}]; merge the two`);
      else workloads.set(w, i);
    });
    arr(obj(aggregation?.conflictResolutionConfig)?.priorityOrder).forEach((w, i) => {
      if (typeof w === 'string' && !seen.has(w)) emit(['aggregation', 'conflictResolutionConfig', 'priorityOrder', i], unknown('priorityOrder entry', w));
    });
    for (const key of Object.keys(obj(obj(obj(c.operational)?.timeouts)?.perWorkload) ?? {})) {
      if (!seen.has(key)) emit(['operational', 'timeouts', 'perWorkload', key], unknown('operational.timeouts.perWorkload', key), true);
    }
    return findings;
  },
};
