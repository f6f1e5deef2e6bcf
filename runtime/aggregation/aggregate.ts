/**
 * The aggregation engine: pure, from the per-backend catalogs (in plan order) and the aggregation plan to
 * one catalog with routing tables. Tools and prompts go through conflict resolution; resources keep their
 * URIs (they are global names already), and on a duplicate URI the first backend in plan order owns it.
 */
import type { Prompt, Resource, ResourceTemplateType as ResourceTemplate, Tool } from '@modelcontextprotocol/server';
import type { DeepReadonly } from '../../common/freeze.js';
import type { AggregationPlan } from '../../generated/plan.js';
import { resolveNames, type Candidate } from './naming.js';
import { shapeTools } from './tool-config.js';
import type { AggregatedCatalog, BackendCatalog, Route } from './types.js';

export function aggregate(
  catalogs: ReadonlyMap<string, BackendCatalog>,
  plan: DeepReadonly<AggregationPlan>,
): AggregatedCatalog {
  const toolCandidates: Candidate<Tool>[] = [];
  const promptCandidates: Candidate<Prompt>[] = [];
  const resources: Resource[] = [];
  const resourceRoutes = new Map<string, Route>();
  const resourceTemplates: ResourceTemplate[] = [];
  const templateOwners: { template: string; backend: string }[] = [];
  const seenTemplates = new Set<string>();

  for (const [backend, catalog] of catalogs) {
    for (const s of shapeTools(backend, catalog.tools, plan)) {
      toolCandidates.push({ backend, original: s.original, name: s.tool.name, item: s.tool });
    }
    for (const p of catalog.prompts) {
      promptCandidates.push({ backend, original: p.name, name: p.name, item: p });
    }
    for (const r of catalog.resources) {
      if (resourceRoutes.has(r.uri)) continue;
      resourceRoutes.set(r.uri, { backend, name: r.uri });
      resources.push(r);
    }
    for (const t of catalog.resourceTemplates) {
      templateOwners.push({ template: t.uriTemplate, backend });
      if (seenTemplates.has(t.uriTemplate)) continue;
      seenTemplates.add(t.uriTemplate);
      resourceTemplates.push(t);
    }
  }

  const tools = resolveNames('tool', toolCandidates, plan, (t, name) => ({ ...t, name }));
  const prompts = resolveNames('prompt', promptCandidates, plan, (p, name) => ({ ...p, name }));
  return {
    tools: tools.items,
    toolRoutes: tools.routes,
    prompts: prompts.items,
    promptRoutes: prompts.routes,
    resources,
    resourceRoutes,
    resourceTemplates,
    templateOwners,
    conflicts: [...tools.conflicts, ...prompts.conflicts],
  };
}
