/**
 * What `vmcp serve` refuses at start that the config alone decides (rule `serve`; V-05 under `authServer`, as
 * the contract files those): serve's own start-up functions run on the compiled plan, so both say the same
 * thing in the same words: the rules live in common/ (key-source.ts, host-port.ts), which serve uses as well.
 * Pure: they parse URLs and addresses, touch no network and read no secret.
 * `vmcp compile`/`validate` (cli/start-checks.ts) and the Kubernetes reconcile (k8s/reconcile.ts) both add
 * these to a compile result; what the machine must provide (rule `env`) stays the CLI's.
 */
import type { DeepReadonly } from '../common/freeze.js';
import type { Plan } from '../generated/plan.js';
import { parseHostPort } from '../common/host-port.js';
import { keySourceProblem } from '../common/key-source.js';
import type { CompileResult } from './compile.js';
import type { PathSegment } from './diagnostics.js';
import { withStartProblems } from './start-diagnostics.js';

export interface ServeProblem {
  path: PathSegment[];
  message: string;
}

const REDIS: PathSegment[] = ['authServer', 'runConfig', 'storage', 'redis_config'];

export function serveProblems(plan: DeepReadonly<Plan>): ServeProblem[] {
  const found: ServeProblem[] = [];
  const oidc = plan.incomingAuth.oidc;
  // With the embedded auth server vmcp checks its own tokens in-process and fetches no keys (runtime/run.ts).
  const problem = oidc && !plan.authServer ? keySourceProblem(oidc) : null;
  if (problem !== null) found.push({ path: ['incomingAuth', 'oidc', problem.key], message: problem.message });
  const storage = plan.authServer?.storage;
  if (storage?.type === 'redis') {
    const addrs: [PathSegment[], string][] = [
      ...(storage.addr !== null && !storage.addr.startsWith('/') ? [[[...REDIS, 'addr'], storage.addr] as [PathSegment[], string]] : []),
      ...(storage.sentinel?.addrs ?? []).map((a, i): [PathSegment[], string] => [[...REDIS, 'sentinel_config', 'sentinel_addrs', i], a]),
    ];
    for (const [path, addr] of addrs) {
      const parsed = parseHostPort(addr, 6379);
      if (typeof parsed === 'string') found.push({ path, message: parsed });
    }
  }
  return found;
}

/** The rule a start problem is filed under: V-05 for the auth server's own config, else `serve`. */
export const serveRule = (path: readonly PathSegment[]): 'V-05' | 'serve' => (path[0] === 'authServer' ? 'V-05' : 'serve');

/** The compile result with the serve problems as errors. */
export function withServeChecks(result: CompileResult): CompileResult {
  if (!result.ok || !result.plan) return result;
  return withStartProblems(result, serveProblems(result.plan).map((p) => ({ severity: 'error', rule: serveRule(p.path), ...p })));
}
