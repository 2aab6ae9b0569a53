/** `parkbrief status`: what the queues hold, for an operator (text or `--json`). */
import { parseArgs } from 'node:util';
import { QUEUES } from '@parkbrief/domain';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { CommandIo } from './commands.js';
import { loadWorkerEnv } from './env.js';
import { closeConnection, producerConnection, redactUrl } from './redis.js';

/** Job states counted per queue. */
export const STATUS_STATES = [
  'waiting',
  'prioritized',
  'delayed',
  'active',
  'waiting-children',
  'completed',
  'failed',
] as const;

/** One queue's status. */
export interface QueueStatus {
  readonly queue: string;
  readonly counts: Record<(typeof STATUS_STATES)[number], number>;
  /** Workers connected to this queue now. */
  readonly workers: number;
  /** Age in seconds of the job that has waited longest, or null when none waits. */
  readonly oldestWaitingSeconds: number | null;
  /** The most recent failures, newest first. */
  readonly lastFailed: readonly {
    id: string;
    name: string;
    failedAt: string | null;
    attempts: number;
    reason: string;
  }[];
}

/** What `status` reports. */
export interface StatusReport {
  readonly redis: string;
  readonly prefix: string;
  readonly queues: readonly QueueStatus[];
}

/** Reads the status of both queues through an open connection. */
export async function readStatus(
  connection: Redis,
  prefix: string,
  options: { failed?: number } = {},
): Promise<QueueStatus[]> {
  const out: QueueStatus[] = [];
  for (const name of [QUEUES.issues, QUEUES.briefings]) {
    const queue = new Queue(name, { connection, prefix });
    queue.on('error', () => undefined);
    try {
      const counts = (await queue.getJobCounts(...STATUS_STATES)) as QueueStatus['counts'];
      const waiting = counts.waiting;
      let oldest: number | null = null;
      if (waiting > 0) {
        // New jobs are pushed at the head of the list and taken from its tail: look at both ends.
        const ends = [
          ...(await queue.getWaiting(0, 0)),
          ...(await queue.getWaiting(waiting - 1, waiting - 1)),
        ];
        for (const job of ends)
          if (job && (oldest === null || job.timestamp < oldest)) oldest = job.timestamp;
      }
      const failed = await queue.getFailed(0, (options.failed ?? 5) - 1);
      out.push({
        queue: name,
        counts,
        workers: await queue.getWorkersCount(),
        oldestWaitingSeconds: oldest === null ? null : Math.max(0, Math.round((Date.now() - oldest) / 1000)),
        lastFailed: failed
          .filter((j) => j !== undefined)
          .map((j) => ({
            id: String(j.id),
            name: j.name,
            failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
            attempts: j.attemptsMade,
            reason: j.failedReason ?? '',
          })),
      });
    } finally {
      await queue.close().catch(() => undefined);
    }
  }
  return out;
}

const USAGE = `usage: parkbrief status [--json] [--failed N]
  Jobs per state in both queues, workers connected, the oldest waiting job's age, and the last N (default 5)
  failed jobs with their reasons. Environment: REDIS_URL, PARKBRIEF_QUEUE_PREFIX. Exit 1 when Redis is unreachable.`;

function formatText(report: StatusReport): string {
  const lines = [`redis ${report.redis}, prefix ${report.prefix}`];
  for (const q of report.queues) {
    lines.push('');
    lines.push(`${q.queue}  (${q.workers} worker${q.workers === 1 ? '' : 's'} connected)`);
    lines.push(`  ${STATUS_STATES.map((s) => `${s} ${q.counts[s]}`).join(', ')}`);
    if (q.oldestWaitingSeconds !== null) lines.push(`  oldest waiting job: ${q.oldestWaitingSeconds} s`);
    if (q.lastFailed.length > 0) {
      lines.push('  last failed:');
      for (const f of q.lastFailed)
        lines.push(
          `    ${f.failedAt ?? '-'}  ${f.id}  (${f.attempts} attempt${f.attempts === 1 ? '' : 's'})  ${f.reason}`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `parkbrief status [--json] [--failed N]`. Returns the exit code. */
export async function statusCommand(argv: string[], io: CommandIo = {}): Promise<number> {
  const out = io.stdout ?? ((t: string) => void process.stdout.write(t));
  const err = io.stderr ?? ((t: string) => void process.stderr.write(t));
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        failed: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    err(`parkbrief status: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  const failed = values.failed === undefined ? 5 : Number(values.failed);
  if (!Number.isInteger(failed) || failed < 1) {
    err(`parkbrief status: --failed must be a whole number of at least 1\n${USAGE}\n`);
    return 2;
  }
  let cfg;
  try {
    cfg = loadWorkerEnv(io.env ?? process.env);
  } catch (e) {
    err(`parkbrief status: ${(e as Error).message}\n`);
    return 2;
  }
  let connection: Redis;
  try {
    connection = await producerConnection(cfg.redisUrl, { name: `parkbrief-status-${process.pid}` });
  } catch (e) {
    err(`parkbrief status: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const report: StatusReport = {
      redis: redactUrl(cfg.redisUrl),
      prefix: cfg.prefix,
      queues: await readStatus(connection, cfg.prefix, { failed }),
    };
    out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
    return 0;
  } catch (e) {
    err(`parkbrief status: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await closeConnection(connection);
  }
}
