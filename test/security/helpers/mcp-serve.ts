/**
 * `vmcp serve` as users run it, for attack tests: the built CLI (dist/, `npm test` builds it) in a child
 * process on 127.0.0.1 port 0, its URL read from the line it prints once it listens.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Served {
  /** http://127.0.0.1:PORT */
  url: string;
  stderr(): string;
  /** SIGTERM, and waits for the exit (SIGKILL if it has not exited after 10 s). */
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Other files written next to the config, by name (e.g. ToolHive's authserver-config.yaml). */
  files?: Record<string, string>;
  /** Added to this process's environment for the child (secrets the config names by env var). */
  env?: Record<string, string>;
}

export async function serveVmcp(configYaml: string, options: ServeOptions = {}): Promise<Served> {
  if (!existsSync('dist/bundle/main.js')) throw new Error('dist/ is missing: run npm run build (npm test does)');
  const dir = mkdtempSync(join(tmpdir(), 'vmcp-attack-'));
  const file = join(dir, 'vmcp.yaml');
  writeFileSync(file, configYaml);
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(dir, name), text);
  const env = { ...process.env, ...options.env };
  const child = spawn(process.execPath, ['bin/vmcp', 'serve', file, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'], env });
  let err = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /^vmcp: serving .* on (http:\/\/\S+) .*$/m.exec(err);
      if (m) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error(`vmcp serve exited before listening: ${err}`)));
  });
  return {
    url,
    stderr: () => err,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
