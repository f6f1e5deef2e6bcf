/** `vmcp reconcile`: what the operator would write to each VirtualMCPServer's status, from manifest files. */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { CompileResult, RuleId } from '../../compiler/index.js';
import { AuthServerReason, CONDITION_CONFIG, ConfigReason, loadManifests, ManifestError, reconcileAll, reconcileServer, type ResourceSet } from '../../compiler/k8s/index.js';
import { positionOf } from '../../compiler/source.js';
import { InputError, readInput } from '../read-input.js';
import { EXIT_OK, UsageError } from '../usage.js';

export function reconcile(args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string', default: 'json' } }, allowPositionals: true });
  if (values.format !== 'json' && values.format !== 'yaml') throw new UsageError(`--format must be json or yaml, got ${JSON.stringify(values.format)}`);
  if (positionals.length === 0) throw new UsageError('reconcile takes at least one manifest FILE');
  const results = reconcileAll(readManifests(positionals));
  const out = {
    virtualMCPServers: results.map((r) => ({ name: r.name, namespace: r.namespace, status: r.status, config: r.config })),
  };
  process.stdout.write(values.format === 'json' ? JSON.stringify(out, null, 2) + '\n' : stringify(out, { lineWidth: 0 }));
  // A Failed resource is a result, not an error of this command: its status says why.
  return EXIT_OK;
}

/** Manifest files -> resources; anything unreadable becomes an InputError (exit 2). Shared with `compile --k8s`. */
export function readManifests(files: readonly string[]): ResourceSet {
  try {
    return loadManifests(files.map(readInput));
  } catch (e) {
    if (e instanceof ManifestError) throw new InputError(e.message);
    throw e;
  }
}

/** Failures found before the rules run that still are a rule's business. */
const RULE_OF_REASON: Record<string, RuleId> = { [AuthServerReason.AudienceMissing]: 'V-07', [AuthServerReason.IncomingNotOidc]: 'V-08' };

/**
 * `compile --k8s`: one VirtualMCPServer's plan. A server that fails before its config could be compiled (a
 * missing ref, a bad spec) gets one diagnostic per False condition, located at the server's manifest.
 */
export function compileManifests(files: readonly string[], name: string | undefined, namespace: string | undefined): CompileResult {
  if (name === undefined) throw new UsageError('compile --k8s needs --name: the VirtualMCPServer to compile');
  const set = readManifests(files);
  const matches = set.servers.filter((s) => s.name === name && (namespace === undefined || s.namespace === namespace));
  const where = namespace === undefined ? '' : ` in namespace ${namespace}`;
  if (matches.length === 0) throw new UsageError(`no VirtualMCPServer named ${name}${where} in ${files.join(', ')}`);
  if (matches.length > 1) throw new UsageError(`VirtualMCPServer ${name} exists in namespaces ${matches.map((m) => m.namespace).join(', ')}; add --namespace`);
  const server = matches[0]!;
  const result = reconcileServer(server, set);
  if (result.compile) return result.compile;
  const origin = server.origin!;
  const at = { file: origin.source.file, ...positionOf(origin.source, [...origin.base, 'spec'], true) };
  // ConfigValid's AuthServerConfigInvalid and ReferencedConfigInvalid only repeat a ref condition's message: one line is enough.
  const repeats = new Set<string>([ConfigReason.AuthServerConfigInvalid, ConfigReason.ReferencedConfigInvalid]);
  const diagnostics = result.status.conditions
    .filter((c) => c.status === 'False' && !(c.type === CONDITION_CONFIG && repeats.has(c.reason)))
    .map((c) => ({ severity: 'error' as const, rule: RULE_OF_REASON[c.reason] ?? 'schema', path: 'spec', message: `${c.type} ${c.reason}: ${c.message}`, ...at }));
  return { ok: false, diagnostics };
}
