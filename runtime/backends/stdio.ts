/**
 * stdio backends: a program vmcp starts and speaks MCP to over its stdin/stdout, through the SDK's
 * StdioClientTransport (which starts it without a shell, and stops it by closing its stdin, then SIGTERM,
 * then SIGKILL). One process per backend, shared by every caller. Its stderr goes to the log at debug,
 * line by line. When it dies, it is started again after a delay that doubles with each exit in a row
 * (restart-backoff.ts), so a program that cannot start does not spin.
 */
import type { Readable } from 'node:stream';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import type { DeepReadonly } from '../../common/freeze.js';
import type { StdioLaunchPlan } from '../../generated/plan.js';
import type { SecretValues } from '../contract.js';
import type { Logger } from '../log.js';

/** A stdio backend's program with its environment read (values from the plan's references). */
export interface StdioLaunch {
  command: string;
  args: readonly string[];
  env: Readonly<Record<string, string>>;
  cwd: string | null;
}

export function resolveStdioLaunch(plan: DeepReadonly<StdioLaunchPlan>, secrets: SecretValues): StdioLaunch {
  const env: Record<string, string> = {};
  for (const [name, ref] of Object.entries(plan.env)) if (ref) env[name] = secrets.get(ref);
  return { command: plan.command, args: plan.args, env, cwd: plan.cwd };
}

export function stdioTransport(launch: StdioLaunch, backend: string, logger: Logger): StdioClientTransport {
  const transport = new StdioClientTransport({
    command: launch.command,
    args: [...launch.args],
    env: { ...launch.env },
    ...(launch.cwd !== null ? { cwd: launch.cwd } : {}),
    stderr: 'pipe',
  });
  let partial = '';
  // A PassThrough with stderr: 'pipe' (typed as the wider Stream).
  const stderr = transport.stderr as Readable | null;
  stderr?.setEncoding('utf8');
  stderr?.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) if (line !== '') logger.debug('backend stderr', { backend, line });
  });
  return transport;
}
