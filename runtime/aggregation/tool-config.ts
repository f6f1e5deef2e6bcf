/**
 * Per-backend tool shaping, in ToolHive's order: overrides first (tool_adapter.go processBackendTools, called
 * from default_aggregator.go:118-123 "before conflict resolution"); every overridden tool then takes part in
 * conflict resolution, and only afterwards do visibility (excludeAllTools, excludeAll, defaultToolVisibility)
 * and the filter decide what is advertised (default_aggregator.go:388-392 calls shouldAdvertiseTool, :705-739,
 * with the name after the override and before any prefix). So a hidden tool still wins or loses a name, and a filter
 * written for the name clients see keeps working when an override renames the tool.
 */
import type { Tool } from '@modelcontextprotocol/server';
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan, ToolOverridePlan, WorkloadToolsPlan } from '../../generated/plan.js';

export interface ShapedTool {
  /** The name the backend knows the tool by (calls are routed with it). */
  original: string;
  /** The tool as exposed before conflict resolution (overrides applied). */
  tool: Tool;
  /** Listed to clients (and callable) if it keeps a name through conflict resolution. */
  advertised: boolean;
}

export function shapeTools(backend: string, tools: readonly Tool[], plan: DeepReadonly<AggregationPlan>): ShapedTool[] {
  const config = plan.tools.find((t) => t.workload === backend);
  return tools.map((tool) => {
    const shaped = applyOverride(tool, config && overrideFor(config, tool.name));
    return { original: tool.name, tool: shaped, advertised: advertised(plan, config, shaped.name) };
  });
}

// Own keys only: a backend tool named "constructor" must not pick up Object.prototype's.
const overrideFor = (config: DeepReadonly<WorkloadToolsPlan>, name: string): DeepReadonly<ToolOverridePlan> | undefined =>
  Object.hasOwn(config.overrides, name) ? config.overrides[name] : undefined;

function advertised(plan: DeepReadonly<AggregationPlan>, config: DeepReadonly<WorkloadToolsPlan> | undefined, name: string): boolean {
  if (plan.excludeAllTools) return false;
  if (!config) return plan.defaultToolVisibility !== 'deny';
  if (config.excludeAll) return false;
  return config.filter === null || config.filter.includes(name);
}

function applyOverride(tool: Tool, override: DeepReadonly<ToolOverridePlan> | undefined): Tool {
  if (!override) return tool;
  const shaped: Tool = { ...tool };
  if (override.name !== null) shaped.name = override.name;
  if (override.description !== null) shaped.description = override.description;
  if (override.annotations !== null) shaped.annotations = { ...tool.annotations, ...override.annotations };
  return shaped;
}
