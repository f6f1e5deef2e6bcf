/**
 * The names clients will see, as far as the plan alone decides them: the rule of the conflict strategy and,
 * per backend, the pattern its tool and prompt names follow, which tools are listed, and the overrides.
 * The names themselves depend on what the backends offer (`--connect`, connect.ts). The patterns come from the
 * runtime's own prefix function, so they cannot drift from what is served.
 */
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan, WorkloadToolsPlan } from '../../generated/plan.js';
import { DEFAULT_PREFIX_FORMAT, prefixedName } from '../../runtime/aggregation/prefix.js';
import type { RuntimePlan } from '../../runtime/contract.js';

export interface NamingFacts {
  conflictResolution: AggregationPlan['conflictResolution'];
  /** The prefix format in force (the plan's, or the default). */
  prefixFormat: string;
  priorityOrder: string[];
  rules: { tools: string; prompts: string; resources: string };
  backends: BackendNaming[];
}

export interface BackendNaming {
  backend: string;
  /** A tool's name as clients see it, `<tool>` standing for the name the backend gives it. */
  tools: string;
  prompts: string;
  /** Which of its tools are listed. */
  visibility: string;
  overrides: { tool: string; name: string | null; exposedAs: string; description: boolean; annotations: boolean }[];
}

const TOOL = '<tool>';
const PROMPT = '<prompt>';

export function namingFacts(plan: RuntimePlan): NamingFacts {
  const a = plan.aggregation;
  const format = a.prefixFormat ?? DEFAULT_PREFIX_FORMAT;
  return {
    conflictResolution: a.conflictResolution,
    prefixFormat: format,
    priorityOrder: [...a.priorityOrder],
    rules: rules(a, format),
    backends: plan.backends.map((b) => backendNaming(b.name, a)),
  };
}

function rules(a: DeepReadonly<AggregationPlan>, format: string): NamingFacts['rules'] {
  const quoted = JSON.stringify(format);
  const tools = {
    prefix: `every tool is named ${quoted} + its name (after overrides)${format.includes('{workload}') ? ', {workload} being the backend name' : ''}`,
    priority: `tools keep their names; when backends offer the same name, the one earliest in priorityOrder (${a.priorityOrder.join(', ')}) keeps it and the others lose that tool; when none of them is listed, all keep it as "${DEFAULT_PREFIX_FORMAT}<tool>"`,
    manual: 'tools keep their names (after overrides); two tools with one name fail the whole aggregation: nothing is listed until the config changes',
  }[a.conflictResolution];
  const prompts =
    a.conflictResolution === 'priority'
      ? `prompts of backends in priorityOrder keep their names (the earliest wins a shared name); the others are named ${quoted} + their name; a name still shared is dropped`
      : `every prompt is named ${quoted} + its name; a name two backends still share is dropped`;
  const resources = 'resources and resource templates keep their URIs; a URI several backends offer goes to the backend whose name sorts first';
  return { tools, prompts, resources };
}

function backendNaming(backend: string, a: DeepReadonly<AggregationPlan>): BackendNaming {
  const listed = a.conflictResolution === 'priority' && a.priorityOrder.includes(backend);
  const name = (n: string) => (a.conflictResolution === 'prefix' ? prefixedName(a.prefixFormat, backend, n) : n);
  const config = a.tools.find((t) => t.workload === backend);
  return {
    backend,
    tools: name(TOOL),
    prompts: listed ? PROMPT : prefixedName(a.prefixFormat, backend, PROMPT),
    visibility: visibility(a, config),
    overrides: Object.entries(config?.overrides ?? {}).flatMap(([tool, o]) =>
      o === undefined ? [] : [{ tool, name: o.name, exposedAs: name(o.name ?? tool), description: o.description !== null, annotations: o.annotations !== null }],
    ),
  };
}

/** As runtime/aggregation/tool-config.ts decides what is advertised. */
function visibility(a: DeepReadonly<AggregationPlan>, config: DeepReadonly<WorkloadToolsPlan> | undefined): string {
  if (a.excludeAllTools) return 'no tools listed (excludeAllTools)';
  if (!config) return a.defaultToolVisibility === 'deny' ? 'no tools listed (defaultToolVisibility deny, no tools entry)' : 'all tools listed';
  if (config.excludeAll) return 'no tools listed (excludeAll)';
  if (config.filter === null) return 'all tools listed';
  return config.filter.length === 0 ? 'no tools listed (empty filter)' : `only ${config.filter.join(', ')} (filter, names after overrides)`;
}
