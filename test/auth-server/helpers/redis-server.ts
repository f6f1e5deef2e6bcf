import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real redis-server (or sentinel) started for a test on a free loopback port. */
export interface RedisProcess {
  port: number;
  stop(): Promise<void>;
}

/**
 * A Redis address where nothing listens, for outage tests: a unix socket path that does not exist, so the
 * connection is refused at once and no port is borrowed from the machine.
 */
export const deadRedisAddr = (): string => join(tmpdir(), `vmcp-no-redis-${process.pid}-${Math.random().toString(36).slice(2)}.sock`);

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

/**
 * redis-server cannot listen on port 0 and tell which port it got, so it gets a random port below the
 * kernel's ephemeral range (where clients' own ports come from) and another one if that one is taken.
 */
async function start(config: string[], flags: string[], dial: Dial = plainDial, tls = false, fixedPort?: number): Promise<RedisProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? 10_000 + Math.floor(Math.random() * 22_000);
    try {
      return await startOn(port, config, flags, dial, tls);
    } catch (e) {
      if (!(e instanceof PortTaken) || fixedPort !== undefined || attempt === 10) throw e;
    }
  }
}

class PortTaken extends Error {}

async function startOn(port: number, config: string[], flags: string[], dial: Dial, tls: boolean): Promise<RedisProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'vmcp-redis-'));
  // The first line is a placeholder for the port; sentinel rewrites its config file, so it lives in `dir`.
  const lines = [tls ? `port 0\ntls-port ${port}` : `port ${port}`, `dir ${dir}`, ...config.slice(1)];
  const file = join(dir, 'redis.conf');
  await writeFile(file, lines.join('\n') + '\n');
  const proc = spawn('redis-server', [file, ...flags], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  try {
    await waitForPong(port, proc, dial);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    port,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Until this very process answers on `port` (another server there could answer PING too). A child process
 * tells nothing when it is ready, so this polls, every 50 ms for at most 10 s.
 */
async function waitForPong(port: number, proc: ChildProcess, dial: Dial): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new PortTaken(`redis-server exited with ${proc.exitCode} (port ${port} taken?)`);
    const pid = await serverPid(dial(port));
    if (pid === proc.pid) return;
    if (pid !== null) {
      proc.kill('SIGKILL');
      throw new PortTaken(`port ${port} is another server's`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  proc.kill('SIGKILL');
  throw new Error(`redis-server on ${port} did not answer`);
}

/** The process id a Redis server on `s` reports (INFO server), or null when nothing answers like Redis. */
function serverPid(s: Socket): Promise<number | null> {
  return new Promise((resolve) => {
    let text = '';
    s.setTimeout(500);
    s.write('INFO server\r\n');
    s.on('data', (d) => {
      text += d.toString();
      const m = /\r\nprocess_id:(\d+)\r\n/.exec(text);
      if (m || text.startsWith('-')) {
        s.destroy();
        resolve(m ? Number(m[1]) : null);
      }
    });
    s.once('error', () => resolve(null));
    s.once('timeout', () => {
      s.destroy();
      resolve(null);
    });
  });
}
