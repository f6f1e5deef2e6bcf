import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../runtime/auth-server/storage/memory.js';
import { client, pending, secret } from './helpers/records.js';
import { runStorageSuite } from './storage.suite.js';

function fakeClock() {
  let t = 1_700_000_000_000;
  return { now: () => t, advance: async (ms: number) => void (t += ms) };
}

runStorageSuite('memory', async () => {
  const clock = fakeClock();
  return { storage: new MemoryStorage({ now: clock.now }), advance: clock.advance };
});

describe('memory storage bounds', () => {
  it('refuses new records with AS_STORAGE_FULL when full of live ones, and keeps the old ones', async () => {
    const s = new MemoryStorage({ maxEntries: 2 });
    const [a, b] = [client(), client()];
    await s.putClient(a, 60_000);
    await s.putClient(b, 60_000);
    await expect(s.putClient(client(), 60_000)).rejects.toMatchObject({ code: 'AS_STORAGE_FULL' });
    expect(await s.getClient(a.clientId)).toEqual(a);
    expect(await s.getClient(b.clientId)).toEqual(b);
    await s.close();
  });

  it('makes room by sweeping expired records before refusing', async () => {
    const clock = fakeClock();
    const s = new MemoryStorage({ maxEntries: 2, now: clock.now });
    await s.putPending(secret(), pending(), 10);
    await s.putPending(secret(), pending(), 10);
    await clock.advance(11);
    const state = secret();
    await s.putPending(state, pending(), 10);
    expect(await s.takePending(state)).not.toBeNull();
    await s.close();
  });

  it('sweeps expired records on its interval, without a read', async () => {
    let t = 0;
    const s = new MemoryStorage({ now: () => t, sweepIntervalMs: 5 });
    await s.putClient(client(), 10);
    await s.putClient(client(), 1_000);
    expect(s.size).toBe(2);
    t = 20;
    await vi.waitFor(() => expect(s.size).toBe(1));
    await s.close();
  });
});
