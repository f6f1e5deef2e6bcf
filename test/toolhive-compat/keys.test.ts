/**
 * docs/toolhive.md's "vMCP config" table is kept honest: it lists exactly the schema's keys, says "not
 * supported yet" for each key the schema refuses, says "vmcp only" exactly for keys ToolHive does not have,
 * and every ToolHive key (toolhive-keys.ts, from ToolHive's structs) is known to the schema: as a key of its
 * own, or under a block the schema refuses as a whole, whose row then names it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOLHIVE_KEYS } from './toolhive-keys.js';

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync('schema/vmcp-config.schema.json', 'utf8')) as Node;
const defs = schema.$defs as Record<string, Node>;
const STATUSES = ['same', 'differs', 'not supported yet', 'vmcp only'];

function deref(node: Node): { node: Node; def?: string } {
  let def: string | undefined;
  while (typeof node.$ref === 'string') {
    def = node.$ref.replace('#/$defs/', '');
    node = defs[def]!;
  }
  return { node, def };
}

const mapValue = (node: Node): Node | undefined => {
  const ap = node.additionalProperties;
  if (typeof ap !== 'object' || ap === null) return undefined;
  return deref(ap as Node).node.properties ? (ap as Node) : undefined;
};

/** Every key path, a block reused through $ref described once, where the walk first meets it. */
function schemaPaths(): Map<string, Node> {
  const out = new Map<string, Node>();
  const expanded = new Set<string>();
  const walk = (start: Node, path: string): void => {
    const { node, def } = deref(start);
    if (def && (node.properties || node.items || mapValue(node))) {
      if (expanded.has(def)) return;
      expanded.add(def);
    }
    for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      const p = path ? `${path}.${k}` : k;
      out.set(p, deref(v).node);
      walk(v, p);
    }
    if (node.items) walk(node.items as Node, `${path}[]`);
    const value = mapValue(node);
    if (value) {
      out.set(`${path}.<name>`, deref(value).node);
      walk(value, `${path}.<name>`);
    }
  };
  walk(schema, '');
  return out;
}

/** The schema node a ToolHive key reaches, or the refused block on its way; undefined when unknown. */
function resolve(key: string): { node: Node; at: string } | undefined {
  let node = deref(schema).node;
  let at = '';
  for (const seg of key.split('.').flatMap((s) => (s.endsWith('[]') ? [s.slice(0, -2), '[]'] : [s]))) {
    if (typeof node.notSupported === 'string') return { node, at };
    if (seg === '[]') node = deref(node.items as Node).node;
    else if (seg === '<name>') node = deref(node.additionalProperties as Node).node;
    else {
      const next = (node.properties as Record<string, Node> | undefined)?.[seg];
      if (!next) return undefined;
      node = deref(next).node;
    }
    at = seg === '[]' ? `${at}[]` : at ? `${at}.${seg}` : seg;
  }
  return { node, at };
}

function table(): Map<string, { status: string; text: string }> {
  const doc = readFileSync('docs/toolhive.md', 'utf8');
  const start = doc.indexOf('\n## vMCP config\n');
  expect(start, 'docs/toolhive.md has a "## vMCP config" section').toBeGreaterThan(-1);
  const end = doc.indexOf('\n## ', start + 1);
  const rows = new Map<string, { status: string; text: string }>();
  for (const line of doc.slice(start, end === -1 ? undefined : end).split('\n')) {
    const m = /^\| `([^`]+)` \| ([^|]+) \|(.*)\|$/.exec(line);
    if (!m) continue;
    expect(rows.has(m[1]!), `${m[1]} is listed twice`).toBe(false);
    rows.set(m[1]!, { status: m[2]!.trim(), text: m[3]! });
  }
  return rows;
}

const allToolhiveKeys = Object.values(TOOLHIVE_KEYS).flat();
const fromToolhive = (path: string) => allToolhiveKeys.some((k) => k === path || k.startsWith(`${path}.`) || k.startsWith(`${path}[]`));

describe('docs/toolhive.md: vMCP config', () => {
  const paths = schemaPaths();
  const rows = table();

  it('lists every key of schema/vmcp-config.schema.json, and no other', () => {
    expect([...paths.keys()].filter((p) => !rows.has(p))).toEqual([]);
    expect([...rows.keys()].filter((p) => !paths.has(p))).toEqual([]);
    expect(paths.size).toBeGreaterThan(200);
  });

  it('gives each key one of the four answers, and "not supported yet" for every key the schema refuses', () => {
    for (const [path, row] of rows) {
      expect(STATUSES, path).toContain(row.status);
      if (typeof paths.get(path)?.notSupported === 'string') expect(row.status, path).toBe('not supported yet');
    }
  });

  it('says "vmcp only" exactly for the keys ToolHive does not have', () => {
    for (const [path, row] of rows) expect(row.status === 'vmcp only', path).toBe(!fromToolhive(path));
  });

  it.each(Object.entries(TOOLHIVE_KEYS))('knows every key of ToolHive %s', (_file, keys) => {
    for (const key of keys) {
      const hit = resolve(key);
      expect(hit, `${key} would be an unknown key`).toBeDefined();
      if (hit!.at !== key) {
        // Under a block refused as a whole: its row must name the key, so the table covers it.
        const leaf = key.split('.').pop()!.replace('[]', '');
        expect(rows.get(hit!.at)?.text, `${hit!.at}'s row names ${leaf}`).toContain(`\`${leaf}\``);
      }
    }
  });
});
