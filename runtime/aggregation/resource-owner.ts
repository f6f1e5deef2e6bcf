/**
 * Which backend serves a resource URI, in ToolHive's order (router/session_router.go:168-186): a listed resource,
 * then a template given as its own string (subscribe and completion refs carry the template itself), then the
 * first template, in template-string order, whose expansion matches.
 */
import { UriTemplate } from '@modelcontextprotocol/server';
import type { AggregatedCatalog } from './types.js';

export function resourceOwner(catalog: AggregatedCatalog, uri: string): string | undefined {
  const exact = catalog.resourceRoutes.get(uri);
  if (exact) return exact.backend;
  const own = catalog.templateOwners.find((t) => t.template === uri);
  if (own) return own.backend;
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
