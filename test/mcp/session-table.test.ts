/**
 * The session table (runtime/mcp/session-table.ts) against the rule it implements, written the plain way
 * (a scan of every caller, as legacy-sessions.ts did before the table): random sequences of opens, uses
 * and closes by a handful of callers, with clock ticks that often tie, must evict exactly the same
 * sessions in the same order and leave the same ones open. Then the sweep's order. (That its cost does not
 * grow with the table is bench:sessions' to show.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SessionTable, TableEntry } from '../../runtime/mcp/session-table.js';

class Entry extends TableEntry {}

/** The rule, as a scan: per caller least recently used first; globally the caller with the most, then the oldest head. */
class PlainTable {
  readonly sessions = new Map<string, { caller: string; lastSeen: number }>();
  private readonly byCaller = new Map<string, Map<string, { lastSeen: number }>>();
  constructor(private readonly max: number, private readonly perCaller: number) {}

  add(id: string, caller: string, now: number): string[] {
    const dropped: string[] = [];
    let own = this.byCaller.get(caller);
    while (own !== undefined && own.size >= this.perCaller) {
      dropped.push(own.keys().next().value!);
      this.remove(dropped.at(-1)!);
      own = this.byCaller.get(caller);
    }
    while (this.sessions.size >= this.max) {
      let victim: Map<string, { lastSeen: number }> | undefined;
      for (const o of this.byCaller.values()) {
        if (!victim || o.size > victim.size || (o.size === victim.size && first(o).lastSeen < first(victim).lastSeen)) victim = o;
      }
      dropped.push(victim!.keys().next().value!);
      this.remove(dropped.at(-1)!);
    }
    const session = { caller, lastSeen: now };
    if (!this.byCaller.has(caller)) this.byCaller.set(caller, new Map());
    this.byCaller.get(caller)!.set(id, session);
    this.sessions.set(id, session);
    return dropped;
  }

  touch(id: string, now: number): void {
    const s = this.sessions.get(id)!;
    s.lastSeen = now;
    const own = this.byCaller.get(s.caller)!;
    own.delete(id);
    own.set(id, s);
  }

  remove(id: string): void {
    const s = this.sessions.get(id)!;
    this.sessions.delete(id);
    const own = this.byCaller.get(s.caller)!;
    own.delete(id);
    if (own.size === 0) this.byCaller.delete(s.caller);
  }
}
const first = (m: Map<string, { lastSeen: number }>) => m.values().next().value!;

type Op = { kind: 'open'; caller: number; tick: number } | { kind: 'use' | 'close'; pick: number; tick: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), caller: fc.nat(5), tick: fc.nat(2) }),
  fc.record({ kind: fc.constantFrom('use' as const, 'close' as const), pick: fc.nat(1000), tick: fc.nat(2) }),
);

describe('the session table', () => {
  it('evicts exactly what the plain scan evicts, in the same order, under both caps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), fc.array(op, { maxLength: 300 }), (max, perCaller, ops) => {
        const table = new SessionTable<Entry>({ maxSessions: max, maxSessionsPerCaller: perCaller });
        const plain = new PlainTable(max, perCaller);
        let now = 0;
        let next = 0;
        for (const o of ops) {
          now += o.tick;
          const open = [...plain.sessions.keys()];
          if (o.kind === 'open') {
            const entry = new Entry();
            entry.id = `s${next++}`;
            const dropped = table.add(entry, `c${o.caller}`, now).map((e) => e.id);
            expect(dropped).toEqual(plain.add(entry.id, `c${o.caller}`, now));
          } else if (open.length > 0) {
            const id = open[o.pick % open.length]!;
            if (o.kind === 'use') {
              table.touch(table.get(id)!, now);
              plain.touch(id, now);
            } else {
              expect(table.remove(table.get(id)!)).toBe(true);
              plain.remove(id);
            }
          }
          expect(table.size).toBe(plain.sessions.size);
        }
        expect([...table.values()].map((e) => e.id).sort()).toEqual([...plain.sessions.keys()].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('gives the sweep the least recently used first, and forgets what it removed', () => {
    const table = new SessionTable<Entry>({ maxSessions: 10, maxSessionsPerCaller: 10 });
    const entry = (id: string) => Object.assign(new Entry(), { id });
    const [a, b] = [entry('a'), entry('b')];
    table.add(a, 'one', 1);
    table.add(b, 'two', 2);
    table.add(entry('c'), 'one', 3);
    table.touch(a, 5);
    expect(table.leastRecentlyUsed()?.id).toBe('b');
    expect(table.remove(b)).toBe(true);
    expect(table.remove(b)).toBe(false);
    expect([table.leastRecentlyUsed()?.id, table.get('b'), table.size]).toEqual(['c', undefined, 2]);
  });
});
