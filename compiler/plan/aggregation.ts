import type { AggregationPlan, ToolOverridePlan } from '../../generated/plan.js';
import type { ToolOverride, VmcpConfig } from '../../generated/vmcp-config.js';

/** The CRD default, used when a file leaves conflict resolution out. */
const DEFAULT_PREFIX_FORMAT = '{workload}_';

export function buildAggregation(config: VmcpConfig): AggregationPlan {
  const agg = config.aggregation ?? {};
  const strategy = agg.conflictResolution ?? 'prefix';
  return {
    conflictResolution: strategy,
    // Prompts are prefixed with it under every strategy (ToolHive conflict_resolver.go:52-60), tools only under prefix.
    prefixFormat: agg.conflictResolutionConfig?.prefixFormat ?? (strategy === 'prefix' ? DEFAULT_PREFIX_FORMAT : null),
    priorityOrder: strategy === 'priority' ? (agg.conflictResolutionConfig?.priorityOrder ?? []) : [],
    tools: (agg.tools ?? []).map((t) => ({
      workload: t.workload,
      // ToolHive advertises every tool when the filter list is empty (default_aggregator.go shouldAdvertiseTool: len(Filter) > 0).
      filter: t.filter !== undefined && t.filter.length > 0 ? t.filter : null,
      overrides: Object.fromEntries(Object.entries(t.overrides ?? {}).map(([tool, o]) => [tool, override(o!)])),
      excludeAll: t.excludeAll === true,
    })),
    excludeAllTools: agg.excludeAllTools === true,
    defaultToolVisibility: agg.defaultToolVisibility === 'deny' ? 'deny' : 'allow',
  };
}

const override = (o: ToolOverride): ToolOverridePlan => ({
  name: o.name ?? null,
  description: o.description ?? null,
  annotations: o.annotations ?? null,
});
