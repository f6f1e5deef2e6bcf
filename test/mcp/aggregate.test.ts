import { describe, expect, it } from 'vitest';
import { ProtocolError, ProtocolErrorCode, type Tool } from '@modelcontextprotocol/server';
import type { AggregationPlan } from '../../generated/plan.js';
import { aggregate } from '../../runtime/aggregation/aggregate.js';
import { AggregationConflictError } from '../../runtime/aggregation/errors.js';
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

  it('manual: overrides make names unique', () => {
    const resolved = aggregate(
      two,
      plan({
        conflictResolution: 'manual',
        tools: [{ workload: 'notes', filter: null, excludeAll: false, overrides: { echo: { name: 'notes_echo', description: null, annotations: null } } }],
      }),
    );
    expect(names(resolved)).toEqual(['forecast', 'echo', 'add_note', 'notes_echo']);
    expect(resolved.toolRoutes.get('notes_echo')).toEqual({ backend: 'notes', name: 'echo' });
  });

  // ToolHive pkg/vmcp/aggregator/manual_resolver.go:58-67 (a shared name without overrides) and :113-117 (one
  // still shared after them) return an error, which fails the whole aggregation (default_aggregator.go:291-295).
  it('manual: a clash left after overrides fails the aggregation, naming every clash', () => {
    const clash = () => aggregate(two, plan({ conflictResolution: 'manual' }));
    expect(clash).toThrow(AggregationConflictError);
    expect(clash).toThrow(/"echo" \(backends weather, notes\)/);
    const overridden = { workload: 'notes', filter: null, excludeAll: false, overrides: { add_note: { name: 'forecast', description: null, annotations: null } } };
    expect(() => aggregate(two, plan({ conflictResolution: 'manual', tools: [overridden] }))).toThrow(/"forecast" \(backends weather, notes\); "echo"/);
  });

  // ToolHive default_aggregator.go:118-123 resolves every tool after overrides; the filter and excludeAll only
  // decide advertising afterwards (:388-392, shouldAdvertiseTool :705-739), so hidden tools still clash and win.
  it('hidden tools take part in conflict resolution: a manual clash, a priority win that hides the name', () => {
    const hideEcho = { workload: 'notes', filter: ['add_note'], excludeAll: false, overrides: {} };
    expect(() => aggregate(two, plan({ conflictResolution: 'manual', tools: [hideEcho] }))).toThrow(AggregationConflictError);
    expect(() => aggregate(two, plan({ conflictResolution: 'manual', excludeAllTools: true }))).toThrow(AggregationConflictError);
    const won = aggregate(two, plan({ conflictResolution: 'priority', priorityOrder: ['notes'], tools: [hideEcho] }));
    expect(names(won)).toEqual(['forecast', 'add_note']);
    expect(won.toolRoutes.has('echo')).toBe(false);
  });

  it('the error reaches MCP clients as a JSON-RPC internal error with a stable code', () => {
    try {
      aggregate(two, plan({ conflictResolution: 'manual' }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProtocolError);
      expect(e).toMatchObject({ code: ProtocolErrorCode.InternalError, data: { vmcpCode: 'VMCP_AGGREGATION_CONFLICT', clashes: [{ name: 'echo', backends: ['weather', 'notes'] }] } });
    }
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

describe('prompts and resources (ToolHive pkg/vmcp/aggregator/capability_conflicts.go)', () => {
  const prompts = (...n: string[]) => n.map((name) => ({ name }));
  const promptNames = (c: { prompts: { name: string }[] }) => c.prompts.map((p) => p.name);
  const withPrompts = new Map([
    ['a', catalog(['echo'], { prompts: prompts('greet', 'solo') })],
    ['b', catalog(['echo'], { prompts: prompts('greet') })],
    ['c', catalog([], { prompts: prompts('greet', 'other') })],
  ]);

  // conflict_resolver.go:52-76 promptNamingFromConfig: prefixFormat for every prompt unless the strategy is
  // priority and the backend is listed; capability_conflicts.go:176-182 applies it whatever else is offered.
  it('prompts are prefixed under prefix and manual, with the configured format, even without a clash', () => {
    expect(promptNames(aggregate(withPrompts, plan({})))).toEqual(['a_greet', 'a_solo', 'b_greet', 'c_greet', 'c_other']);
    const manual = aggregate(withPrompts, plan({ conflictResolution: 'manual', prefixFormat: '{workload}.', tools: [{ workload: 'b', filter: null, excludeAll: false, overrides: { echo: { name: 'b_echo', description: null, annotations: null } } }] }));
    expect(promptNames(manual)).toEqual(['a.greet', 'a.solo', 'b.greet', 'c.greet', 'c.other']);
    expect(manual.promptRoutes.get('b.greet')).toEqual({ backend: 'b', name: 'greet' });
    expect(promptNames(aggregate(withPrompts, plan({ conflictResolution: 'manual', prefixFormat: null, tools: [{ workload: 'b', filter: null, excludeAll: false, overrides: { echo: { name: 'x', description: null, annotations: null } } }] })))).toContain('a_greet');
  });

  // capability_conflicts.go:177-182 (listed: bare, unlisted: always prefixed), :228-238 (a bare clash among
  // listed backends goes to the best rank, the loser is dropped, never re-prefixed).
  it('priority: listed backends keep bare names, the best rank wins a bare clash; unlisted ones stay prefixed even without a clash', () => {
    const c = aggregate(withPrompts, plan({ conflictResolution: 'priority', priorityOrder: ['b', 'a'], prefixFormat: '{workload}.' }));
    expect(promptNames(c)).toEqual(['solo', 'greet', 'c.greet', 'c.other']);
    expect(c.promptRoutes.get('greet')).toEqual({ backend: 'b', name: 'greet' });
    expect(c.promptRoutes.get('c.other')).toEqual({ backend: 'c', name: 'other' });
  });

  // capability_conflicts.go:204-226: a name no single backend can own is advertised by nobody; :183-193 drops a
  // backend's own repeat.
  it('a name that composes from two backends, or meets a listed bare name, is dropped for every claimant; a repeat within one backend is dropped', () => {
    const composed = aggregate(new Map([['b1', catalog([], { prompts: prompts('x_y', 'z', 'z') })], ['b1_x', catalog([], { prompts: prompts('y') })]]), plan({}));
    expect(promptNames(composed)).toEqual(['b1_z']);
    expect(composed.promptRoutes.has('b1_x_y')).toBe(false);
    const meetsBare = aggregate(new Map([['a', catalog([], { prompts: prompts('c_greet') })], ['c', catalog([], { prompts: prompts('greet') })]]), plan({ conflictResolution: 'priority', priorityOrder: ['a'] }));
    expect(promptNames(meetsBare)).toEqual([]);
  });

  // capability_conflicts.go:118-139 with :247-274 (sorted backend ids, first wins); router/session_router.go:53-73
  // (templates tried in sorted order) and :176-183 (a template's own string routes to its owner).
  it('resources keep URIs; a duplicate goes to the backend whose name sorts first; templates route reads in template order', () => {
    const c = aggregate(
      new Map([
        ['zeta', catalog([], { resources: [{ uri: 'mem://x', name: 'x-zeta' }], resourceTemplates: [{ uriTemplate: 'mem://{+path}', name: 'any' }, { uriTemplate: 'a://item/{id}', name: 'item-zeta' }] })],
        ['alpha', catalog([], { resources: [{ uri: 'mem://x', name: 'x-alpha' }, { uri: 'mem://y', name: 'y' }], resourceTemplates: [{ uriTemplate: 'a://item/{id}', name: 'item-alpha' }, { uriTemplate: 'mem://doc/{id}', name: 'doc' }] })],
      ]),
      plan({}),
    );
    expect(c.resources.map((r) => r.name)).toEqual(['x-alpha', 'y']);
    expect(resourceOwner(c, 'mem://x')).toBe('alpha');
    expect(resourceOwner(c, 'mem://y')).toBe('alpha');
    expect(c.resourceTemplates.map((t) => t.name)).toEqual(['any', 'item-alpha', 'doc']);
    expect(resourceOwner(c, 'a://item/42')).toBe('alpha');
    // "mem://doc/{id}" sorts before "mem://{+path}", so it wins the URI both match, whatever the plan order.
    expect(resourceOwner(c, 'mem://doc/7')).toBe('alpha');
    expect(resourceOwner(c, 'mem://other/7')).toBe('zeta');
    expect(resourceOwner(c, 'mem://{+path}')).toBe('zeta');
    expect(resourceOwner(c, 'zzz://nothing')).toBeUndefined();
  });

  it('template order is Go\'s string order (code points), not UTF-16 units', () => {
    // U+FF5E sorts before U+1F600 by code point, after it by UTF-16 unit.
    const c = aggregate(new Map([['b', catalog([], { resourceTemplates: [{ uriTemplate: 'x://\u{1F600}/{id}', name: 'emoji' }, { uriTemplate: 'x://\uFF5E/{id}', name: 'tilde' }] })]]), plan({}));
    expect(c.templateOwners.map((t) => t.template)).toEqual(['x://\uFF5E/{id}', 'x://\u{1F600}/{id}']);
  });
});
