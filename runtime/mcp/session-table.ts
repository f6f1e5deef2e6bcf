/**
 * The table of 2025-era sessions and its two caps (legacy-sessions.ts says why there are two). Each
 * operation costs O(log callers) at most, whatever the table holds:
 * - each caller's sessions form a list, least recently used first: the per-caller cap drops its head;
 * - callers sit in a binary heap, the one to lose a session first at the top: the caller holding the
 *   most, of those the one whose least recently used session is the oldest, of those the one that came
 *   first. The global cap drops the top caller's head. Only a change to a caller's count or to its head
 *   moves it in the heap;
 * - all sessions form one list in the order they were last used, so the idle sweep reads only those past
 *   the timeout.
 * Written by hand: the lists are threaded through the sessions themselves and the heap keeps each
 * caller's place, which a library heap or LRU map does not, and both are needed to move an entry in O(1)
 * or O(log n) when a request touches it.
 */

/** What the table keeps on each session; a session is an entry of at most one table, once. */
export abstract class TableEntry {
  id = '';
  lastSeen = 0;
  /** Set while the session is in the table. */
  caller: Caller | null = null;
  callerPrev: TableEntry | null = null;
  callerNext: TableEntry | null = null;
  usedPrev: TableEntry | null = null;
  usedNext: TableEntry | null = null;
}

/** One caller's sessions, least recently used (oldest) first. */
class Caller {
  size = 0;
  oldest: TableEntry | null = null;
  newest: TableEntry | null = null;
  heapIndex = -1;
  constructor(
    readonly key: string,
    /** When the caller came (again): the last tie-break. */
    readonly seq: number,
  ) {}
}

export interface SessionTableLimits {
  maxSessions: number;
  maxSessionsPerCaller: number;
}

export class SessionTable<E extends TableEntry> {
  private readonly byId = new Map<string, E>();
  private readonly callers = new Map<string, Caller>();
  private readonly heap: Caller[] = [];
  /** All sessions, least recently used first. */
  private used: { oldest: TableEntry | null; newest: TableEntry | null } = { oldest: null, newest: null };
  private seq = 0;

