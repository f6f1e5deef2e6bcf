import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `npm run demo:mode-b` as a child process, from the build `npm test` made before the tests run. */
export interface DemoProcess {
  stdout(): string;
  stderr(): string;
  /** Ctrl-C; resolves with the exit code. */
  interrupt(): Promise<number | null>;
}

const SCRIPT = fileURLToPath(new URL('../../scripts/demo-mode-b.mjs', import.meta.url));

export async function startDemo(env: Record<string, string>, readyTimeoutMs = 20_000): Promise<DemoProcess> {
  const child: ChildProcess = spawn(process.execPath, [SCRIPT], { env: { ...process.env, VMCP_DEMO_SKIP_BUILD: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo did not get ready in ${readyTimeoutMs} ms:\n${out}\n${err}`)), readyTimeoutMs);
    const check = () => {
      if (!out.includes('Press Ctrl-C to stop.')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited with ${code} before it was ready:\n${out}\n${err}`));
    });
  });
  return {
    stdout: () => out,
    stderr: () => err,
    interrupt() {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}
