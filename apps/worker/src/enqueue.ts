/** The client side: put an issue on the queue, and wait for it to end as briefings or as a failure. */
import { randomUUID } from 'node:crypto';
import {
  deriveIssueId,
  IdSchema,
  ISSUE_STAGES,
  IssueSchema,
  JOBS,
  QUEUES,
  type Issue,
} from '@parkbrief/domain';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { z } from 'zod';
import {
  DEFAULT_MAX_ISSUE_BYTES,
  DEFAULT_QUEUE_PREFIX,
  issueSizeError,
  IssueJobResultSchema,
  IssueProgressSchema,
  type IssueJobData,
  type IssueJobResult,
  type IssueProgress,
} from './jobs.js';
import { pdfSha256 } from './pdf-pages.js';
import { closeConnection, producerConnection, redactUrl } from './redis.js';

/** An issue to enqueue; its id is derived from its content, so any given id is replaced. */
export type IssueInput = Omit<Issue, 'id'> & { readonly id?: string };

/** Where the queues are: an open connection (yours, left open) or a URL (a connection opened and closed here). */
export interface QueueTarget {
  /** An ioredis connection you own; used as is and not closed. */
  readonly connection?: Redis;
  /** Used when no connection is given (default `redis://127.0.0.1:6379`). */
  readonly redisUrl?: string;
  /** BullMQ key prefix (default `parkbrief`, as the worker's `PARKBRIEF_QUEUE_PREFIX`). */
  readonly prefix?: string;
  /** Give up connecting after this long (default 5 s). */
  readonly connectTimeoutMs?: number;
}

/** Options of `enqueueIssue`. */
export interface EnqueueOptions extends QueueTarget {
  /** Attempts of the issue job, for crashes (default 3). A malformed payload is never retried. */
  readonly attempts?: number;
  /** First retry delay of the exponential backoff (default 2000 ms). */
  readonly backoffMs?: number;
  /** When the same issue already failed, retry it (default true). */
  readonly retryFailed?: boolean;
  /** Largest issue accepted, bytes of page text (default `DEFAULT_MAX_ISSUE_BYTES`, 2 MB). */
  readonly maxIssueBytes?: number;
}

/** What `enqueueIssue` did. */
export interface EnqueueResult {
  readonly jobId: string;
  readonly issueId: string;
  /** True when the issue was already on the queue (the same content was enqueued before). */
  readonly deduplicated: boolean;
  /** True when the existing job had failed and was moved back to wait. */
  readonly retried: boolean;
}

/** The issue did not pass the domain schema; nothing was sent to Redis. */
export class IssueValidationError extends Error {
  override readonly name = 'IssueValidationError';
  constructor(
    message: string,
    /** The paths of the offending fields, e.g. `pages.0.text`. */
    readonly fields: readonly string[],
  ) {
    super(message);
  }
}

/** The issue job failed; `reason` is BullMQ's failedReason (with the failing render job's reason if any). */
export class IssueFailedError extends Error {
  override readonly name = 'IssueFailedError';
  constructor(
    readonly jobId: string,
    readonly reason: string,
    readonly attemptsMade: number,
  ) {
    super(`issue job ${jobId} failed after ${attemptsMade} attempt(s): ${reason}`);
  }
}

const IssueInputSchema = IssueSchema.extend({ id: IdSchema.optional() });

/**
 * Checks an issue against the domain schema and gives it its content-derived id.
 * @throws IssueValidationError naming each offending field.
 */
export function prepareIssue(input: unknown, maxIssueBytes = DEFAULT_MAX_ISSUE_BYTES): Issue {
  const fail = (error: z.ZodError) =>
    new IssueValidationError(
      `invalid issue: ${z.prettifyError(error).replace(/\n/g, '; ')}`,
      error.issues.map((i) => i.path.join('.')),
    );
  const draft = IssueInputSchema.safeParse(input);
  if (!draft.success) throw fail(draft.error);
  const tooBig = issueSizeError(draft.data, maxIssueBytes);
  if (tooBig) throw new IssueValidationError(tooBig, ['pages']);
  // A PDF page's id part is its file's sha256, computed here whatever the caller gave.
  const pages = draft.data.pages.map((p) =>
    p.pdf ? { ...p, pdf: { ...p.pdf, sha256: pdfSha256(p.pdf.data) } } : p,
  );
  const withPdfIds = { ...draft.data, pages };
  const parsed = IssueSchema.safeParse({ ...withPdfIds, id: deriveIssueId(withPdfIds) });
  if (!parsed.success) throw fail(parsed.error);
  return parsed.data;
}

