/** `vmcp explain` for people: sections with aligned columns, secrets only by where they come from. */
import type { LiveCatalog } from './connect.js';
import type { Explanation } from './model.js';
import type { SecretUse } from './secrets.js';

export function explainText(e: Explanation): string {
  const modeWords = e.mode === 'B' ? 'vmcp is also the OAuth authorization server' : 'no auth server of its own';
  const out = [`${e.name}: mode ${e.mode} (${modeWords})${e.groupRef === null ? '' : `, group ${e.groupRef}`}`, `from ${e.source.join(' ')}`];
  const section = (title: string, lines: string[]) => out.push('', title, ...lines.map((l) => `  ${l}`));

  section('incoming auth', [`${e.incomingAuth.type}: ${e.incomingAuth.summary}`, ...secretLines(e.incomingAuth.secrets)]);

  const auth = (a: 'none' | 'required') => (a === 'none' ? 'none' : e.incomingAuth.short);
  section('routes (an exact path before a prefix, the longest prefix first)', [
    ...table(
      ['PATH', 'MATCH', 'HANDLER', 'AUTH', 'SERVES'],
      e.routes.map((r) => [r.path, r.match, r.handler, auth(r.auth), r.serves]),
    ),
    ...[...new Map(e.routes.filter((r) => r.path !== r.route.path).map((r) => [r.route.path, r])).values()].map(
      (r) => `any other path under ${r.route.path}: 404 from ${r.handler}${r.auth === 'required' ? ', after incoming auth' : ''}`,
    ),
    'a /.well-known/ path no route above names: 404',
  ]);

  const d = e.discovery;
  if (d) {
    section(`backends: discovered from group ${d.group} at run time`, [
      d.summary,
      ...table(
        [],
        [
          ['auth', `${d.defaultAuth}${d.ownAuth.length === 0 ? '' : ` (own entries: ${d.ownAuth.join(', ')})`}`],
        ],
      ),
    ]);
  } else section(
    `backends (${e.backends.length})`,
    e.backends.flatMap((b) => [
      b.name,
      ...table(
        [],
        [
          ['transport', b.transport],
          ...(b.stdio
            ? [['command', [b.stdio.command, ...b.stdio.args].map(shellWord).join(' ')], ['cwd', b.stdio.cwd ?? "vmcp's own"], ['env', b.stdio.env.join(', ') || 'none']]
            : [['url', b.url ?? '']]),
          ['timeout', duration(b.timeoutMs)],
          ['auth', `${b.outgoingAuth.type}: ${b.outgoingAuth.summary}`],
          ['secrets', b.secrets.length === 0 ? 'none' : secretText(b.secrets[0]!)],
          ...b.secrets.slice(1).map((s) => ['', secretText(s)]),
        ],
      ).map((l) => `  ${l}`),
    ]),
  );

  const n = e.naming;
  section(`tool names (conflictResolution ${n.conflictResolution}, prefixFormat ${JSON.stringify(n.prefixFormat)})`, [
    ...table([], [['tools', n.rules.tools], ['prompts', n.rules.prompts], ['resources', n.rules.resources]]),
    ...table(
      ['BACKEND', 'TOOLS', 'PROMPTS', 'LISTED'],
      n.backends.map((b) => [b.backend, b.tools, b.prompts, b.visibility]),
    ),
    ...n.backends.flatMap((b) =>
      b.overrides.map((o) => {
        const also = [o.description ? 'description' : null, o.annotations ? 'annotations' : null].filter((x) => x !== null);
        return `${b.backend}: override ${o.tool} -> ${o.exposedAs}${also.length ? ` (and its ${also.join(', ')})` : ''}`;
      }),
    ),
    ...(e.catalog ? [] : ['the names from the live backends: vmcp explain --connect']),
  ]);
  if (e.catalog) section('live names (--connect)', catalogLines(e.catalog));

  const as = e.authServer;
  if (as) {
    section('auth server (Mode B: vmcp issues the tokens clients bring)', [
      ...table(
        [],
        [
          ['issuer', as.issuer],
          ['audiences', as.allowedAudiences.join(', ')],
          ['storage', as.storage],
          ['signing keys', as.signingKeys],
          ['hmac secrets', as.hmacSecrets],
          ['upstreams', 'the user signs in at each, in this order; the first gives the identity'],
        ],
      ),
      ...table(
        [],
        as.upstreams.map((u, i) => [`  ${i + 1}. ${u.name}`, u.type, u.at, `client ${u.clientId}`, u.scopes.length ? `scopes ${u.scopes.join(' ')}` : '']),
      ),
      ...secretLines(as.secrets),
    ]);
  }

  // Not indented, so the block pastes as it is into Markdown.
  out.push('', 'diagram (Mermaid)', '```mermaid', ...e.mermaid.trimEnd().split('\n'), '```');
  return out.map((l) => l.trimEnd()).join('\n') + '\n';
}

function catalogLines(c: LiveCatalog): string[] {
  const lines = c.problem === null ? [] : [`the aggregation fails, so clients would see no tools: ${c.problem}`];
  for (const b of c.backends) {
    if (b.status !== 'listed') {
      lines.push(`${b.name}: ${b.status === 'unreachable' ? 'unreachable' : 'not listed'}: ${b.reason}`);
      continue;
    }
    const count = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
    lines.push(`${b.name}: ${count(b.tools.length, 'tool')}, ${count(b.prompts.length, 'prompt')}, ${count(b.resources.length, 'resource')}, ${count(b.resourceTemplates.length, 'template')}`);
    const names = [
      ...b.tools.map((t) => ['tool', t.name, t.name === t.backendName ? '' : `<- ${t.backendName}`]),
      ...b.hiddenTools.map((t) => ['hidden', t, '']),
      ...b.prompts.map((p) => ['prompt', p.name, p.name === p.backendName ? '' : `<- ${p.backendName}`]),
    ];
    // URIs apart: they are long and have no backend name beside them, so they would only widen the names' columns.
    const uris = [...b.resources.map((r) => ['resource', r]), ...b.resourceTemplates.map((t) => ['template', t])];
    lines.push(...[...table([], names), ...table([], uris)].map((l) => `  ${l}`));
  }
  return lines;
}

function secretLines(secrets: readonly SecretUse[]): string[] {
  return secrets.map((s) => `secret ${secretText(s)}`);
}

const secretText = (s: SecretUse): string => `${s.at} <- ${s.source}`;

/** Rows padded to aligned columns; a header row first when given. */
function table(header: string[], rows: string[][]): string[] {
  const all = header.length ? [header, ...rows] : rows;
  const widths: number[] = [];
  for (const row of all) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return all.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

function duration(ms: number): string {
  if (ms % 60_000 === 0 && ms >= 60_000) return `${ms / 60_000}m`;
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** An argument as a shell would need it written, so the command line shown can be pasted. */
function shellWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}
