import type { StoragePlan } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import { MemoryStorage } from './memory.js';
import { openRedisStorage, type OpenRedisOptions } from './redis.js';
import type { AuthServerStorage } from './types.js';

/** The storage the plan asks for. */
export function openStorage(plan: DeepReadonly<StoragePlan>, opts: OpenRedisOptions): AuthServerStorage {
  return plan.type === 'redis' ? openRedisStorage(plan, opts) : new MemoryStorage(opts.keyring ? { keyring: opts.keyring } : {});
}
