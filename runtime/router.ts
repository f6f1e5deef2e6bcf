/**
 * The route table, built once from plan.routes. Like Go's ServeMux the longest matching route wins; an
 * exact route always beats a prefix route of the same path. `prefix` matches the path itself or anything
 * below it (`path + "/..."`), never a sibling such as `/oauthx` for `/oauth`.
 *
 * One rule of our own: a path under `/.well-known/` that no route under `/.well-known/` matches is
 * not found. It never falls through to the MCP catch-all `/`, so unknown discovery documents answer 404
 * instead of a 401 challenge (the contract: "other /.well-known/... paths answered 404 before and still do").
 */
import type { Route } from '../generated/plan.js';
import type { DeepReadonly } from '../common/freeze.js';

export type PlanRoute = DeepReadonly<Route>;

const WELL_KNOWN = '/.well-known/';

export interface Router {
  /** The route serving `path`, or null when none does (answer 404). */
  match(path: string): PlanRoute | null;
}

export function buildRouter(routes: readonly PlanRoute[]): Router {
  const exact = new Map<string, PlanRoute>();
  for (const r of routes) if (r.match === 'exact' && !exact.has(r.path)) exact.set(r.path, r);
  const prefixes = routes.filter((r) => r.match === 'prefix').sort((a, b) => b.path.length - a.path.length);

  const find = (path: string): PlanRoute | null => {
    const hit = exact.get(path);
    if (hit) return hit;
    for (const r of prefixes) if (underPrefix(path, r.path)) return r;
    return null;
  };
  return {
    match(path) {
      const route = find(path);
      if (route && path.startsWith(WELL_KNOWN) && !route.path.startsWith(WELL_KNOWN)) return null;
      return route;
    },
  };
}

function underPrefix(path: string, prefix: string): boolean {
  if (prefix === '/') return path.startsWith('/');
  return path === prefix || (path.startsWith(prefix) && path.charCodeAt(prefix.length) === 47); /* '/' */
}

/** The request target's path without the query; absolute-form targets (`GET http://h/p`) give their path. */
export function requestPath(url: string | undefined): string {
  if (url === undefined) return '';
  if (url.startsWith('/')) {
    const q = url.indexOf('?');
    return q === -1 ? url : url.slice(0, q);
  }
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
