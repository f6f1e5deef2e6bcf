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

  // ToolHive pkg/vmcp/aggregator/conflict_resolver.go:26-28 (ReplaceAll then prepend) and prefix_resolver.go:21
  // ("a custom static prefix like backend_"): every name gets the same prefix; on a clash the first keeps it
  // (prefix_resolver.go:51-58 skips a later duplicate), in plan order here since ToolHive's map order is random.
  it('prefix with a static format (no {workload}) prepends it as written', () => {
    const c = aggregate(two, plan({ prefixFormat: 'backend_' }));
    expect(names(c)).toEqual(['backend_forecast', 'backend_echo', 'backend_add_note']);
    expect(c.toolRoutes.get('backend_echo')).toEqual({ backend: 'weather', name: 'echo' });
  });

  it('priority: the earliest backend in priorityOrder owns a shared name; unique names pass unprefixed', () => {
    const c = aggregate(two, plan({ conflictResolution: 'priority', priorityOrder: ['notes', 'weather'] }));
    expect(names(c)).toEqual(['forecast', 'add_note', 'echo']);
    expect(c.toolRoutes.get('echo')?.backend).toBe('notes');
  });

  it('priority: a listed backend beats unlisted ones', () => {
    const three = new Map([...two, ['third', catalog(['echo'])]]);
    const c = aggregate(three, plan({ conflictResolution: 'priority', priorityOrder: ['third'] }));
    expect(c.toolRoutes.get('echo')?.backend).toBe('third');
    expect(names(c).filter((n) => n.includes('echo'))).toEqual(['echo']);
  });

  // ToolHive pkg/vmcp/aggregator/priority_resolver.go:85-111: selectWinner finds no listed contender, so every
  // contender is kept under the default "{workload}_" prefix (line 49), whatever prefixFormat says.
  it('priority: a clash between backends not in priorityOrder keeps every contender, prefixed with "{workload}_"', () => {
    const three = new Map([...two, ['third', catalog(['solo'])]]);
    const c = aggregate(three, plan({ conflictResolution: 'priority', priorityOrder: ['third'], prefixFormat: '{workload}.' }));
    expect(names(c)).toEqual(['forecast', 'weather_echo', 'add_note', 'notes_echo', 'solo']);
    expect(c.toolRoutes.get('weather_echo')).toEqual({ backend: 'weather', name: 'echo' });
    expect(c.toolRoutes.get('notes_echo')).toEqual({ backend: 'notes', name: 'echo' });
    expect(c.toolRoutes.has('echo')).toBe(false);
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
  it('filter keeps only the listed names; overrides rename, describe and annotate', () => {
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

  // ToolHive default_aggregator.go:118-123 applies overrides before conflict resolution, and prefix_resolver.go:48
  // prefixes the overridden name; its e2e virtualmcp_aggregation_overrides_test.go:136 expects "<backend>_<renamed>".
  it('overrides come first, then the prefix: a renamed tool is exposed as "<backend>_<renamed>"', () => {
    const c = aggregate(two, plan({ tools: [{ workload: 'notes', filter: null, excludeAll: false, overrides: { add_note: { name: 'remember', description: null, annotations: null } } }] }));
    expect(names(c)).toEqual(['weather_forecast', 'weather_echo', 'notes_remember', 'notes_echo']);
    expect(c.toolRoutes.get('notes_remember')).toEqual({ backend: 'notes', name: 'add_note' });
  });

  // ToolHive default_aggregator.go:392 calls shouldAdvertiseTool with the post-override name, matched against
  // the filter at :728-736; its e2e virtualmcp_aggregation_overrides_test.go:55-60 filters by the renamed name.
  it('the filter matches the name after the override, not the backend\'s own name', () => {
    const overrides = { echo: { name: 'say', description: null, annotations: null } };
    const byNewName = aggregate(two, plan({ tools: [{ workload: 'notes', filter: ['say'], excludeAll: false, overrides }] }));
    expect(names(byNewName)).toEqual(['weather_forecast', 'weather_echo', 'notes_say']);
    const byOldName = aggregate(two, plan({ tools: [{ workload: 'notes', filter: ['echo'], excludeAll: false, overrides }] }));
    expect(names(byOldName)).toEqual(['weather_forecast', 'weather_echo']);
  });

  it('manual and priority leave an override name unprefixed', () => {
    const tools = [{ workload: 'notes', filter: null, excludeAll: false, overrides: { echo: { name: 'notes_echo', description: null, annotations: null } } }];
    expect(names(aggregate(two, plan({ conflictResolution: 'priority', priorityOrder: ['weather'], tools })))).toContain('notes_echo');
    expect(names(aggregate(two, plan({ conflictResolution: 'manual', tools })))).toEqual(['forecast', 'echo', 'add_note', 'notes_echo']);
  });

  it('an override map never lends Object.prototype members to a tool named like one', () => {
    const c = aggregate(new Map([['a', catalog(['constructor'])]]), plan({ tools: [{ workload: 'a', filter: null, excludeAll: false, overrides: {} }] }));
    expect(c.tools[0]!.name).toBe('a_constructor');
    expect(c.tools[0]!.description).toBe('constructor desc');
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
