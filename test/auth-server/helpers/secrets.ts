import type { RuntimePlan, SecretValues } from '../../../runtime/contract.js';
import { resolveSecrets } from '../../../runtime/secrets.js';

/**
 * Secrets resolved by the runtime's own resolver, as the server does at start. It finds references by
 * shape, so a plan fragment (a storage plan, a list of key refs) works as well as a whole plan.
 */
export const secretsFor = (fragment: object, env: Record<string, string> = {}): SecretValues =>
  resolveSecrets(fragment as unknown as RuntimePlan, { env });

export const noSecrets: SecretValues = secretsFor({});