  constructor(private readonly limits: SessionTableLimits) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): E | undefined {
    return this.byId.get(id);
  }

  values(): IterableIterator<E> {
    return this.byId.values();
  }

  /**
   * Adds `entry` (its `id` set) for `callerKey`, first making room under both caps: the caller's own
   * least recently used sessions go first, then, while the table is full, the top caller's. Returns what
   * it removed, for the caller to close.
   */
  add(entry: E, callerKey: string, now: number): E[] {
    const dropped: E[] = [];
    let caller = this.callers.get(callerKey);
    while (caller !== undefined && caller.size >= this.limits.maxSessionsPerCaller) {
      dropped.push(this.removeOldestOf(caller));
      caller = this.callers.get(callerKey);
    }
    while (this.byId.size >= this.limits.maxSessions && this.heap.length > 0) dropped.push(this.removeOldestOf(this.heap[0]!));
    caller = this.callers.get(callerKey);
    if (!caller) this.callers.set(callerKey, (caller = new Caller(callerKey, this.seq++)));
    entry.lastSeen = now;
    entry.caller = caller;
    appendToCaller(caller, entry);
    this.appendUsed(entry);
    this.byId.set(entry.id, entry);
    if (caller.heapIndex === -1) {
      caller.heapIndex = this.heap.length;
      this.heap.push(caller);
    }
    this.siftUp(caller);
    return dropped;
  }

  /** A request for `entry`: it becomes its caller's, and the table's, most recently used. */
  touch(entry: E, now: number): void {
    const caller = entry.caller;
    if (!caller) return;
    entry.lastSeen = now;
    this.unlinkUsed(entry);
    this.appendUsed(entry);
    if (caller.newest === entry) {
      // Its only session, or already its newest: a lone session is also the head, whose time just changed.
      if (caller.oldest === entry) this.fix(caller);
      return;
    }
    const wasOldest = caller.oldest === entry;
    unlinkFromCaller(caller, entry);
    appendToCaller(caller, entry);
    if (wasOldest) this.fix(caller);
  }

  /** Takes `entry` out (closed, deleted or evicted); false when it was not in the table. */
  remove(entry: E): boolean {
    const caller = entry.caller;
    if (!caller || this.byId.get(entry.id) !== entry) return false;
    this.byId.delete(entry.id);
    this.unlinkUsed(entry);
    unlinkFromCaller(caller, entry);
    entry.caller = null;
    if (caller.size > 0) {
      this.fix(caller);
    } else {
      this.callers.delete(caller.key);
      this.removeFromHeap(caller);
    }
    return true;
  }

  /** The least recently used session of all, or null. */
  leastRecentlyUsed(): E | null {
    return this.used.oldest as E | null;
  }

  clear(): void {
    this.byId.clear();
    this.callers.clear();
    this.heap.length = 0;
    this.used = { oldest: null, newest: null };
  }

  private removeOldestOf(caller: Caller): E {
    const entry = caller.oldest as E;
    this.remove(entry);
    return entry;
  }

  private appendUsed(entry: TableEntry): void {
    entry.usedPrev = this.used.newest;
    entry.usedNext = null;
    if (this.used.newest) this.used.newest.usedNext = entry;
    else this.used.oldest = entry;
    this.used.newest = entry;
  }

  private unlinkUsed(entry: TableEntry): void {
    if (entry.usedPrev) entry.usedPrev.usedNext = entry.usedNext;
    else this.used.oldest = entry.usedNext;
    if (entry.usedNext) entry.usedNext.usedPrev = entry.usedPrev;
    else this.used.newest = entry.usedPrev;
    entry.usedPrev = entry.usedNext = null;
  }

  // ---- the heap of callers ------------------------------------------------------------------------------

  private fix(caller: Caller): void {
    if (!this.siftUp(caller)) this.siftDown(caller);
  }

  private removeFromHeap(caller: Caller): void {
    const i = caller.heapIndex;
    const last = this.heap.pop()!;
    caller.heapIndex = -1;
    if (last === caller) return;
    this.heap[i] = last;
    last.heapIndex = i;
    this.fix(last);
  }

  /** Moves `caller` up while it goes before its parent; true when it moved. */
  private siftUp(caller: Caller): boolean {
    let i = caller.heapIndex;
    const start = i;
    while (i > 0) {
      const parent = this.heap[(i - 1) >> 1]!;
      if (!goesFirst(caller, parent)) break;
      this.place(parent, i);
      i = (i - 1) >> 1;
    }
    this.place(caller, i);
    return i !== start;
  }

  private siftDown(caller: Caller): void {
    const n = this.heap.length;
    let i = caller.heapIndex;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && goesFirst(this.heap[c + 1]!, this.heap[c]!)) c += 1;
      const child = this.heap[c]!;
      if (!goesFirst(child, caller)) break;
      this.place(child, i);
      i = c;
    }
    this.place(caller, i);
  }

  private place(caller: Caller, i: number): void {
    this.heap[i] = caller;
    caller.heapIndex = i;
  }
}

/** Whether caller `a` loses a session to the global cap before `b`. */
function goesFirst(a: Caller, b: Caller): boolean {
  if (a.size !== b.size) return a.size > b.size;
  const ta = a.oldest!.lastSeen;
  const tb = b.oldest!.lastSeen;
  return ta !== tb ? ta < tb : a.seq < b.seq;
}

function appendToCaller(caller: Caller, entry: TableEntry): void {
  entry.callerPrev = caller.newest;
  entry.callerNext = null;
  if (caller.newest) caller.newest.callerNext = entry;
  else caller.oldest = entry;
  caller.newest = entry;
  caller.size += 1;
}

function unlinkFromCaller(caller: Caller, entry: TableEntry): void {
  if (entry.callerPrev) entry.callerPrev.callerNext = entry.callerNext;
  else caller.oldest = entry.callerNext;
  if (entry.callerNext) entry.callerNext.callerPrev = entry.callerPrev;
  else caller.newest = entry.callerPrev;
  entry.callerPrev = entry.callerNext = null;
  caller.size -= 1;
}
