import { execFile, spawnSync } from 'node:child_process';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds dist/ first) as a user would, with a hard time limit. */
export function vmcp(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [`${process.cwd()}/bin/vmcp`, ...args], {
    cwd: opts.cwd ?? process.cwd(),
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** As vmcp(), without blocking this process: for runs that talk to servers this process serves. */
export function vmcpAsync(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`${process.cwd()}/bin/vmcp`, ...args],
      { cwd: opts.cwd ?? process.cwd(), env: { ...process.env, ...opts.env }, encoding: 'utf8', timeout: opts.timeoutMs ?? 20_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A Node stack frame in output means an error escaped as a crash. */
export const hasStackTrace = (text: string): boolean => /^\s+at .+\(.+:\d+:\d+\)$/m.test(text) || text.includes('node:internal');
