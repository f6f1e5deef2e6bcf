/**
 * docs/toolhive.md's "Kubernetes" tables are kept honest against schema/k8s/: one table per kind, listing
 * exactly the schema's spec fields; "not supported yet" exactly where the schema refuses the field
 * (`notSupported`), "warning" exactly where it warns (`deploymentField`, on the field or a block holding it),
 * "vmcp only" exactly for fields
 * ToolHive's CRDs do not have; and every field of ToolHive's CRDs (k8s-toolhive-fields.ts) is known to the
 * schema: as a field of its own, or inside a block the schema keeps whole (refused, or opaque like a pod template).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as bundled from '../../generated/k8s-schemas.js';
import { TOOLHIVE_CRD_FIELDS } from './k8s-toolhive-fields.js';

type Node = Record<string, any>;
const STATUSES = ['same', 'differs', 'not supported yet', 'warning', 'vmcp only'];
const sources = readdirSync('schema/k8s').map((f) => JSON.parse(readFileSync(`schema/k8s/${f}`, 'utf8')) as Node);
const kinds = sources.map((s) => s.title as string).sort();
const bundledByKind = new Map(Object.values(bundled).map((s) => [(s as Node).title as string, s as Node]));

/** The table rows the schema calls for: every spec field, a block used through a local $ref described once, where the walk first meets it. */
function tablePaths(schema: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const expanded = new Set<string>();
  const walk = (start: Node, path: string): void => {
    let node = start;
    if (typeof node.$ref === 'string') {
      if (!node.$ref.startsWith('#/')) {
        out.set(path, node); // another kind's block: described in that kind's table
        return;
      }
      const def = node.$ref.replace('#/$defs/', '');
      node = schema.$defs[def];
      if (path !== 'spec' && hasChildren(node) && expanded.has(def)) {
        out.set(path, node);
        return;
      }
      expanded.add(def);
    }
    if (path !== 'spec') out.set(path, node);
    for (const [k, child] of children(node, (n) => (n.$ref?.startsWith('#/') ? schema.$defs[n.$ref.replace('#/$defs/', '')] : n))) walk(child, `${path}${k}`);
  };
  walk(schema.properties.spec, 'spec');
  return out;
}

/** Every spec field path of a self-contained (bundled) schema, each $ref expanded wherever it is used. */
function allPaths(schema: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const deref = (n: Node): Node => (n.$ref ? deref(schema.$defs[n.$ref.replace('#/$defs/', '')]) : n);
  const walk = (start: Node, path: string): void => {
    const node = deref(start);
    if (path !== 'spec') out.set(path, node);
    for (const [k, child] of children(node, deref)) walk(child, `${path}${k}`);
  };
  walk(schema.properties.spec, 'spec');
  return out;
}

function hasChildren(n: Node): boolean {
  return n.properties !== undefined || n.items?.properties !== undefined || n.items?.$ref !== undefined || typeof n.additionalProperties === 'object';
}

/** [suffix, child]: `.key` for a property, `[].key` for a field of list items, `.<name>` for a map value. */
function children(node: Node, deref: (n: Node) => Node): [string, Node][] {
  const out: [string, Node][] = Object.entries(node.properties ?? {}).map(([k, v]) => [`.${k}`, v as Node]);
  if (node.items) out.push(...Object.entries(deref(node.items).properties ?? {}).map(([k, v]) => [`[].${k}`, v as Node] as [string, Node]));
  if (typeof node.additionalProperties === 'object' && deref(node.additionalProperties).properties) out.push(['.<name>', node.additionalProperties]);
  return out;
}

interface Row {
  status: string;
  how: string;
}