async function withQueue<T>(
  target: QueueTarget,
  use: (queue: Queue<IssueJobData, IssueJobResult>) => Promise<T>,
): Promise<T> {
  const own = target.connection === undefined;
  const connection =
    target.connection ??
    (await producerConnection(target.redisUrl ?? 'redis://127.0.0.1:6379', {
      name: `parkbrief-client-${process.pid}`,
      ...(target.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: target.connectTimeoutMs }),
    }));
  const queue = new Queue<IssueJobData, IssueJobResult>(QUEUES.issues, {
    connection,
    prefix: target.prefix ?? DEFAULT_QUEUE_PREFIX,
  });
  queue.on('error', () => undefined);
  try {
    return await use(queue);
  } finally {
    await queue.close().catch(() => undefined);
    if (own) await closeConnection(connection);
  }
}

/**
 * Validates an issue and adds it to the issues queue. The job id is the issue's content-derived id, so the same
 * issue enqueued twice is one job. Rejects with `IssueValidationError` before touching Redis when the issue is
 * malformed, and with a connection error at once when Redis cannot be reached.
 */
export async function enqueueIssue(issue: IssueInput, options: EnqueueOptions = {}): Promise<EnqueueResult> {
  const prepared = prepareIssue(issue, options.maxIssueBytes);
  const jobId = prepared.id;
  const requestId = randomUUID();
  return withQueue(options, async (queue) => {
    await queue.add(
      JOBS.processIssue,
      { issue: prepared, requestId },
      {
        jobId,
        attempts: options.attempts ?? 3,
        backoff: { type: 'exponential', delay: options.backoffMs ?? 2000 },
      },
    );
    // BullMQ ignores an add whose id exists; the stored request id tells whose add it was.
    const stored = await Job.fromId<IssueJobData, IssueJobResult>(queue, jobId);
    const deduplicated = stored !== undefined && stored.data.requestId !== requestId;
    let retried = false;
    if (deduplicated && options.retryFailed !== false && (await stored.isFailed())) {
      await stored.retry('failed');
      retried = true;
    }
    return { jobId, issueId: prepared.id, deduplicated, retried };
  });
}

