/**
 * What changed between two plans, as a list a person or a program can read: `vmcp diff` prints it, and a
 * live reload can log the same list. Pure (no files, no network) and in common/ so both the CLI and the
 * runtime may use it. Every difference in the plans yields at least one change, so "no changes" means the
 * plans are equal. Secrets are compared as references ({env}, {file}, a pointer into a config file): the
 * plan holds no values, so neither does a change.
 */
import type { DeepReadonly } from '../freeze.js';
import type { Plan } from '../../generated/plan.js';
import { isSecretRef } from '../secret-source.js';

/** The parts of a plan, in the order changes are listed. `plan`: its own fields (name, mode, groupRef). */
export const PLAN_AREAS = ['plan', 'routes', 'incomingAuth', 'backends', 'discovery', 'aggregation', 'authServer', 'operational', 'telemetry', 'http'] as const;
export type PlanArea = (typeof PLAN_AREAS)[number];

export interface PlanChange {
  op: 'added' | 'removed' | 'changed';
  area: PlanArea;
  /**
   * The item of a list the change is in: a route (its path, "(prefix)" after a prefix route's), a backend's
   * name, `tools[WORKLOAD]` (aggregation), `upstreams[NAME]` (authServer); null for the area's own fields.
   */
  item: string | null;
  /** The field, dotted (`outgoingAuth.headerValue`, `stdio.env.TOKEN`); null when the item or area itself came or went. */
  field: string | null;
  /** The value before (null when added) and after (null when removed), as the plans hold it. */
  old: unknown;
  new: unknown;
}

export interface PlanDiffOptions {
  /**
   * Pairs [old path, new path] naming the same config file in both versions (`vmcp diff old.yaml new.yaml`):
   * a secret written inline at the same pointer of each is the same reference, not a change.
   */
  sameFiles?: readonly (readonly [string, string])[];
}

type AnyPlan = Plan | DeepReadonly<Plan>;
type Obj = Record<string, unknown>;

/** Lists whose items have a name of their own: compared item by item, and their order too. */
interface KeyedList {
  field: string;
  key: (item: Obj) => string;
}
const ROUTES: KeyedList = { field: 'routes', key: (r) => (r.match === 'prefix' ? `${String(r.path)} (prefix)` : String(r.path)) };
const BACKENDS: KeyedList = { field: 'backends', key: (b) => String(b.name) };
const WORKLOAD_TOOLS: KeyedList = { field: 'tools', key: (t) => `tools[${String(t.workload)}]` };
const UPSTREAMS: KeyedList = { field: 'upstreams', key: (u) => `upstreams[${String(u.name)}]` };

export function planDiff(old: AnyPlan, next: AnyPlan, options: PlanDiffOptions = {}): PlanChange[] {
  const d = new Differ(options);
  const a = old as unknown as Obj;
  const b = next as unknown as Obj;
  for (const key of PLAN_AREAS) {
    if (key === 'plan') continue;
    if (key === 'routes' || key === 'backends') d.list(key, null, a[key], b[key], key === 'routes' ? ROUTES : BACKENDS);
    else if (key === 'aggregation') d.withList(key, a[key], b[key], WORKLOAD_TOOLS);
    else if (key === 'authServer') d.withList(key, a[key], b[key], UPSTREAMS);
    else d.value(key, null, [], a[key], b[key]);
  }
  // Everything else at the top (planVersion, mode, name, groupRef, and any field a later plan adds).
  const areas = new Set<string>(PLAN_AREAS);
  const rest = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !areas.has(k)).sort();
  for (const key of rest) d.value('plan', null, [key], a[key], b[key]);
  const rank = (c: PlanChange) => PLAN_AREAS.indexOf(c.area);
  // Stable: within an area the changes keep the order they were found in (list order, then field order).
  return d.changes.map((c, i) => [c, i] as const).sort((x, y) => rank(x[0]) - rank(y[0]) || x[1] - y[1]).map(([c]) => c);
}

class Differ {
  readonly changes: PlanChange[] = [];
  private readonly renamed: Map<string, string>;

  constructor(options: PlanDiffOptions) {
    this.renamed = new Map((options.sameFiles ?? []).map(([o, n]) => [n, o]));
  }

