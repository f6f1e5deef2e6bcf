/**
 * spec.config.aggregation -> the config's aggregation: ToolHive's defaults written out, and each
 * tools[].toolConfigRef replaced by what its MCPToolConfig says, merged as ToolHive's operator merges it
 * (pkg/vmcpconfig/converter.go resolveToolConfigRef): the entry's own filter wins when it has one, its own
 * overrides win per tool, the MCPToolConfig fills in the rest.
 */
import type { MCPToolConfigSpec, ToolOverride as CrdOverride } from '../../generated/k8s-mcptoolconfig.js';
import type { Aggregation, ToolOverride } from '../../generated/vmcp-config.js';
import { formatPath } from '../diagnostics.js';
import { defined } from './convert-auth-server.js';
import { UnresolvedRefError } from './unresolved-ref.js';

export interface AggregationResult {
  aggregation: Aggregation;
  /** formatPath of a converted field (`aggregation.tools[0].filter`, `...overrides.x`) -> the MCPToolConfig it came from. */
  fromToolConfig: Map<string, string>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function convertAggregation(value: unknown, toolConfigs: ReadonlyMap<string, MCPToolConfigSpec>): AggregationResult {
  const fromToolConfig = new Map<string, string>();
  const withRefs = isObject(value) && Array.isArray(value.tools) ? { ...value, tools: value.tools.map((t, i) => mergeToolConfig(t, i, toolConfigs, fromToolConfig)) } : value;
  return { aggregation: withDefaults(withRefs), fromToolConfig };
}

function mergeToolConfig(tool: unknown, index: number, toolConfigs: ReadonlyMap<string, MCPToolConfigSpec>, origin: Map<string, string>): unknown {
  if (!isObject(tool) || !isObject(tool.toolConfigRef)) return tool;
  const { toolConfigRef, ...rest } = tool;
  const name = String(toolConfigRef.name);
  const tc = toolConfigs.get(name);
  if (!tc) throw new UnresolvedRefError(`toolConfigRef "${name}" was not resolved before conversion`);
  const at = (...p: (string | number)[]) => formatPath(['aggregation', 'tools', index, ...p]);
  const out: Record<string, unknown> = { ...rest };
  const ownFilter = Array.isArray(rest.filter) && rest.filter.length > 0;
  if (!ownFilter && (tc.toolsFilter?.length ?? 0) > 0) {
    out.filter = tc.toolsFilter;
    origin.set(at('filter'), name);
  }
  const own = isObject(rest.overrides) ? rest.overrides : {};
  const added = Object.entries(tc.toolsOverride ?? {}).filter(([tool]) => own[tool] === undefined);
  if (added.length > 0) {
    out.overrides = { ...own, ...Object.fromEntries(added.map(([tool, o]) => [tool, override(o!)])) };
    for (const [tool] of added) origin.set(at('overrides', tool), name);
  }
  return out;
}

/** ToolHive treats an empty name or description as "leave it as it is". */
const override = (o: CrdOverride): ToolOverride =>
  defined({ name: o.name || undefined, description: o.description || undefined, annotations: o.annotations }) as ToolOverride;

/** The CRD's defaults: prefix conflict resolution with `{workload}_`, written out so the ConfigMap says what runs. */
function withDefaults(value: unknown): Aggregation {
  if (!isObject(value)) {
    return value === undefined ? { conflictResolution: 'prefix', conflictResolutionConfig: { prefixFormat: '{workload}_' } } : (value as Aggregation);
  }
  const agg = value as Aggregation;
  const strategy = agg.conflictResolution ?? 'prefix';
  if (strategy !== 'prefix' || agg.conflictResolutionConfig?.prefixFormat !== undefined) return { ...agg, conflictResolution: strategy };
  return { ...agg, conflictResolution: strategy, conflictResolutionConfig: { ...agg.conflictResolutionConfig, prefixFormat: '{workload}_' } };
}
