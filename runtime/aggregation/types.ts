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

/** A name two or more backends wanted and that the strategy could not give to anyone (manual, unresolved). */
export interface Conflict {
  kind: 'tool' | 'prompt';
  name: string;
  backends: string[];
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
  /** Template owners in backend order, for resources/read of a URI no listed resource names. */
  templateOwners: readonly { template: string; backend: string }[];
  conflicts: Conflict[];
}
