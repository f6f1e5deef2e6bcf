/**
 * Per-backend tool shaping before names meet, in ToolHive's order: overrides first (tool_adapter.go
 * processBackendTools, called from default_aggregator.go QueryCapabilities "before conflict resolution"),
 * then visibility (excludeAllTools, excludeAll, defaultToolVisibility) and the filter, which matches the
 * name after the override (default_aggregator.go shouldAdvertiseTool is given the post-override name).
 * A filter written for the name clients see therefore keeps working when an override renames the tool.
 */
import type { Tool } from '@modelcontextprotocol/server';
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan, ToolOverridePlan, WorkloadToolsPlan } from '../../generated/plan.js';

export interface ShapedTool {
  /** The name the backend knows the tool by (calls are routed with it). */
  original: string;
  /** The tool as exposed before conflict resolution (overrides applied). */
  tool: Tool;
}

export function shapeTools(
  backend: string,
  tools: readonly Tool[],
  plan: DeepReadonly<AggregationPlan>,
): ShapedTool[] {
  if (plan.excludeAllTools) return [];
  const config = plan.tools.find((t) => t.workload === backend);
  if (!config) return plan.defaultToolVisibility === 'deny' ? [] : tools.map((tool) => ({ original: tool.name, tool }));
  if (config.excludeAll) return [];
  return tools.map((tool) => applyOverride(tool, overrideFor(config, tool.name))).filter((s) => passesFilter(config, s.tool.name));
}

// Own keys only: a backend tool named "constructor" must not pick up Object.prototype's.
const overrideFor = (config: DeepReadonly<WorkloadToolsPlan>, name: string): DeepReadonly<ToolOverridePlan> | undefined =>
  Object.hasOwn(config.overrides, name) ? config.overrides[name] : undefined;

function passesFilter(config: DeepReadonly<WorkloadToolsPlan>, exposedName: string): boolean {
  return config.filter === null || config.filter.includes(exposedName);
}

function applyOverride(tool: Tool, override: DeepReadonly<ToolOverridePlan> | undefined): ShapedTool {
  if (!override) return { original: tool.name, tool };
  const shaped: Tool = { ...tool };
  if (override.name !== null) shaped.name = override.name;
  if (override.description !== null) shaped.description = override.description;
  if (override.annotations !== null) shaped.annotations = { ...tool.annotations, ...override.annotations };
  return { original: tool.name, tool: shaped };
}
