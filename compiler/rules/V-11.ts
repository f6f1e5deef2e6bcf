import type { Finding, PathSegment } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { obj } from '../config-view.js';
import { parseDuration } from '../urls.js';

const FH: PathSegment[] = ['operational', 'failureHandling'];

/** V-11: timeouts and health checks that cannot work as written (zero intervals, checks that would queue up). */
export const V11: Rule = {
  id: 'V-11',
  check(config) {
    const op = obj(obj(config)?.operational);
    if (!op) return [];
    const findings: Finding[] = [];
    const emit = (path: PathSegment[], message: string) => findings.push({ severity: 'error', rule: 'V-11', path, message });
    const ms = (o: Record<string, unknown> | undefined, k: string) => parseDuration(o?.[k]);
    const timeouts = obj(op.timeouts);
    if (ms(timeouts, 'default') === 0) emit(['operational', 'timeouts', 'default'], 'operational.timeouts.default must be more than 0');
    for (const [w, v] of Object.entries(obj(timeouts?.perWorkload) ?? {})) {
      if (parseDuration(v) === 0) emit(['operational', 'timeouts', 'perWorkload', w], `operational.timeouts.perWorkload.${w} must be more than 0`);
    }
    const fh = obj(op.failureHandling);
    const interval = ms(fh, 'healthCheckInterval');
    const timeout = ms(fh, 'healthCheckTimeout');
    if (interval === 0) emit([...FH, 'healthCheckInterval'], 'healthCheckInterval must be more than 0');
    if (interval !== undefined && timeout !== undefined && timeout > 0 && timeout >= interval) {
      emit([...FH, 'healthCheckTimeout'], `healthCheckTimeout (${String(fh!.healthCheckTimeout)}) must be less than healthCheckInterval (${String(fh!.healthCheckInterval)}) so that checks do not queue up`);
    }
    const cb = obj(fh?.circuitBreaker);
    const cbTimeout = ms(cb, 'timeout');
    if (cb?.enabled === true && cbTimeout !== undefined && cbTimeout < 1000) {
      emit([...FH, 'circuitBreaker', 'timeout'], `circuitBreaker.timeout must be at least 1s so the breaker does not thrash; got ${JSON.stringify(cb.timeout)}`);
    }
    return findings;
  },
};
