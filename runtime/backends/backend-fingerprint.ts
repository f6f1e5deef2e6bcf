/**
 * What a backend is, for a reload to tell whether it changed: its plan and the values of the secrets its plan
 * names. A secret rotated in its env var or file, or edited where the config file holds it, changes the
 * fingerprint though the plan (references only) does not. A digest, so no value is kept.
 */
import { createHash } from 'node:crypto';
import type { DeepReadonly } from '../../common/freeze.js';
import type { BackendPlan } from '../../generated/plan.js';
import type { SecretValues } from '../contract.js';
import { secretRefsIn } from '../secrets.js';

export function backendFingerprint(b: DeepReadonly<BackendPlan>, secrets: SecretValues): string {
  const hash = createHash('sha256').update(JSON.stringify(b));
  for (const { ref } of secretRefsIn(b)) {
    // A value this runtime was not given (a test's strategy stands in for it) is told apart by its reference only.
    let value: Buffer;
    try {
      value = secrets.bytes(ref);
    } catch {
      value = Buffer.from(JSON.stringify(ref));
    }
    hash.update('\0').update(value);
  }
  return hash.digest('base64url');
}
