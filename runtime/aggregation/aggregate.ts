/**
 * The aggregation engine: pure, from the per-backend catalogs (in plan order) and the aggregation plan to one
 * catalog with routing tables, each kind named as ToolHive names it: tools by the conflict strategy
 * (tool-names.ts), prompts by their own policy (prompt-names.ts), resources and templates by URI
 * (uri-owners.ts). Throws AggregationConflictError when `manual` leaves two tools one name.
 */
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan } from '../../generated/plan.js';
import { resolvePrompts } from './prompt-names.js';
import { shapeTools } from './tool-config.js';
import { resolveTools, type ToolCandidate } from './tool-names.js';
import type { AggregatedCatalog, BackendCatalog } from './types.js';
import { resolveResources, resolveTemplates } from './uri-owners.js';

export function aggregate(catalogs: ReadonlyMap<string, BackendCatalog>, plan: DeepReadonly<AggregationPlan>): AggregatedCatalog {
  const entries = [...catalogs];
  const candidates: ToolCandidate[] = entries.flatMap(([backend, c]) => shapeTools(backend, c.tools, plan).map((s) => ({ ...s, backend })));
  const tools = resolveTools(candidates, plan);
  const prompts = resolvePrompts(entries.map(([b, c]) => [b, c.prompts] as const), plan);
  const resources = resolveResources(entries.map(([b, c]) => [b, c.resources] as const));
  const templates = resolveTemplates(entries.map(([b, c]) => [b, c.resourceTemplates] as const));
  return {
    tools: tools.tools,
    toolRoutes: tools.routes,
    prompts: prompts.prompts,
    promptRoutes: prompts.routes,
    resources: resources.resources,
    resourceRoutes: resources.routes,
    resourceTemplates: templates.templates,
    templateOwners: templates.owners,
  };
}
