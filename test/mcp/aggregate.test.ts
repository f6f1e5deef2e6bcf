import { describe, expect, it } from 'vitest';
import type { Tool } from '@modelcontextprotocol/server';
import type { AggregationPlan } from '../../generated/plan.js';
import { aggregate } from '../../runtime/aggregation/aggregate.js';
import { resourceOwner } from '../../runtime/aggregation/resource-owner.js';
import type { BackendCatalog } from '../../runtime/aggregation/types.js';

const schema = { type: 'object' as const, properties: {} };
const tool = (name: string, extra: Partial<Tool> = {}): Tool => ({ name, inputSchema: schema, ...extra });
const catalog = (tools: string[], extra: Partial<BackendCatalog> = {}): BackendCatalog => ({
  tools: tools.map((n) => tool(n, { description: `${n} desc` })),
  resources: [],
  resourceTemplates: [],
  prompts: [],
  ...extra,
});
const plan = (p: Partial<AggregationPlan>): AggregationPlan => ({
  conflictResolution: 'prefix',
  prefixFormat: '{workload}_',
  priorityOrder: [],
  tools: [],
  excludeAllTools: false,
  defaultToolVisibility: 'allow',
  ...p,
});
const two = new Map([
  ['weather', catalog(['forecast', 'echo'])],
  ['notes', catalog(['add_note', 'echo'])],
]);
const names = (c: { tools: Tool[] }) => c.tools.map((t) => t.name);

describe('conflict resolution', () => {
  it('prefix "{workload}_" prefixes every tool and routes back to the original name', () => {
    const c = aggregate(two, plan({}));
    expect(names(c)).toEqual(['weather_forecast', 'weather_echo', 'notes_add_note', 'notes_echo']);
    expect(c.toolRoutes.get('notes_echo')).toEqual({ backend: 'notes', name: 'echo' });
    expect(c.conflicts).toEqual([]);
  });

  it('prefix "{workload}." and a custom format', () => {
    expect(names(aggregate(two, plan({ prefixFormat: '{workload}.' })))[0]).toBe('weather.forecast');
    expect(names(aggregate(two, plan({ prefixFormat: 'x-{workload}--' })))[2]).toBe('x-notes--add_note');
  });

  it('priority: the earliest backend in priorityOrder owns a shared name; unique names pass unprefixed', () => {
    const c = aggregate(two, plan({ conflictResolution: 'priority', priorityOrder: ['notes', 'weather'] }));
    expect(names(c)).toEqual(['forecast', 'add_note', 'echo']);
    expect(c.toolRoutes.get('echo')?.backend).toBe('notes');
  });

  it('priority: backends missing from priorityOrder rank after listed ones, in plan order', () => {
    const three = new Map([...two, ['third', catalog(['echo'])]]);
    expect(aggregate(three, plan({ conflictResolution: 'priority', priorityOrder: ['third'] })).toolRoutes.get('echo')?.backend).toBe('third');
    expect(aggregate(three, plan({ conflictResolution: 'priority', priorityOrder: [] })).toolRoutes.get('echo')?.backend).toBe('weather');
  });

  it('manual: overrides make names unique; an unresolved clash hides all contenders and is reported', () => {
    const resolved = aggregate(
      two,
      plan({
        conflictResolution: 'manual',
        tools: [{ workload: 'notes', filter: null, excludeAll: false, overrides: { echo: { name: 'notes_echo', description: null, annotations: null } } }],
      }),
    );
    expect(names(resolved)).toEqual(['forecast', 'echo', 'add_note', 'notes_echo']);
    expect(resolved.toolRoutes.get('notes_echo')).toEqual({ backend: 'notes', name: 'echo' });

    const clash = aggregate(two, plan({ conflictResolution: 'manual' }));
    expect(names(clash)).toEqual(['forecast', 'add_note']);
    expect(clash.conflicts).toEqual([{ kind: 'tool', name: 'echo', backends: ['weather', 'notes'] }]);
    expect(clash.toolRoutes.has('echo')).toBe(false);
  });
});

describe('filters and overrides', () => {
  it('filter keeps only the listed backend names; overrides rename, describe and annotate', () => {
    const c = aggregate(
      two,
      plan({
        tools: [
          {
            workload: 'weather',
            filter: ['forecast'],
            excludeAll: false,
            overrides: { forecast: { name: null, description: 'Tomorrow', annotations: { readOnlyHint: true, title: 'Fc' } } },
          },
        ],
      }),
    );
    expect(names(c)).toEqual(['weather_forecast', 'notes_add_note', 'notes_echo']);
    expect(c.tools[0]).toMatchObject({ description: 'Tomorrow', annotations: { readOnlyHint: true, title: 'Fc' } });
  });

  it('an override name is used as written, not prefixed again', () => {
    const c = aggregate(two, plan({ tools: [{ workload: 'notes', filter: null, excludeAll: false, overrides: { add_note: { name: 'remember', description: null, annotations: null } } }] }));
    expect(names(c)).toContain('remember');
    expect(c.toolRoutes.get('remember')).toEqual({ backend: 'notes', name: 'add_note' });
  });

  it('excludeAll, excludeAllTools and defaultToolVisibility deny', () => {
    const entry = { workload: 'weather', filter: null, overrides: {} };
    expect(names(aggregate(two, plan({ tools: [{ ...entry, excludeAll: true }] })))).toEqual(['notes_add_note', 'notes_echo']);
    expect(names(aggregate(two, plan({ excludeAllTools: true })))).toEqual([]);
    expect(names(aggregate(two, plan({ defaultToolVisibility: 'deny', tools: [{ ...entry, excludeAll: false }] })))).toEqual(['weather_forecast', 'weather_echo']);
  });

  it('does not mutate the backend catalogs', () => {
    const before = JSON.stringify([...two]);
    aggregate(two, plan({ tools: [{ workload: 'weather', filter: null, excludeAll: false, overrides: { echo: { name: 'x', description: 'y', annotations: { title: 't' } } } }] }));
    expect(JSON.stringify([...two])).toBe(before);
  });
});

describe('prompts and resources', () => {
  it('prompts follow the strategy; resources keep URIs, first backend wins a duplicate; templates route reads', () => {
    const c = aggregate(
      new Map([
        ['a', catalog([], { prompts: [{ name: 'greet' }], resources: [{ uri: 'mem://x', name: 'x' }], resourceTemplates: [{ uriTemplate: 'a://item/{id}', name: 'item' }] })],
        ['b', catalog([], { prompts: [{ name: 'greet' }], resources: [{ uri: 'mem://x', name: 'x2' }, { uri: 'mem://y', name: 'y' }] })],
      ]),
      plan({}),
    );
    expect(c.prompts.map((p) => p.name)).toEqual(['a_greet', 'b_greet']);
    expect(c.promptRoutes.get('b_greet')).toEqual({ backend: 'b', name: 'greet' });
    expect(c.resources.map((r) => r.name)).toEqual(['x', 'y']);
    expect(resourceOwner(c, 'mem://x')).toBe('a');
    expect(resourceOwner(c, 'mem://y')).toBe('b');
    expect(resourceOwner(c, 'a://item/42')).toBe('a');
    expect(resourceOwner(c, 'zzz://nothing')).toBeUndefined();
  });
});
