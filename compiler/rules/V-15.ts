import type { Finding } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { discoversBackends, obj, str } from '../config-view.js';
import { parseDuration } from '../urls.js';

/** Shorter than this, vmcp would mostly ask ToolHive the same question again. */
const MIN_POLL_MS = 100;

/**
 * V-15: the `discovery` section. `groupRef` without `backends` is ToolHive's dynamic mode (pkg/vmcp/cli/serve.go
 * discoverBackends: static mode only when len(cfg.Backends) > 0): vmcp then polls ToolHive's local API for the
 * group's workloads. `discovery` says where and how often; with listed backends, or without a group, nothing
 * would read it, and ToolHive has no way to mix the two (its static mode ignores the group's workloads).
 */
export const V15: Rule = {
  id: 'V-15',
  check(config) {
    const c = obj(config);
    const d = obj(c?.discovery);
    if (!c || !d) return [];
    const out: Finding[] = [];
    if (!discoversBackends(config)) {
      const why = str(c.groupRef) ? 'backends are listed, so nothing is discovered (ToolHive\'s static mode)' : 'there is no groupRef to discover';
      out.push({
        severity: 'error',
        rule: 'V-15',
        path: ['discovery'],
        atKey: true,
        message: `discovery applies only to groupRef without backends, and ${why}; remove discovery, or set groupRef and remove backends to serve the group's workloads`,
      });
    }
    const interval = str(d.pollInterval);
    const ms = interval === undefined ? undefined : parseDuration(interval);
    if (ms !== undefined && ms < MIN_POLL_MS) {
      out.push({ severity: 'error', rule: 'V-15', path: ['discovery', 'pollInterval'], message: `discovery.pollInterval must be at least ${MIN_POLL_MS}ms, got ${interval}` });
    }
    return out;
  },
};
