/** The backend prefix of a name: ToolHive's applyPrefixFormat (conflict_resolver.go:26-28), for tools and prompts alike. */
export const DEFAULT_PREFIX_FORMAT = '{workload}_';

/** `{workload}` is replaced by the backend name; a static format such as "backend_" is prepended as written. */
export function prefixedName(prefixFormat: string | null, backend: string, name: string): string {
  return (prefixFormat ?? DEFAULT_PREFIX_FORMAT).replaceAll('{workload}', backend) + name;
}
