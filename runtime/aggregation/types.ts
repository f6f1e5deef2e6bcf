/** What one backend offers and what the aggregated endpoint exposes, with the routes back to the owner. */
import type { Prompt, Resource, ResourceTemplateType as ResourceTemplate, Tool } from '@modelcontextprotocol/server';

/** The lists one backend returned, all pages walked. */
export interface BackendCatalog {
  tools: readonly Tool[];
  resources: readonly Resource[];
  resourceTemplates: readonly ResourceTemplate[];
  prompts: readonly Prompt[];
}

/** Where an exposed name leads: the backend that owns it and the name that backend knows it by. */
export interface Route {
  backend: string;
  name: string;
}

export interface AggregatedCatalog {
  tools: Tool[];
  resources: Resource[];
  resourceTemplates: ResourceTemplate[];
  prompts: Prompt[];
  toolRoutes: ReadonlyMap<string, Route>;
  promptRoutes: ReadonlyMap<string, Route>;
  /** Exact resource URIs; template-expanded URIs are resolved through `templateOwners`. */
  resourceRoutes: ReadonlyMap<string, Route>;
  /**
   * One owner per template string, sorted by it (code points): resources/read of a URI no listed resource
   * names goes to the first template matching it, as ToolHive's router (session_router.go:53-73) picks it.
   */
  templateOwners: readonly { template: string; backend: string }[];
}
