/**
 * Per-backend tool shaping before names meet: visibility (excludeAllTools, excludeAll,
 * defaultToolVisibility), the filter (matched against the backend's own names), then overrides.
 */
import type { Tool } from '@modelcontextprotocol/server';
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan, ToolOverridePlan, WorkloadToolsPlan } from '../../generated/plan.js';

export interface ShapedTool {
  /** The name the backend knows the tool by (calls are routed with it). */
  original: string;
  /** The tool as exposed before conflict resolution (overrides applied). */
  tool: Tool;
  /** True when an override renamed it: a manual rename is never prefixed again. */
  renamed: boolean;
}

export function shapeTools(
  backend: string,
  tools: readonly Tool[],
  plan: DeepReadonly<AggregationPlan>,
): ShapedTool[] {
  if (plan.excludeAllTools) return [];
  const config = plan.tools.find((t) => t.workload === backend);
  if (!config) return plan.defaultToolVisibility === 'deny' ? [] : tools.map((tool) => ({ original: tool.name, tool, renamed: false }));
  if (config.excludeAll) return [];
  return tools.filter((tool) => passesFilter(config, tool.name)).map((tool) => applyOverride(tool, config.overrides[tool.name]));
}

function passesFilter(config: DeepReadonly<WorkloadToolsPlan>, name: string): boolean {
  return config.filter === null || config.filter.includes(name);
}

function applyOverride(tool: Tool, override: DeepReadonly<ToolOverridePlan> | undefined): ShapedTool {
  if (!override) return { original: tool.name, tool, renamed: false };
  const shaped: Tool = { ...tool };
  if (override.name !== null) shaped.name = override.name;
  if (override.description !== null) shaped.description = override.description;
  if (override.annotations !== null) shaped.annotations = { ...tool.annotations, ...override.annotations };
  return { original: tool.name, tool: shaped, renamed: override.name !== null && override.name !== tool.name };
}
