/**
 * Resources and resource templates keep their URIs: they are locators a client passes back verbatim, not names
 * to prefix. A URI (or template string) several backends offer is listed once, owned by the backend whose
 * name sorts first, as ToolHive decides it (pkg/vmcp/aggregator/capability_conflicts.go:118-139 and :247-274
 * iterate sorted backend ids, first wins; default_aggregator.go:330). The list keeps plan order.
 */
import type { Resource, ResourceTemplateType as ResourceTemplate } from '@modelcontextprotocol/server';
import type { Route } from './types.js';

/** Go's string order (UTF-8 bytes), which is code point order; JavaScript's `<` compares UTF-16 units. */
export const byCodePoints = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

type PerBackend<T> = readonly (readonly [string, readonly T[]])[];

function firstOwners<T>(byBackend: PerBackend<T>, key: (item: T) => string): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [backend, items] of byBackend) {
    for (const item of items) {
      const k = key(item);
      const owner = owners.get(k);
      if (owner === undefined || byCodePoints(backend, owner) < 0) owners.set(k, backend);
    }
  }
  return owners;
}

function listed<T>(byBackend: PerBackend<T>, key: (item: T) => string, owners: ReadonlyMap<string, string>): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const [backend, items] of byBackend) {
    for (const item of items) {
      const k = key(item);
      if (owners.get(k) !== backend || seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

export function resolveResources(byBackend: PerBackend<Resource>): { resources: Resource[]; routes: Map<string, Route> } {
  const owners = firstOwners(byBackend, (r) => r.uri);
  const resources = listed(byBackend, (r) => r.uri, owners);
  return { resources, routes: new Map(resources.map((r) => [r.uri, { backend: owners.get(r.uri)!, name: r.uri }])) };
}

/** `owners` sorted by template string: ToolHive's router tries templates in that order (router/session_router.go:53-73). */
export function resolveTemplates(byBackend: PerBackend<ResourceTemplate>): {
  templates: ResourceTemplate[];
  owners: { template: string; backend: string }[];
} {
  const owners = firstOwners(byBackend, (t) => t.uriTemplate);
  const sorted = [...owners].sort(([a], [b]) => byCodePoints(a, b)).map(([template, backend]) => ({ template, backend }));
  return { templates: listed(byBackend, (t) => t.uriTemplate, owners), owners: sorted };
}
