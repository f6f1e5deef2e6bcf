/**
 * ToolHive's dynamic mode on a workstation: the backends are the running workloads of the plan's group, read
 * from ToolHive's local API at start and every `discovery.pollIntervalMs`. A change goes through the same
 * reload as an edited config (run.ts): the plan as written, with `backends` replaced by what was found.
 *
 * What was found last stays until the API says otherwise: an API that cannot be reached keeps the backends
 * serving. An empty or unknown group, or an unreachable API, is a warning in the log (once, when it starts)
 * and the state /status shows, so an empty server is never a silent one.
 */
import { deepFreeze } from '../../common/freeze.js';
import type { RuntimePlan } from '../contract.js';
import type { Logger } from '../log.js';
import { backendsOf, type SkippedWorkload } from './workload-backends.js';
import { fetchGroupWorkloads, workloadsClient, type Workload } from './toolhive-workloads.js';

export type DiscoveryState = 'pending' | 'ok' | 'empty' | 'group_not_found' | 'unreachable';

/** What /status shows of discovery (snake_case, like the rest of ToolHive's /status). */
export interface DiscoveryStatus {
  source: 'toolhive_api';
  url: string;
  group: string;
  state: DiscoveryState;
  /** A sentence for people; null when all is well. */
  message: string | null;
  backends: string[];
  skipped: SkippedWorkload[];
  last_success_at: string | null;
  last_attempt_at: string | null;
}

export interface DiscoveryStatusSource {
  snapshot(): DiscoveryStatus;
}

export interface GroupDiscovery extends DiscoveryStatusSource {
  /** Asks the API once and records the answer (or keeps the last one when there is none). */
  refresh(): Promise<void>;
  /** `plan` with its backends replaced by the workloads found last. */
  compose(plan: RuntimePlan): RuntimePlan;
  /** Polls from now on; `changed` is called after each answer, to reload when the backends differ. */
  start(changed: () => Promise<void>): void;
  close(): Promise<void>;
}

/** `plan()` is the plan as written (no discovered backends): the one whose discovery settings apply. */
export function createGroupDiscovery(plan: () => RuntimePlan, logger: Logger): GroupDiscovery {
  const client = workloadsClient();
  const settings = () => {
    const p = plan();
    return { d: p.discovery!, group: p.groupRef ?? '' };
  };
  let workloads: readonly Workload[] = [];
  let state: DiscoveryState = 'pending';
  let message: string | null = null;
  let lastSuccess: Date | null = null;
  let lastAttempt: Date | null = null;
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> = Promise.resolve();
  let closed = false;

  /** Logs a state when it starts (and a new sentence within it), not on every poll. */
  const enter = (next: DiscoveryState, text: string | null, fields: Record<string, string | number>) => {
    const changed = next !== state || text !== message;
    state = next;
    message = text;
    if (!changed) return;
    if (next === 'ok') logger.info('discovery: found the group\'s workloads', fields);
    else logger.warn(`discovery: ${text}`, fields);
  };

  const refresh = async () => {
    const { d, group } = settings();
    lastAttempt = new Date();
    try {
      const answer = await fetchGroupWorkloads(client, d.toolhiveApiUrl, group);
      lastSuccess = new Date();
      workloads = answer.found ? answer.workloads : [];
      const { backends, skipped } = backendsOf(workloads, d, group);
      const fields = { group, backends: backends.map((b) => b.name).join(','), skipped: skipped.map((s) => `${s.name} (${s.reason})`).join(', ') };
      if (!answer.found) enter('group_not_found', `ToolHive has no group "${group}" (${d.toolhiveApiUrl}): no backends are served; create the group (thv group create ${group}) or fix groupRef`, fields);
      else if (backends.length === 0) enter('empty', `group "${group}" has no running workload vmcp can reach: no backends are served until one starts (thv run --group ${group} ...)`, fields);
      else enter('ok', null, fields);
    } catch (e) {
      const kept = backendsOf(workloads, d, group).backends.length;
      enter('unreachable', `${(e as Error).message}; the ${kept} backend${kept === 1 ? '' : 's'} found last go on serving`, { group });
    }
  };

  return {
    refresh,
    compose(p) {
      return deepFreeze({ ...p, backends: backendsOf(workloads, p.discovery!, p.groupRef ?? '').backends }) as RuntimePlan;
    },
    start(changed) {
      const schedule = () => {
        if (closed) return;
        timer = setTimeout(() => {
          ticking = refresh()
            .then(changed)
            .catch((e: unknown) => logger.error('discovery: applying the group\'s workloads failed', { error: (e as Error).message }))
            .finally(schedule);
        }, settings().d.pollIntervalMs);
        timer.unref();
      };
      schedule();
    },
    snapshot() {
      const { d, group } = settings();
      const { backends, skipped } = backendsOf(workloads, d, group);
      return {
        source: 'toolhive_api',
        url: d.toolhiveApiUrl,
        group,
        state,
        message,
        backends: backends.map((b) => b.name),
        skipped,
        last_success_at: lastSuccess?.toISOString() ?? null,
        last_attempt_at: lastAttempt?.toISOString() ?? null,
      };
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await ticking;
      await client.close();
    },
  };
}
