/** Finding the object a ref names (same namespace only) and checking it as the API server and ToolHive would. */
import { checkAuthConfigSpec, checkOidcConfigSpec, checkTelemetryConfigSpec } from './cross-field.js';
import { checkCrdSchema, describeProblems, type FieldProblem } from './crd-schema-check.js';
import { describe, KIND_AUTH_CONFIG, KIND_OIDC_CONFIG, KIND_TELEMETRY_CONFIG, type ReferencedKind, type Resource } from './resources.js';

/** The CEL rules and controller checks of each kind, after its schema passed. */
const CROSS_FIELD: Partial<Record<ReferencedKind, (spec: never) => FieldProblem[]>> = {
  [KIND_AUTH_CONFIG]: checkAuthConfigSpec,
  [KIND_OIDC_CONFIG]: checkOidcConfigSpec,
  [KIND_TELEMETRY_CONFIG]: checkTelemetryConfigSpec,
};

export type Lookup = { found: Resource } | { missing: string; elsewhere: string[] };

/** `name` in the server's namespace; if it is not there, the namespaces that have one of that name (for the message). */
export function lookup(server: Resource, name: string, candidates: readonly Resource[]): Lookup {
  const found = candidates.find((r) => r.namespace === server.namespace && r.name === name);
  if (found) return { found };
  return { missing: name, elsewhere: candidates.filter((r) => r.name === name).map((r) => r.namespace) };
}

/** "exists only in namespace a, b" or "" */
export const elsewhereText = (l: { elsewhere: string[] }, ns: string): string =>
  l.elsewhere.length === 0 ? '' : ` (there is one in namespace ${l.elsewhere.map((n) => `"${n}"`).join(', ')}, but refs resolve in the VirtualMCPServer's namespace "${ns}" only)`;

/** Schema, then cross-field rules: a sentence naming every field to change, or undefined when it is valid. */
export function objectProblems(kind: ReferencedKind, found: Resource): string | undefined {
  const problems = checkCrdSchema(kind, found.object);
  const spec = (found.object.spec ?? {}) as never;
  if (problems.length === 0) problems.push(...(CROSS_FIELD[kind]?.(spec) ?? []));
  return problems.length === 0 ? undefined : `${describe(found)}: ${describeProblems(problems)}`;
}
