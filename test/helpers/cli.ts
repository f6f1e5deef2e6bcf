import { spawnSync } from 'node:child_process';

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

/** A Node stack frame in output means an error escaped as a crash. */
export const hasStackTrace = (text: string): boolean => /^\s+at .+\(.+:\d+:\d+\)$/m.test(text) || text.includes('node:internal');