/** Options of `waitForIssue`. */
export interface WaitOptions extends QueueTarget {
  /** Called when the job's stage or render count changes. */
  readonly onProgress?: (progress: IssueProgress) => void;
  /** Poll interval (default 200 ms). */
  readonly pollMs?: number;
  /** Give up after this long (default: wait as long as it takes). */
  readonly timeoutMs?: number;
  /**
   * Called when the job is waiting and no worker is connected to its queue (checked every few seconds; called
   * again only after a worker was seen in between), so a caller can say why nothing happens.
   */
  readonly onNoWorker?: () => void;
  readonly signal?: AbortSignal;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
// The first check is at once (a waiting job with no worker is the case to explain); later ones every 2 s.
const NO_WORKER_CHECK_MS = 2000;

/** Adds the failing render job's own reason to a parent's "child … failed" reason. */
async function explainFailure(
  job: Job<IssueJobData, IssueJobResult>,
  connection: Redis,
  prefix: string,
): Promise<string> {
  const reason = job.failedReason || 'unknown reason';
  let briefings: Queue | null = null;
  try {
    const failed = (await job.getDependencies({ failed: { count: 10 } })).failed ?? [];
    if (failed.length === 0) return reason;
    briefings = new Queue(QUEUES.briefings, { connection, prefix });
    briefings.on('error', () => undefined);
    const details: string[] = [];
    for (const key of failed) {
      const id = key.slice(key.lastIndexOf(':') + 1);
      const child = await Job.fromId(briefings, id);
      if (child?.failedReason) details.push(`${id}: ${child.failedReason}`);
    }
    return details.length > 0 ? `${reason} (${details.join('; ')})` : reason;
  } catch {
    return reason;
  } finally {
    await briefings?.close().catch(() => undefined);
  }
}

/**
 * Waits until the issue job ends. Resolves with its result (parks, indicator counts, briefing paths and URLs);
 * rejects with `IssueFailedError` (the failure reason) when it failed for good, or an Error when the job does
 * not exist, the time is up or the signal aborted. Polls, so a job that finished before the call is seen too;
 * Redis errors while waiting (a restart) are waited out.
 */
export async function waitForIssue(jobId: string, options: WaitOptions = {}): Promise<IssueJobResult> {
  const pollMs = options.pollMs ?? 200;
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  const own = options.connection === undefined;
  const url = options.redisUrl ?? 'redis://127.0.0.1:6379';
  const connection =
    options.connection ??
    new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: options.connectTimeoutMs ?? 5000,
      connectionName: `parkbrief-wait-${process.pid}`,
      retryStrategy: (times) => Math.min(100 * times, 2000),
    });
  if (own) {
    connection.on('error', () => undefined);
    try {
      await connection.connect();
    } catch (err) {
      connection.disconnect();
      throw new Error(`cannot connect to Redis at ${redactUrl(url)}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
  const queue = new Queue<IssueJobData, IssueJobResult>(QUEUES.issues, {
    connection,
    prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX,
  });
  queue.on('error', () => undefined);
  let last = '';
  let reportedStage = -1;
  let missing = 0;
  let lastError: unknown = null;
  let workersCheckedAt = 0;
  let saidNoWorker = false;
  try {
    for (;;) {
      if (options.signal?.aborted) throw new Error(`waiting for ${jobId} aborted`);
      let job: Job<IssueJobData, IssueJobResult> | undefined;
      let state: string | null = null;
      try {
        // State first, then the job: read the other way round, a job finishing in between would look completed
        // with the return value it did not have yet.
        const s = await queue.getJobState(jobId);
        job = s === 'unknown' ? undefined : await Job.fromId<IssueJobData, IssueJobResult>(queue, jobId);
        state = job ? s : null;
        lastError = null;
      } catch (err) {
        lastError = err;
      }
      if (lastError === null) {
        if (!job) {
          // Twice in a row, so a job being retried or moved is not mistaken for a missing one.
          if (++missing >= 2)
            throw new Error(`issue job ${jobId} not found (never enqueued, or removed by retention)`);
        } else {
          missing = 0;
          if (options.onProgress) {
            const p = IssueProgressSchema.safeParse(job.progress);
            if (p.success) {
              let report: IssueProgress = p.data;
              if (p.data.stage === 'render' && state === 'waiting-children') {
                const c = await job.getDependenciesCount().catch(() => null);
                if (c)
                  report = {
                    stage: 'render',
                    done: c.processed ?? 0,
                    total: (c.processed ?? 0) + (c.unprocessed ?? 0) + (c.failed ?? 0),
                  };
              }
              const key = JSON.stringify(report);
              if (key !== last) {
                last = key;
                // Polling can miss short stages; report the ones passed over, in order, so none is skipped.
                const at = ISSUE_STAGES.indexOf(report.stage);
                for (let i = reportedStage + 1; i < at; i++) options.onProgress({ stage: ISSUE_STAGES[i]! });
                reportedStage = Math.max(reportedStage, at);
                options.onProgress(report);
              }
            }
          }
          if (
            options.onNoWorker &&
            (state === 'waiting' || state === 'prioritized' || state === 'delayed') &&
            Date.now() - workersCheckedAt >= NO_WORKER_CHECK_MS
          ) {
            workersCheckedAt = Date.now();
            const workers = await queue.getWorkersCount().catch(() => null);
            if (workers === 0 && !saidNoWorker) {
              saidNoWorker = true;
              options.onNoWorker();
            } else if (workers !== null && workers > 0) saidNoWorker = false;
          }
          if (state === 'completed') return IssueJobResultSchema.parse(job.returnvalue);
          if (state === 'failed')
            throw new IssueFailedError(
              jobId,
              await explainFailure(job, connection, options.prefix ?? DEFAULT_QUEUE_PREFIX),
              job.attemptsMade,
            );
        }
      }
      if (Date.now() >= deadline) {
        const why = lastError
          ? `; last error: ${(lastError as Error).message}`
          : state
            ? `; state: ${state}`
            : '';
        throw new Error(`timed out waiting for issue job ${jobId}${why}`);
      }
      await sleep(pollMs);
    }
  } finally {
    await queue.close().catch(() => undefined);
    if (own) await closeConnection(connection);
  }
}
