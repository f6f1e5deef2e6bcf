/** Which backend serves a resource URI: a listed resource first, then the first template (plan order) matching it. */
import { UriTemplate } from '@modelcontextprotocol/server';
import type { AggregatedCatalog } from './types.js';

export function resourceOwner(catalog: AggregatedCatalog, uri: string): string | undefined {
  const exact = catalog.resourceRoutes.get(uri);
  if (exact) return exact.backend;
  for (const { template, backend } of catalog.templateOwners) {
    if (compiled(template).match(uri) !== null) return backend;
  }
  return undefined;
}

// Templates repeat across catalogs rebuilt after list_changed; parsing once per text keeps reads cheap.
const cache = new Map<string, UriTemplate>();
function compiled(template: string): UriTemplate {
  let t = cache.get(template);
  if (!t) {
    t = new UriTemplate(template);
    if (cache.size > 10_000) cache.clear();
    cache.set(template, t);
  }
  return t;
}