/** `### <Kind>` tables under `## Kubernetes`: rows `| \`spec.x\` | status | how |`. */
function docTables(): Map<string, Map<string, Row>> {
  const doc = readFileSync('docs/toolhive.md', 'utf8');
  const start = doc.indexOf('\n## Kubernetes');
  expect(start).toBeGreaterThan(0);
  const rest = doc.slice(start + 1);
  const end = rest.indexOf('\n## ', 1);
  const section = end === -1 ? rest : rest.slice(0, end);
  const tables = new Map<string, Map<string, Row>>();
  let current: Map<string, Row> | undefined;
  for (const line of section.split('\n')) {
    const heading = line.match(/^### (\w+)$/);
    if (heading) tables.set(heading[1]!, (current = new Map()));
    const row = line.match(/^\| `(spec\.[^`]+)` \| ([^|]+) \| (.*) \|$/);
    if (row && current) {
      expect(current.has(row[1]!), `${row[1]} listed twice`).toBe(false);
      current.set(row[1]!, { status: row[2]!.trim(), how: row[3]! });
    }
  }
  return tables;
}

const tables = docTables();
/** Fields the schema keeps whole: nothing under them is read field by field. */
const opaque = (n: Node | undefined) => n !== undefined && (n.notSupported !== undefined || n['x-kubernetes-preserve-unknown-fields'] === true);

describe('docs/toolhive.md "Kubernetes": one table per kind, kept to schema/k8s/ and ToolHive\'s CRDs', () => {
  it('has a table for each kind of schema/k8s/ and no other', () => {
    expect([...tables.keys()].sort()).toEqual(kinds);
  });

  for (const schema of sources) {
    const kind = schema.title as string;
    describe(kind, () => {
      const paths = tablePaths(schema);
      const rows = tables.get(kind) ?? new Map<string, Row>();
      const toolhive = new Set(TOOLHIVE_CRD_FIELDS[kind] ?? []);

      it('lists every spec field of the schema, and nothing else', () => {
        expect([...rows.keys()].sort()).toEqual([...paths.keys()].sort());
      });

      it('says "not supported yet" exactly where the schema refuses, "warning" exactly where it warns, and names refused values', () => {
        for (const [path, node] of paths) {
          const row = rows.get(path);
          if (!row) continue;
          expect(STATUSES, `${kind} ${path}`).toContain(row.status);
          expect([path, row.status === 'not supported yet'], 'not supported yet <=> notSupported').toEqual([path, node.notSupported !== undefined]);
          const warns = [...paths].some(([p, n]) => n.deploymentField !== undefined && (path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[]`)));
          expect([path, row.status === 'warning'], 'warning <=> deploymentField (here or above)').toEqual([path, warns]);
          if (node.notSupportedValues) for (const v of node.notSupportedValues as string[]) expect(row.how, `${path} must name ${v}`).toContain(`\`${v}\``);
          expect(row.how.trim().length, `${path} says how`).toBeGreaterThan(0);
        }
      });

      it('says "vmcp only" exactly for the fields ToolHive does not have', () => {
        const vmcpOnly = [...rows].filter(([, r]) => r.status === 'vmcp only').map(([p]) => p);
        const notToolHive = [...paths.keys()].filter((p) => !toolhive.has(p));
        expect(vmcpOnly.sort()).toEqual(notToolHive.sort());
      });

      it("knows every field of ToolHive's CRD", () => {
        const all = allPaths(bundledByKind.get(kind)!);
        // A kind whose spec is open (ToolHive's workload kinds, read for discovery) lists only the fields vmcp reads.
        if (schema.properties.spec['x-kubernetes-preserve-unknown-fields'] === true) expect(toolhive.size).toBeGreaterThan(0);
        const unknown = [...toolhive].filter((p) => {
          if (all.has(p)) return false;
          const ancestors = p.split(/(?=\.|\[\])/).map((_, i, parts) => parts.slice(0, i).join('')).filter(Boolean);
          return !ancestors.some((a) => opaque(all.get(a.replace(/\[\]$/, ''))));
        });
        expect(unknown).toEqual([]);
      });
    });
  }
});
