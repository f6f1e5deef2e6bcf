/** Plan changes for people: grouped by area, one line each, secrets shown by where they come from. */
import { isSecretRef, secretSource } from '../secret-source.js';
import { PLAN_AREAS, type PlanArea, type PlanChange } from './diff.js';

const TITLE: Record<PlanArea, string> = {
  plan: 'plan',
  routes: 'routes',
  incomingAuth: 'incoming auth',
  backends: 'backends',
  discovery: 'backend discovery',
  aggregation: 'aggregation (tool names)',
  authServer: 'auth server',
  operational: 'operational',
  telemetry: 'telemetry',
  http: 'http',
};
const MARK: Record<PlanChange['op'], string> = { added: '+', removed: '-', changed: '~' };

/** The whole list under area headings; one line when there is nothing to list. */
export function formatPlanChanges(changes: readonly PlanChange[]): string {
  if (changes.length === 0) return 'no changes: the plans are equal\n';
  const lines: string[] = [];
  for (const area of PLAN_AREAS) {
    const mine = changes.filter((c) => c.area === area);
    if (mine.length === 0) continue;
    lines.push(`${TITLE[area]}:`);
    for (const c of mine) lines.push(`  ${MARK[c.op]} ${body(c)}`);
  }
  return lines.join('\n') + '\n';
}

/** One change on one line, its area first: for a log line per change. */
export function describeChange(c: PlanChange): string {
  return `${TITLE[c.area]}: ${MARK[c.op]} ${body(c)}`;
}

function body(c: PlanChange): string {
  const value = c.op === 'removed' ? c.old : c.new;
  if (c.field !== null) {
    const at = `${c.item === null ? '' : `${c.item}: `}${c.field}`;
    return c.op === 'changed' ? `${at}: ${show(c.old)} -> ${show(c.new)}` : `${at}: ${show(value)}`;
  }
  if (c.item !== null) return itemSummary(c.area, c.item, value);
  return areaSummary(c.area, value);
}

/** A list item that came or went, by what matters most about it. */
function itemSummary(area: PlanArea, item: string, v: unknown): string {
  const o = (v ?? {}) as Record<string, unknown>;
  if (area === 'routes') return `${item} -> ${String(o.handler)} (auth ${String(o.auth)})`;
  if (area === 'backends') {
    const auth = (o.outgoingAuth ?? {}) as Record<string, unknown>;
    const stdio = o.stdio as { command?: unknown; args?: unknown } | undefined;
    const target = stdio ? [stdio.command, ...(Array.isArray(stdio.args) ? stdio.args : [])].map(show).join(' ') : show(o.url);
    return `${item}: ${show(o.transport)} ${target}, ${show(auth.type)}, timeoutMs ${show(o.timeoutMs)}`;
  }
  if (area === 'authServer' && item.startsWith('upstreams[')) {
    return `${item}: ${show(o.type)} ${show(o.issuerUrl ?? o.authorizationEndpoint)}, clientId ${show(o.clientId)}`;
  }
  const { workload: _workload, ...rest } = o;
  return `${item}: ${show(rest)}`;
}

function areaSummary(area: PlanArea, v: unknown): string {
  if (area === 'authServer' && v !== null && typeof v === 'object') {
    const as = v as { issuer?: unknown; upstreams?: { name?: unknown }[] };
    return `issuer ${show(as.issuer)}, upstreams ${show((as.upstreams ?? []).map((u) => u.name))}`;
  }
  return show(v);
}

const BARE = /^[^\s,[\]{}"]+$/;

/** A plan value in a few characters: a secret reference by its source, lists in brackets, strings bare when unambiguous. */
function show(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'string') return BARE.test(v) && v !== 'none' ? v : JSON.stringify(v);
  if (typeof v !== 'object') return String(v);
  if (isSecretRef(v)) return `(${secretSource(v)})`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${k}: ${show(o[k])}`)
    .join(', ')}}`;
}
