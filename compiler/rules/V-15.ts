import type { Rule } from './rule.js';
import { arr, obj, str } from '../config-view.js';

/**
 * V-15: `groupRef` without `backends` is ToolHive's dynamic mode: the backends are the group's workloads,
 * discovered at start (pkg/vmcp/cli/serve.go discoverBackends: static mode only when len(cfg.Backends) > 0).
 * vmcp has no discovery yet, so such a config would serve no backend at all: refused, with what to do.
 */
export const V15: Rule = {
  id: 'V-15',
  check(config) {
    const c = obj(config);
    const group = str(c?.groupRef);
    if (!c || group === undefined || group === '' || arr(c.backends).length > 0) return [];
    return [
      {
        severity: 'error',
        rule: 'V-15',
        path: c.backends === undefined ? ['groupRef'] : ['backends'],
        message: `groupRef "${group}" without backends asks vmcp to discover the group's backends, which is not supported yet by vmcp; list the group's MCP servers under backends (name, url, transport), as ToolHive's static mode does`,
      },
    ];
  },
};