  /** Any value: objects field by field, the rest (lists, secret references, scalars) as a whole. */
  value(area: PlanArea, item: string | null, path: readonly string[], a: unknown, b: unknown): void {
    if (this.same(a, b)) return;
    if (a === undefined || b === undefined) {
      this.push(a === undefined ? 'added' : 'removed', area, item, fieldOf(path), a, b);
      return;
    }
    // A secret reference is one value: `env A -> file B`, not a key removed and another added.
    if (isRecord(a) && isRecord(b) && !isSecretRef(a) && !isSecretRef(b)) {
      for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) this.value(area, item, [...path, k], a[k], b[k]);
      return;
    }
    this.push('changed', area, item, fieldOf(path), a, b);
  }

  /** An area that is an object holding one keyed list (aggregation.tools, authServer.upstreams). */
  withList(area: PlanArea, a: unknown, b: unknown, list: KeyedList): void {
    if (!isRecord(a) || !isRecord(b)) return this.value(area, null, [], a, b);
    const { [list.field]: la, ...ra } = a;
    const { [list.field]: lb, ...rb } = b;
    this.value(area, null, [], ra, rb);
    this.list(area, list.field, la, lb, list);
  }

  /** A list of named items: each added, removed or changed item, then their order when only that moved. */
  list(area: PlanArea, field: string | null, a: unknown, b: unknown, spec: KeyedList): void {
    const ia = keyed(a, spec);
    const ib = keyed(b, spec);
    // A list without unique names (a hand-edited plan) can only be compared as a whole.
    if (!ia || !ib) return this.value(area, null, field === null ? [] : [field], a, b);
    for (const [k, v] of ia) if (!ib.has(k)) this.push('removed', area, k, null, v, undefined);
    for (const [k, v] of ib) {
      const before = ia.get(k);
      if (before === undefined) this.push('added', area, k, null, undefined, v);
      else this.value(area, k, [], before, v);
    }
    const orderA = [...ia.keys()].filter((k) => ib.has(k));
    const orderB = [...ib.keys()].filter((k) => ia.has(k));
    if (orderA.join('\0') !== orderB.join('\0')) this.push('changed', area, null, field === null ? 'order' : `${field} order`, orderA, orderB);
  }

  private push(op: PlanChange['op'], area: PlanArea, item: string | null, field: string | null, a: unknown, b: unknown): void {
    this.changes.push({ op, area, item, field, old: a === undefined ? null : a, new: b === undefined ? null : b });
  }

  private same(a: unknown, b: unknown): boolean {
    return canonical(a, () => undefined) === canonical(b, (file) => this.renamed.get(file));
  }
}

function keyed(v: unknown, spec: KeyedList): Map<string, Obj> | null {
  if (v === undefined) return new Map();
  if (!Array.isArray(v) || !v.every(isRecord)) return null;
  const out = new Map<string, Obj>();
  for (const item of v) {
    const k = spec.key(item);
    if (out.has(k)) return null;
    out.set(k, item);
  }
  return out;
}

const isRecord = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with sorted keys; an inline secret's config file is read through `rename` (the new side's old name). */
function canonical(v: unknown, rename: (file: string) => string | undefined): string {
  const norm = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(norm);
    if (!isRecord(x)) return x;
    if (isSecretRef(x)) return 'configFile' in x ? { configFile: rename(x.configFile) ?? x.configFile, pointer: x.pointer } : x;
    const o: Obj = x;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .filter((k) => o[k] !== undefined)
        .map((k) => [k, norm(o[k])]),
    );
  };
  return JSON.stringify(norm(v)) ?? 'undefined';
}

const PLAIN = /^[A-Za-z_$][\w$-]*$/;

/** `['outgoingAuth', 'headerValue']` -> `outgoingAuth.headerValue`; a key that is not a plain name is quoted. */
function fieldOf(path: readonly string[]): string | null {
  if (path.length === 0) return null;
  return path.map((k, i) => (PLAIN.test(k) ? `${i === 0 ? '' : '.'}${k}` : `[${JSON.stringify(k)}]`)).join('');
}
