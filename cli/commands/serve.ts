/**
 * `vmcp serve FILE`: a YAML config (compiled here) or a plan JSON from `vmcp compile`; both give the same
 * server. SIGTERM and SIGINT drain in-flight requests, then exit 0: idle connections and MCP streams that
 * only wait for events end at once, so the drain lasts as long as real work (at most 10 s). A second
 * signal meets node's default handling and stops the process at once. SIGHUP, or a change to FILE, reloads
 * it (../reload-on-change.ts).
 */
import { parseArgs } from 'node:util';
import { VmcpError } from '../../common/errors.js';
import type { RuntimePlan } from '../../runtime/contract.js';
import { createLogger } from '../../runtime/log.js';
import { runPlan } from '../../runtime/run.js';
import { formatDiagnostics } from '../format.js';
import { reloadOnChange } from '../reload-on-change.js';
import { EXIT_INVALID, UsageError } from '../usage.js';

export async function serve(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '4483' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('serve takes exactly one FILE');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got ${JSON.stringify(values.port)}`);
  const file = positionals[0]!;

  try {
    let plan: RuntimePlan;
    if (file.endsWith('.json')) {
      // Each kind of FILE loads only its own reader: the plan's JSON Schema (ajv) or the compiler.
      plan = (await import('../../runtime/load-plan.js')).loadPlanFile(file);
    } else {
      const result = (await import('../load-config.js')).compileFile(file);
      // The same diagnostics, on the same stream, as `vmcp validate`.
      process.stderr.write(formatDiagnostics(result.diagnostics, 'text', result.ok));
      if (!result.ok || !result.plan) return EXIT_INVALID;
      plan = result.plan;
    }
    const log = createLogger(plan.operational.logLevel);
    const server = await runPlan(plan, { host: values.host, port, logger: log });
    const reloader = reloadOnChange(file, server, log);
    const hangup = () => {
      log.info('reloading', { signal: 'SIGHUP' });
      void reloader.reload();
    };
    // The handlers go in before the line that says we serve: a supervisor may signal as soon as it reads it.
    process.on('SIGHUP', hangup);
    const stopped = new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        log.info('draining', { signal });
        reloader.stop();
        process.off('SIGHUP', hangup);
        void server.close().then(resolve);
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    // A discovering plan's backends are those found at start, not the written plan's (none).
    const found = server.plan().backends.length;
    const from = plan.discovery ? ` discovered from group ${plan.groupRef}` : '';
    process.stderr.write(`vmcp: serving ${plan.name} on ${server.url} (mode ${plan.mode}, ${found} backend${found === 1 ? '' : 's'}${from})\n`);
    await stopped;
    return 0;
  } catch (e) {
    // Typed startup errors (the runtime's, the auth server's, the backends', an unreadable FILE) carry a code
    // and a sentence for people; anything else is a bug, which main reports as an internal error.
    if (!(e instanceof VmcpError)) throw e;
    process.stderr.write(`vmcp: ${e.message}\n`);
    return EXIT_INVALID;
  }
}
