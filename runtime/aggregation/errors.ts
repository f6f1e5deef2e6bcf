/**
 * Why there is no aggregated catalog. ToolHive's `manual` resolver fails the whole aggregation when two tools
 * still share a name after overrides (pkg/vmcp/aggregator/manual_resolver.go:58-67 and :113-117, passed up by
 * default_aggregator.go:291-295 and :521-525), so its vMCP serves no list and no call (core_vmcp.go:573-576)
 * until the config changes. vmcp does the same: every request that needs the catalog gets this error. It is a
 * ProtocolError (-32603, as ToolHive answers) so the MCP layer passes it on as it is, naming what to fix.
 */
import { ProtocolError, ProtocolErrorCode } from '@modelcontextprotocol/server';

export interface ToolClash {
  name: string;
  /** One entry per tool, in plan order: a backend appears twice when two of its own tools clash. */
  backends: string[];
}

export const AGGREGATION_CONFLICT = 'VMCP_AGGREGATION_CONFLICT';

export class AggregationConflictError extends ProtocolError {
  constructor(readonly clashes: readonly ToolClash[]) {
    const list = clashes.map((c) => `"${c.name}" (backends ${c.backends.join(', ')})`).join('; ');
    super(
      ProtocolErrorCode.InternalError,
      `conflictResolution is manual and tool names clash after overrides: ${list}; give each its own name with aggregation.tools[].overrides (filters do not help: hidden tools keep their names), or use prefix or priority`,
      { vmcpCode: AGGREGATION_CONFLICT, clashes },
    );
    this.name = 'AggregationConflictError';
  }
}
