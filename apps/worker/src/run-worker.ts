/**
 * A running Parkbrief worker: the issues worker and the briefings worker, their connections, a health check,
 * and a bounded shutdown.
 */
import { QUEUES } from '@parkbrief/domain';
import { openCatalogue, type Catalogue } from '@parkbrief/catalogue';
import type { RenderPool } from '@parkbrief/reports';
import { MetricsTime, Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { WorkerConfig } from './env.js';
import { createExtractPool, type ExtractPool } from './extract-pool.js';
import type { IssueJobData, IssueJobResult, RenderJobData, RenderJobResult } from './jobs.js';
import { createLogger, type Logger } from './log.js';
import { redisMetrics } from './metrics.js';
import { createExtractionCache, createIssueProcessor, createRenderProcessor } from './processors.js';
import { closeConnection, redactUrl, workerConnection } from './redis.js';
import { createFileStorage, type Storage } from './storage.js';

/**
 * The health check's rule for a worker that has room, has started nothing for a while, and sees `waiting`
 * jobs. Seen once, that may be a job that arrived a moment ago (a stall recovery moves jobs back to wait in
 * bulk) and that the worker takes the next moment, so the first sighting only makes it a suspect; it is
 * recreated when a check at least `intervalMs` later still sees it so, with no job started in between.
 */
export function judgeIdle(
  suspectSince: number | null,
  lastStart: number,
  waiting: number,
  now: number,
  intervalMs: number,
): { recreate: boolean; suspectSince: number | null } {
  if (waiting === 0) return { recreate: false, suspectSince: null };
  if (suspectSince === null || suspectSince < lastStart) return { recreate: false, suspectSince: now };
  if (now - suspectSince >= intervalMs) return { recreate: true, suspectSince: null };
  return { recreate: false, suspectSince };
}

/** Options of `runWorker`: the configuration (see `loadWorkerEnv`) and optional replacements of its parts. */
export interface RunWorkerOptions {
  readonly config: WorkerConfig;
  readonly logger?: Logger;
  readonly storage?: Storage;
  /** Renders briefings (default: `createRenderPool` of @parkbrief/reports, closed with the worker). */
  readonly renderer?: RenderPool;
  /** Extracts issues (default: a thread pool, closed with the worker). */
  readonly extractor?: ExtractPool;
  /** The catalogue (default: opened from `config.databaseUrl` / `config.dataDir`, closed with the worker). */
  readonly catalogue?: Catalogue;
}

/** The health of a running worker, as seen by its last check. */
export interface WorkerHealth {
  readonly redis: boolean;
  readonly issuesRunning: boolean;
  readonly briefingsRunning: boolean;
  /** How many times a worker was found stuck or stopped and recreated. */
  readonly recoveries: number;
}

/** A running worker. */
export interface RunningWorker {
  /** Stops taking jobs, lets active ones finish (bounded by the shutdown timeout), closes every connection. */
  close(): Promise<void>;
  /** Runs a health check now (it also runs every `healthIntervalMs`). */
  checkHealth(): Promise<WorkerHealth>;
  /** The current BullMQ workers (replaced when the health check recovers one). */
  readonly workers: { readonly issues: Worker; readonly briefings: Worker };
  readonly config: WorkerConfig;
}

type Kind = 'issues' | 'briefings';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for `work` at most `ms`; never rejects. A shutdown step that hangs (Redis gone) must not hold the rest. */
async function bounded(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    work.catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}

/** Closes a BullMQ worker, waiting at most `timeoutMs` for active jobs, then forcing. Never throws. */
export async function closeWorkerBounded(
  worker: Worker,
  timeoutMs: number,
  logger: Logger,
): Promise<'clean' | 'forced'> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = Symbol('timeout');
  const outcome = await Promise.race([
    worker.close().then(
      () => 'closed' as const,
      (err: unknown) => {
        logger.warn('worker.close_error', { queue: worker.name, err });
        return 'closed' as const;
      },
    ),
    new Promise<typeof timedOut>((resolve) => {
      timer = setTimeout(() => resolve(timedOut), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (outcome !== timedOut) return 'clean';
  logger.warn('worker.close_timeout', { queue: worker.name, timeoutMs });
  // Forced: active jobs keep their locks until they expire, then another worker's stalled check takes them.
  await bounded(worker.close(true), 1000);
  return 'forced';
}

/** Starts the issues and briefings workers described by `options.config`. */
export async function runWorker(options: RunWorkerOptions): Promise<RunningWorker> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ level: config.logLevel, base: { pid: process.pid } });
  const storage = options.storage ?? createFileStorage(config.dataDir);
  // First: a catalogue that cannot be opened (PGlite in use, server unreachable) stops the start-up before
  // any thread or connection exists.
  const ownCatalogue = options.catalogue === undefined;
  const catalogue =
    options.catalogue ??
    (await openCatalogue({ databaseUrl: config.databaseUrl ?? undefined, dataDir: config.dataDir }));
  const ownRenderer = options.renderer === undefined;
  // Loaded on demand: enqueue-only users of this package never load the PDF renderer. The pool alone: the
  // reports index would load react-pdf into this thread, where nothing renders.
  const pool =
    options.renderer ??
    (await import('@parkbrief/reports/pool')).createRenderPool({
      size: config.renderConcurrency,
      maxRendersPerWorker: config.renderRecycle,
      timeoutMs: config.renderTimeoutMs,
      resourceLimits: { maxOldGenerationSizeMb: config.renderMaxHeapMb },
    });
  const brand = config.brandPath === null ? {} : { brandPath: config.brandPath };
  const renderer: Pick<RenderPool, 'render'> = {
    render: (e, parkId, o) => pool.render(e, parkId, { ...o, ...brand }),
  };
  const ownExtractor = options.extractor === undefined;
  const extractor =
    options.extractor ??
    createExtractPool({ size: config.concurrency, timeoutMs: config.extractTimeoutMs, pdf: config.pdf });

  const connections: Redis[] = [];
  const connect = (name: string) => {
    const redis = workerConnection(config.redisUrl, { name: `parkbrief-${name}-${process.pid}` });
    redis.on('error', (err) => logger.debug('redis.error', { connection: name, message: err.message }));
    connections.push(redis);
    return redis;
  };

  // Queues for adding render jobs and for the health check's counts; they share one connection.
  const queueConnection = connect('queues');
  const briefingsQueue = new Queue<RenderJobData, RenderJobResult>(QUEUES.briefings, {
    connection: queueConnection,
    prefix: config.prefix,
  });
  const issuesQueue = new Queue<IssueJobData, IssueJobResult>(QUEUES.issues, {
    connection: queueConnection,
    prefix: config.prefix,
  });
  for (const q of [briefingsQueue, issuesQueue])
    q.on('error', (err) => logger.debug('queue.error', { queue: q.name, message: err.message }));

  const metrics = redisMetrics(queueConnection, config.prefix, logger);
  const deps = {
    metrics,
    storage,
    extractor,
    renderer,
    briefings: briefingsQueue,
    logger,
    publicUrl: config.publicUrl,
    attempts: config.attempts,
    backoffMs: config.backoffMs,
    slowMs: config.testSlowMs,
    catalogue,
    maxIssueBytes: config.maxIssueBytes,
    extractions: createExtractionCache(),
  };
  const processors = {
    issues: createIssueProcessor(deps),
    briefings: createRenderProcessor(deps),
  };

  const lastStart: Record<Kind, number> = { issues: Date.now(), briefings: Date.now() };
  const active: Record<Kind, number> = { issues: 0, briefings: 0 };
  // When a check first saw jobs waiting while this worker started none (null: not seen at the last check).
  const suspectSince: Record<Kind, number | null> = { issues: null, briefings: null };
  let generation = 0;
  const workerConnections = new WeakMap<Worker, Redis>();

  const makeWorker = (kind: Kind): Worker => {
    generation += 1;
    const queueName = kind === 'issues' ? QUEUES.issues : QUEUES.briefings;
    const processor = processors[kind] as (job: Job, token?: string) => Promise<unknown>;
    // Counted around the processor itself: a job that moves to waiting-children emits no event.
    const counted = async (job: Job, token?: string) => {
      active[kind] += 1;
      lastStart[kind] = Date.now();
      try {
        return await processor(job, token);
      } finally {
        active[kind] = Math.max(0, active[kind] - 1);
      }
    };
    const connection = connect(`${kind}-${generation}`);
    const worker = new Worker(queueName, counted, {
      connection,
      prefix: config.prefix,
      concurrency: kind === 'issues' ? config.concurrency : config.renderConcurrency,
      lockDuration: config.lockDurationMs,
      stalledInterval: config.stalledIntervalMs,
      maxStalledCount: config.maxStalledCount,
      removeOnComplete: config.keepCompleted,
      removeOnFail: config.keepFailed,
      // BullMQ's own completed/failed counts per minute, exported by `serve`'s /metrics.
      metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
      name: `parkbrief-${kind}-${process.pid}`,
    });
    const fields = (job: Job | undefined) => ({
      queue: queueName,
      jobId: job?.id,
      name: job?.name,
      attempt: job?.attemptsMade,
    });
    workerConnections.set(worker, connection);
    worker.on('active', (job) => logger.info('job.active', fields(job)));
    worker.on('progress', (job, progress) => logger.debug('job.progress', { ...fields(job), progress }));
    worker.on('completed', (job) => {
      metrics.count(kind === 'issues' ? 'issues_completed' : 'briefings_completed');
      logger.info('job.completed', {
        ...fields(job),
        durationMs: job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : undefined,
      });
    });
    worker.on('failed', (job, err) => {
      const final = !job || job.finishedOn !== undefined || err.name === 'UnrecoverableError';
      if (final) metrics.count(kind === 'issues' ? 'issues_failed' : 'briefings_failed');
      logger[final ? 'error' : 'warn'](final ? 'job.failed' : 'job.retry', {
        ...fields(job),
        reason: err.message,
      });
    });
    worker.on('stalled', (jobId) => {
      logger.warn('job.stalled', { queue: queueName, jobId });
      // The recovered job is back in wait for this worker to take: not a sign of a stuck worker.
      suspectSince[kind] = null;
      lastStart[kind] = Date.now();
    });
    worker.on('error', (err) => logger.warn('worker.error', { queue: queueName, message: err.message }));
    return worker;
  };

  const workers: Record<Kind, Worker> = { issues: makeWorker('issues'), briefings: makeWorker('briefings') };
  await Promise.all([workers.issues.waitUntilReady(), workers.briefings.waitUntilReady()]);
  logger.info('worker.started', {
    redis: redactUrl(config.redisUrl),
    prefix: config.prefix,
    dataDir: config.dataDir,
    concurrency: config.concurrency,
    renderConcurrency: config.renderConcurrency,
  });

  let closing = false;
  let recoveries = 0;
  let checking: Promise<WorkerHealth> | null = null;
  const retiring = new Set<Promise<void>>();

  const recreate = (kind: Kind, why: string) => {
    recoveries += 1;
    logger.warn('health.recreate_worker', { queue: workers[kind].name, why });
    const old = workers[kind];
    const oldConnection = workerConnections.get(old) ?? null;
    lastStart[kind] = Date.now();
    workers[kind] = makeWorker(kind);
    // The old worker is closed in the background: its active jobs (if any) may finish; the new one fetches.
    const retire = (async () => {
      await closeWorkerBounded(old, config.shutdownTimeoutMs, logger);
      if (oldConnection) {
        const i = connections.indexOf(oldConnection);
        if (i >= 0) connections.splice(i, 1);
        await closeConnection(oldConnection, 1000);
      }
    })();
    retiring.add(retire);
    void retire.finally(() => retiring.delete(retire));
  };

  const check = async (): Promise<WorkerHealth> => {
    let redis = false;
    try {
      redis = (await Promise.race([queueConnection.ping(), sleep(2000).then(() => 'timeout')])) === 'PONG';
    } catch {
      redis = false;
    }
    if (!redis) logger.warn('health.redis_unreachable', {});
    if (redis && !closing) {
      for (const kind of ['issues', 'briefings'] as const) {
        const worker = workers[kind];
        const queue = kind === 'issues' ? issuesQueue : briefingsQueue;
        if (!worker.isRunning()) {
          recreate(kind, 'worker is not running');
          continue;
        }
        // Jobs wait, this worker has room and has started nothing for a while: its blocking connection is
        // stuck (a known trap after long outages) or its loop stopped. A fresh worker unsticks it.
        const capacity = kind === 'issues' ? config.concurrency : config.renderConcurrency;
        const idleFor = Date.now() - lastStart[kind];
        const waiting =
          active[kind] < capacity && idleFor > 2 * config.healthIntervalMs
            ? await queue.getWaitingCount().catch(() => 0)
            : 0;
        const verdict = judgeIdle(
          suspectSince[kind],
          lastStart[kind],
          waiting,
          Date.now(),
          config.healthIntervalMs,
        );
        suspectSince[kind] = verdict.suspectSince;
        if (verdict.recreate) {
          recreate(kind, `${waiting} jobs waiting, none started for ${idleFor} ms`);
        }
      }
    }
    return {
      redis,
      issuesRunning: workers.issues.isRunning(),
      briefingsRunning: workers.briefings.isRunning(),
      recoveries,
    };
  };
  const checkHealth = () => {
    checking ??= check().finally(() => {
      checking = null;
    });
    return checking;
  };
  const healthTimer = setInterval(() => {
    checkHealth().catch((err: unknown) => logger.warn('health.error', { err }));
  }, config.healthIntervalMs);
  healthTimer.unref();

  let closed: Promise<void> | null = null;
  const close = () => {
    closed ??= (async () => {
      closing = true;
      clearInterval(healthTimer);
      logger.info('worker.closing', { timeoutMs: config.shutdownTimeoutMs });
      await checking?.catch(() => undefined);
      const outcomes = await Promise.all([
        closeWorkerBounded(workers.issues, config.shutdownTimeoutMs, logger),
        closeWorkerBounded(workers.briefings, config.shutdownTimeoutMs, logger),
      ]);
      // Past the shutdown timeout every remaining step is short and bounded: with Redis gone, a queue's close
      // or a QUIT would otherwise wait for a reconnect that never comes.
      await bounded(Promise.all(retiring), 1000);
      await Promise.all([
        bounded(issuesQueue.close(), 1000),
        bounded(briefingsQueue.close(), 1000),
        ownExtractor ? bounded(extractor.close(), 1000) : Promise.resolve(),
        // Renders still running now belong to jobs that stall recovery will hand to another worker.
        ownRenderer ? bounded(pool.close({ timeoutMs: 500 }), 1500) : Promise.resolve(),
      ]);
      if (ownCatalogue) await bounded(catalogue.close(), 1000);
      await Promise.all(connections.map((c) => closeConnection(c, 1000)));
      logger.info('worker.closed', { issues: outcomes[0], briefings: outcomes[1] });
    })();
    return closed;
  };

  return {
    close,
    checkHealth,
    get workers() {
      return { issues: workers.issues, briefings: workers.briefings };
    },
    config,
  };
}
