/**
 * What `vmcp serve` would refuse at start, found without starting it: serve's own start-up functions run on
 * the compiled plan, so both say the same thing in the same words. Two kinds:
 * - rule `serve` (V-05 under `authServer`, as the contract files those), an error: the config alone decides
 *   it, e.g. an incoming issuer over plain http off loopback. `compile` runs these too, so it never writes a
 *   plan serve refuses for the config's sake.
 * - rule `env`, a warning (an error with `validate --strict`): this machine lacks what the plan names, an env
 *   var or a file (secrets, signing keys, HMAC secrets, CA bundles). Only `validate` looks, so a build step
 *   without the secrets still compiles and validates.
 * Nothing here touches the network (OIDC discovery, backends): that stays serve's to find.
 * The runtime's modules are imported on demand, so a config that needs none of them does not load them.
 */
import type { CompileResult, Diagnostic } from '../compiler/index.js';
import { formatPath, hasErrors, sortDiagnostics, type PathSegment } from '../compiler/diagnostics.js';
import type { DeepReadonly } from '../common/freeze.js';
import type { SecretRef } from '../generated/plan.js';
import type { RuntimePlan, SecretValues } from '../runtime/contract.js';
import type { SecretSources } from '../runtime/secrets.js';
import { configPathOfRef } from './locate-ref.js';

export interface StartCheckOptions {
  /** Also check what this machine must provide (env vars, files): `vmcp validate`. */
  machine: boolean;
  /** Machine problems are errors, not warnings (`validate --strict`). */
  strict?: boolean;
  /** Where secrets are read from; default the process environment and the file system, as serve does. */
  sources?: SecretSources;
}

interface Problem {
  kind: 'serve' | 'env';
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
  const problems = await configProblems(plan);
  // A Redis address serve refuses would also stop the TLS check below, under the wrong rule.
  const redisOk = !problems.some((p) => p.path[2] === 'storage');
  if (o.machine) problems.push(...(await machineProblems(plan, result.config, o.sources, redisOk)));
  if (problems.length === 0) return result;
  const locate = result.locate;
  const added: Diagnostic[] = problems.map((p) => ({
    severity: p.kind === 'serve' || o.strict === true ? 'error' : 'warning',
    rule: p.kind === 'env' ? 'env' : p.path[0] === 'authServer' ? 'V-05' : 'serve',
    path: formatPath(p.path),
    message: p.message,
    ...locate(p.path, false),
  }));
  const files = [...new Set([locate([], false).file, locate(RC, false).file])];
  const diagnostics = sortDiagnostics([...result.diagnostics, ...added], files);
  return hasErrors(added) ? { ok: false, diagnostics } : { ...result, diagnostics };
}

/** A typed start error (ours, the auth server's) carries a code; anything else is a bug and is thrown on. */
function startError(e: unknown): string {
  if (e instanceof Error && typeof (e as { code?: unknown }).code === 'string') return e.message;
  throw e;
}

async function configProblems(plan: RuntimePlan): Promise<Problem[]> {
  const found: Problem[] = [];
  const oidc = plan.incomingAuth.oidc;
  // With the embedded auth server vmcp checks its own tokens in-process and fetches no keys (runtime/run.ts).
  if (oidc && !plan.authServer) {
    const { checkKeySourceAtStart, keySourceKey } = await import('../runtime/auth/incoming.js');
    try {
      checkKeySourceAtStart(oidc);
    } catch (e) {
      found.push({ kind: 'serve', path: ['incomingAuth', 'oidc', keySourceKey(oidc)], message: startError(e) });
    }
  }
  const storage = plan.authServer?.storage;
  if (storage?.type === 'redis') {
    const { hostPort } = await import('../runtime/auth-server/storage/redis-options.js');
    const addrs: [PathSegment[], string][] = [
      ...(storage.addr !== null && !storage.addr.startsWith('/') ? [[[...REDIS, 'addr'], storage.addr] as [PathSegment[], string]] : []),
      ...(storage.sentinel?.addrs ?? []).map((a, i): [PathSegment[], string] => [[...REDIS, 'sentinel_config', 'sentinel_addrs', i], a]),
    ];
    for (const [path, addr] of addrs) {
      try {
        hostPort(addr);
      } catch (e) {
        found.push({ kind: 'serve', path, message: startError(e) });
      }
    }
  }
  return found;
}

async function machineProblems(plan: RuntimePlan, config: unknown, sources: SecretSources | undefined, redisOk: boolean): Promise<Problem[]> {
  const { readSecrets, describeRef } = await import('../runtime/secrets.js');
  const { secrets, problems } = readSecrets(plan, sources);
  const env = (path: PathSegment[] | undefined, message: string): Problem => ({ kind: 'env', path: path ?? [], message: `${message}; vmcp serve would not start` });
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
  const oidc = plan.incomingAuth.oidc;
  if (oidc?.caBundlePath && !as) {
    const [{ keyFetchGuard }, { createGuardedFetcher }] = await Promise.all([import('../runtime/auth/incoming.js'), import('../runtime/http/guarded-fetch.js')]);
    try {
      await createGuardedFetcher(keyFetchGuard(oidc)).close();
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
  env: (path: PathSegment[], message: string) => Problem,
): Promise<Problem[]> {
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
