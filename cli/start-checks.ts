/**
 * What `vmcp serve` would refuse at start, found without starting it: serve's own start-up functions run on
 * the compiled plan, so both say the same thing in the same words. Two kinds:
 * - rule `serve` (V-05 under `authServer`, as the contract files those), an error: the config alone decides
 *   it, e.g. an incoming issuer over plain http off loopback. These live in compiler/serve-checks.ts, which the
 *   Kubernetes reconcile runs too; `compile` runs them, so it never writes a plan serve refuses for the
 *   config's sake.
 * - rule `env`, a warning (an error with `validate --strict`): this machine lacks what the plan names, an env
 *   var or a file (secrets, signing keys, HMAC secrets, CA bundles, a stdio backend's program). Only `validate` looks, so a build step
 *   without the secrets still compiles and validates.
 * Nothing here touches the network (OIDC discovery, backends): that stays serve's to find.
 * The runtime's modules are imported on demand, so a config that needs none of them does not load them.
 */
import type { CompileResult } from '../compiler/index.js';
import type { PathSegment } from '../compiler/diagnostics.js';
import { startError, withStartProblems, type StartProblem } from '../compiler/start-diagnostics.js';
import type { DeepReadonly } from '../common/freeze.js';
import type { SecretRef } from '../generated/plan.js';
import type { RuntimePlan, SecretValues } from '../runtime/contract.js';
import type { SecretSources } from '../runtime/secrets.js';
import { configPathOfRef } from './locate-ref.js';
import { programProblem } from './program-path.js';

export interface StartCheckOptions {
  /** Also check what this machine must provide (env vars, files): `vmcp validate`. */
  machine: boolean;
  /** Machine problems are errors, not warnings (`validate --strict`). */
  strict?: boolean;
  /** Where secrets are read from; default the process environment and the file system, as serve does. */
  sources?: SecretSources;
}

interface EnvProblem {
  path: PathSegment[];
  message: string;
}

type Ref = DeepReadonly<SecretRef>;
const RC: PathSegment[] = ['authServer', 'runConfig'];
const REDIS: PathSegment[] = [...RC, 'storage', 'redis_config'];

/** The compile result with the start checks' diagnostics merged in; not ok when one is an error. */
export async function withStartChecks(result: CompileResult, o: StartCheckOptions): Promise<CompileResult> {
  if (!result.ok || !result.plan || !result.locate) return result;
  const plan = result.plan as RuntimePlan;
  const problems: StartProblem[] = [];
  // Only incoming OIDC and the auth server give serve's checks anything to look at; they load its auth code.
  if (plan.incomingAuth.oidc || plan.authServer) {
    const { serveProblems, serveRule } = await import('../compiler/serve-checks.js');
    problems.push(...serveProblems(plan).map((p): StartProblem => ({ severity: 'error', rule: serveRule(p.path), ...p })));
  }
  // A Redis address serve refuses would also stop the TLS check below, under the wrong rule.
  const redisOk = !problems.some((p) => p.path[2] === 'storage');
  if (o.machine) {
    const severity = o.strict === true ? 'error' : 'warning';
    problems.push(...(await machineProblems(plan, result.config, o.sources, redisOk)).map((p): StartProblem => ({ severity, rule: 'env', ...p })));
  }
  return withStartProblems(result, problems);
}

async function machineProblems(plan: RuntimePlan, config: unknown, sources: SecretSources | undefined, redisOk: boolean): Promise<EnvProblem[]> {
  const { readSecrets, describeRef } = await import('../runtime/secrets.js');
  const { secrets, problems } = readSecrets(plan, sources);
  const env = (path: PathSegment[] | undefined, message: string): EnvProblem => ({ path: path ?? [], message: `${message}; vmcp serve would not start` });
  const found = problems.map((p) => env(configPathOfRef(config, p.ref), `${describeRef(p.ref)}: ${p.problem}`));
  const unresolved = new Set(problems.map((p) => describeRef(p.ref)));
  // Keys are only judged when their files could be read: an unreadable one is reported above already.
  const usable = (refs: readonly Ref[]) => refs.every((r) => !unresolved.has(describeRef(r)));
  const atRef = (refs: readonly Ref[], message: string, fallback: PathSegment[]) => {
    const named = refs.find((r) => message.includes(describeRef(r)));
    return env((named && configPathOfRef(config, named)) ?? fallback, message);
  };
  const as = plan.authServer;
  if (as) {
    const [{ loadSigningKeys }, { loadKeyring }] = await Promise.all([
      import('../runtime/auth-server/signing-keys.js'),
      import('../runtime/auth-server/storage/keyring.js'),
    ]);
    // Without keys serve generates them (with a warning): nothing on this machine to check.
    if (as.signingKeys.length > 0 && usable(as.signingKeys)) {
      await loadSigningKeys(as.signingKeys, { secrets }).catch((e: unknown) => found.push(atRef(as.signingKeys, startError(e), [...RC, 'signing_key_config'])));
    }
    if (as.hmacSecrets.length > 0 && usable(as.hmacSecrets)) {
      try {
        loadKeyring(as.hmacSecrets, { secrets });
      } catch (e) {
        found.push(atRef(as.hmacSecrets, startError(e), [...RC, 'hmac_secret_files']));
      }
    }
    if (redisOk) found.push(...(await redisTlsProblems(plan, secrets, usable, env)));
  }
  plan.backends.forEach((b, i) => {
    const problem = b.stdio ? programProblem(b.stdio.command, b.stdio.cwd) : null;
    // serve starts without it; the backend is what would not work.
    if (problem) found.push({ path: ['backends', i, 'command'], message: `backend "${b.name}": ${problem}; vmcp serve would start, but this backend would be unavailable` });
  });
  const oidc = plan.incomingAuth.oidc;
  if (oidc?.caBundlePath && !as) {
    const [{ keyFetchGuard }, { createKeyFetcher }] = await Promise.all([import('../runtime/auth/incoming.js'), import('../runtime/auth/key-fetch.js')]);
    try {
      await createKeyFetcher(keyFetchGuard(oidc)).close();
    } catch (e) {
      found.push(env(['incomingAuth', 'oidc', 'caBundlePath'], startError(e)));
    }
  }
  return found;
}

/** The Redis CA files, read when the storage connects at start (redis-options.ts). */
async function redisTlsProblems(
  plan: RuntimePlan,
  secrets: SecretValues,
  usable: (refs: readonly Ref[]) => boolean,
  env: (path: PathSegment[], message: string) => EnvProblem,
): Promise<EnvProblem[]> {
  const storage = plan.authServer?.storage;
  if (storage?.type !== 'redis' || (storage.tls === null && storage.sentinelTls === null)) return [];
  const credentials = [storage.username, storage.password].filter((r): r is NonNullable<typeof r> => r !== null);
  if (!usable(credentials)) return [];
  const { redisOptions } = await import('../runtime/auth-server/storage/redis-options.js');
  try {
    redisOptions(storage, secrets);
    return [];
  } catch (e) {
    const message = startError(e);
    // The data connection's TLS is read first (redis-options.ts), so a message naming its file is about it.
    const block = storage.tls?.caCertFile && message.includes(storage.tls.caCertFile) ? 'tls' : 'sentinel_tls';
    return [env([...REDIS, block, 'ca_cert_file'], message)];
  }
}
