/**
 * The flow as a Mermaid flowchart: client -> vmcp (incoming auth) -> each backend (outgoing strategy), and
 * who issues the client's token: an external OIDC issuer, or in Mode B vmcp's auth server with its upstream
 * IdPs (dotted: sign-in traffic, not MCP calls). Node ids are generated, labels escaped, so any backend
 * name or URL draws.
 */
import type { IncomingFacts, AuthServerFacts } from './auth.js';
import type { BackendFacts } from './backends.js';

export interface DiagramInput {
  name: string;
  mcpPath: string;
  incoming: IncomingFacts;
  backends: BackendFacts[];
  authServer: AuthServerFacts | null;
}

export function mermaidFlow(d: DiagramInput): string {
  const lines = ['flowchart LR', `  client(["MCP client"])`];
  const vmcp = `  vmcp["${label(`vmcp ${d.name}`)}<br/>${label(d.mcpPath)}"]`;
  if (d.authServer) {
    const as = d.authServer;
    lines.push('  subgraph gateway["one origin"]', `  ${vmcp}`, `    authsrv["${label('auth server')}<br/>${label(as.issuer)}"]`, '  end');
    as.upstreams.forEach((u, i) => lines.push(`  up${i}["${label(`upstream ${u.name} (${u.type})`)}<br/>${label(u.at)}"]`));
    lines.push(`  client -.->|"${label('signs in (OAuth 2.1)')}"| authsrv`);
    as.upstreams.forEach((_, i) => lines.push(`  authsrv -.->|"${label(`${i + 1}. sign-in${i === 0 ? ' (identity)' : ''}`)}"| up${i}`));
    lines.push(`  client -->|"${label(`Bearer ${d.incoming.short}`)}"| vmcp`, `  vmcp -.->|"${label('upstream tokens')}"| authsrv`);
  } else {
    lines.push(vmcp);
    if (d.incoming.tokensFrom === 'external_issuer') {
      lines.push(`  idp["${label('OIDC issuer')}<br/>${label(d.incoming.issuer ?? '')}"]`, `  client -.->|"${label('gets a token')}"| idp`);
    }
    lines.push(`  client -->|"${label(d.incoming.tokensFrom === 'none' ? d.incoming.short : `Bearer ${d.incoming.short}`)}"| vmcp`);
  }
  d.backends.forEach((b, i) => {
    const where = b.stdio ? [b.stdio.command, ...b.stdio.args].join(' ') : (b.url ?? '');
    lines.push(`  b${i}["${label(b.name)}<br/>${label(`${b.transport} ${where}`)}"]`, `  vmcp -->|"${label(b.outgoingAuth.short)}"| b${i}`);
  });
  return lines.join('\n') + '\n';
}

/** Text inside a quoted Mermaid label: quotes and angle brackets as entity codes, so no input ends the label. */
function label(text: string): string {
  return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
