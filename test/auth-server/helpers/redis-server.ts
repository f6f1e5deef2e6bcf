import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, connect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real redis-server (or sentinel) started for a test on a free loopback port. */
export interface RedisProcess {
  port: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** `port`: to restart a server where its clients expect it. */
export async function startRedis(extraConfig: string[] = [], port?: number): Promise<RedisProcess> {
  return start(['port', 'bind 127.0.0.1', 'save ""', 'appendonly no', ...extraConfig], [], plainDial, false, port);
}

/** TLS only (no plain port); `certs` from helpers/tls-certs.ts. */
export async function startRedisTls(certs: { ca: string; cert: string; key: string; caPem: string }): Promise<RedisProcess> {
  const config = ['port', 'bind 127.0.0.1', 'save ""', 'appendonly no', `tls-cert-file ${certs.cert}`, `tls-key-file ${certs.key}`, `tls-ca-cert-file ${certs.ca}`, 'tls-auth-clients no'];
  return start(config, [], (port) => tlsConnect({ port, host: '127.0.0.1', ca: certs.caPem }), true);
}

/** A sentinel watching one master, quorum 1. */
export async function startSentinel(masterName: string, masterPort: number): Promise<RedisProcess> {
  return start(['port', 'bind 127.0.0.1', `sentinel monitor ${masterName} 127.0.0.1 ${masterPort} 1`, 'sentinel resolve-hostnames no'], ['--sentinel']);
}

type Dial = (port: number) => Socket;
const plainDial: Dial = (port) => connect(port, '127.0.0.1');

async function start(config: string[], flags: string[], dial: Dial = plainDial, tls = false, fixedPort?: number): Promise<RedisProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'vmcp-redis-'));
  const port = fixedPort ?? (await freePort());
  // The first line is a placeholder for the port; sentinel rewrites its config file, so it lives in `dir`.
  const lines = [tls ? `port 0\ntls-port ${port}` : `port ${port}`, `dir ${dir}`, ...config.slice(1)];
  const file = join(dir, 'redis.conf');
  await writeFile(file, lines.join('\n') + '\n');
  const proc = spawn('redis-server', [file, ...flags], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  await waitForPong(port, proc, dial);
  return {
    port,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPong(port: number, proc: ChildProcess, dial: Dial): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode}`);
    if (await pong(dial(port))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server on ${port} did not answer PING`);
}

function pong(s: Socket): Promise<boolean> {
  return new Promise((resolve) => {
    s.setTimeout(500);
    s.write('PING\r\n');
    s.once('data', (d) => {
      s.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    s.once('error', () => resolve(false));
    s.once('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}
