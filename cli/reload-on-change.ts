/**
 * Live reload for `vmcp serve FILE`: on SIGHUP, and when FILE or its sibling authserver-config.yaml changes,
 * FILE is read and compiled again (a plan JSON is read and checked) and the running server swaps the new plan
 * in (runtime/reload.ts says what may change without a restart). A file with errors, a change that needs a
 * restart, or a secret the new plan cannot read leaves the running plan serving, and the log says why.
 *
 * The directory is watched rather than the file: editors save by writing a new file and renaming it, and a
 * Kubernetes ConfigMap volume swaps a symlink, so events name other files. Any event leads to reading the
 * files again; only different bytes lead to a reload.
 */
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeChange, type PlanChange } from '../common/plan-diff/index.js';
import { SIBLING_RUN_CONFIG } from '../compiler/index.js';
import type { RuntimePlan } from '../runtime/contract.js';
import type { Logger } from '../runtime/log.js';
import type { ReloadOutcome } from '../runtime/reload.js';
import type { RunningPlan } from '../runtime/run.js';
import { formatDiagnostics } from './format.js';

/** Events come in bursts (write, rename, chmod): one read after the burst. */
const SETTLE_MS = 150;

export interface Reloader {
  /** Reload now (SIGHUP), whether or not the files changed. */
  reload(): Promise<void>;
  stop(): void;
}

export function reloadOnChange(file: string, server: RunningPlan, log: Logger): Reloader {
  const files = file.endsWith('.json') ? [file] : [file, join(dirname(file), SIBLING_RUN_CONFIG)];
  let seen: Promise<string> = digest(files);
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;

  const run = (force: boolean) => {
    running = running
      .then(async () => {
        const now = await digest(files);
        if (!force && now === (await seen)) return;
        seen = Promise.resolve(now);
        await reloadOnce(file, server, log);
      })
      // A reload that failed in an unforeseen way is logged; the next change is still read.
      .catch((e: unknown) => log.error('reload failed; the running plan goes on', { error: (e as Error).message }));
    return running;
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dirname(file), { persistent: false }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(false), SETTLE_MS);
    });
    watcher.on('error', () => log.warn('config watch stopped; reload with SIGHUP', { file: basename(file) }));
  } catch {
    log.warn('cannot watch the config for changes; reload with SIGHUP', { file });
  }
  return {
    reload: () => run(true),
    stop() {
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}

async function reloadOnce(file: string, server: RunningPlan, log: Logger): Promise<void> {
  const next = await load(file, log);
  if (!next) return;
  const outcome = await server.reload(next);
  report(outcome, log);
}

/** The new plan, or null (the reason logged) when FILE does not give one. */
async function load(file: string, log: Logger): Promise<RuntimePlan | null> {
  try {
    if (file.endsWith('.json')) return (await import('../runtime/load-plan.js')).loadPlanFile(file);
    const result = (await import('./load-config.js')).compileFile(file);
    const lines = formatDiagnostics(result.diagnostics, 'text', result.ok).trim().split('\n').filter((l) => l !== '');
    if (!result.ok || !result.plan) {
      // The diagnostics, then the outcome: a reload's last line says how it ended.
      for (const line of lines) log.error('config diagnostic', { diagnostic: line });
      log.error('reload refused: the config has errors; the running plan goes on', { file });
      return null;
    }
    for (const line of lines) log.warn('config diagnostic', { diagnostic: line });
    return result.plan as RuntimePlan;
  } catch (e) {
    log.error('reload refused: the config cannot be read; the running plan goes on', { error: (e as Error).message });
    return null;
  }
}

/** Each change, then the outcome: a reload's last line says how it ended. */
function report(outcome: ReloadOutcome, log: Logger): void {
  const each = (level: 'info' | 'warn', changes: readonly PlanChange[]) => {
    for (const c of changes) log[level]('plan change', { change: describeChange(c) });
  };
  if (outcome.status === 'restart_required') {
    each('warn', outcome.blocked);
    return log.warn('reload needs a restart: these changes cannot be applied while serving; the running plan goes on', { changes: outcome.blocked.length });
  }
  if (outcome.status === 'refused') return log.error('reload refused; the running plan goes on', { error: outcome.message });
  const { kept, started, retired } = outcome.pool;
  if (outcome.changes.length === 0 && started.length === 0) return log.info('reload: nothing changed');
  each('info', outcome.changes);
  log.info('reloaded', { changes: outcome.changes.length, backendsKept: kept.join(','), backendsStarted: started.join(','), backendsRetired: retired.join(',') });
}

/** The files' bytes, digested (a missing sibling is part of the state too). */
async function digest(files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(await readFile(f).catch(() => Buffer.from('(none)'))).update('\0');
  return hash.digest('base64url');
}
