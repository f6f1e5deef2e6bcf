import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../runtime/auth-server/storage/memory.js';
import { client, codeGrant, pending, secret } from './helpers/records.js';
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
  it('refuses new codes with AS_STORAGE_FULL when full of live ones, and keeps the old ones (their tombstones matter)', async () => {
    const s = new MemoryStorage({ maxEntries: 2 });
    const [a, b] = [secret(), secret()];
    await s.putCode(a, codeGrant(), 60_000);
    await s.putCode(b, codeGrant(), 60_000);
    await expect(s.putCode(secret(), codeGrant(), 60_000)).rejects.toMatchObject({ code: 'AS_STORAGE_FULL' });
    expect((await s.consumeCode(a)).status).toBe('ok');
    expect((await s.consumeCode(b)).status).toBe('ok');
    await s.close();
  });

  it('makes room among records anyone can create (clients, pending sign-ins, consent pages) by dropping the one closest to expiry', async () => {
    const s = new MemoryStorage({ maxEntries: 2 });
    const [proven, unproven, next] = [client(), client(), client()];
    await s.putClient(proven, 90 * 86_400_000);
    await s.putClient(unproven, 86_400_000);
    await s.putClient(next, 86_400_000);
    expect(await s.getClient(proven.clientId)).toEqual(proven);
    expect(await s.getClient(unproven.clientId)).toBeNull();
    expect(await s.getClient(next.clientId)).toEqual(next);
    const states = [secret(), secret(), secret()];
    for (const state of states) await s.putPending(state, pending(), 600_000);
    expect(await s.takePending(states[0]!)).toBeNull();
    expect(await s.takePending(states[2]!)).not.toBeNull();
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
