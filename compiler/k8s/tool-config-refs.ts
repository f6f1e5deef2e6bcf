/**
 * ToolHive's `spec.config.aggregation.tools[].toolConfigRef: {name}` names an MCPToolConfig. spec.config is
 * otherwise checked by the YAML path's schema after conversion, which does not know this Kubernetes-only key;
 * so the refs are found (and their shape checked) here, and the converter replaces them by what they name.
 */
export interface ToolConfigRef {
  /** Index in spec.config.aggregation.tools. */
  index: number;
  name: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function toolConfigRefs(config: Record<string, unknown> | undefined): { refs: ToolConfigRef[] } | { problem: string } {
  const tools = isObject(config?.aggregation) ? config.aggregation.tools : undefined;
  if (!Array.isArray(tools)) return { refs: [] };
  const refs: ToolConfigRef[] = [];
  for (const [index, tool] of tools.entries()) {
    if (!isObject(tool) || tool.toolConfigRef === undefined) continue;
    const ref = tool.toolConfigRef;
    const at = `spec.config.aggregation.tools[${index}].toolConfigRef`;
    if (!isObject(ref) || typeof ref.name !== 'string' || ref.name === '') return { problem: `${at}.name is required: the name of an MCPToolConfig in this namespace` };
    const extra = Object.keys(ref).find((k) => k !== 'name');
    if (extra !== undefined) return { problem: `${at}.${extra} is not a field of this resource; remove it or check its spelling` };
    refs.push({ index, name: ref.name });
  }
  return { refs };
}
