/** The `parkbrief enqueue` and `parkbrief worker` commands (wired into the CLI by apps/cli). */
import { parseArgs } from 'node:util';
import { ISSUE_STAGES } from '@parkbrief/domain';
import { describeDateProblem, parseTimeout } from './args.js';
import { loadWorkerEnv, type WorkerConfig } from './env.js';
import { enqueueIssue, IssueFailedError, IssueValidationError, waitForIssue } from './enqueue.js';
import { issueFromFiles } from './issue-files.js';
import type { IssueProgress } from './jobs.js';
import { createLogger } from './log.js';
import { redactUrl } from './redis.js';
import { runWorker, type RunningWorker } from './run-worker.js';

/** Where a command writes, and the environment it reads (tests pass their own). */
export interface CommandIo {
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
  readonly env?: NodeJS.ProcessEnv;
}

const EXIT_FAILED = 1;
/** After the shutdown timeout, the bounded closing steps get this long before the process exits anyway. */
const FORCE_GRACE_MS = 4000;
const EXIT_USAGE = 2;

const ENQUEUE_USAGE = `usage: parkbrief enqueue FILE(.txt|.pdf)... --date YYYY-MM-DD [--publication NAME] [--edition NAME] [--park NAME] [--wait [--timeout SECONDS]]
  One issue from page files (in order; a form feed inside a file also starts a new page).
  Prints the job id; with --wait, shows progress by stage, then each park's briefing path and download URL;
  --timeout gives up waiting after that many seconds (exit 1; the job stays queued).
  Environment: REDIS_URL, PARKBRIEF_QUEUE_PREFIX, PARKBRIEF_MAX_ISSUE_BYTES.`;

const WORKER_USAGE = `usage: parkbrief worker [--concurrency N] [--render-concurrency N]
  Processes issues until SIGTERM/SIGINT. Environment: REDIS_URL, PARKBRIEF_DATA_DIR, PARKBRIEF_CONCURRENCY,
  PARKBRIEF_RENDER_CONCURRENCY, PARKBRIEF_PUBLIC_URL, PARKBRIEF_KEEP_COMPLETED, PARKBRIEF_KEEP_FAILED, … (see README).`;

function streams(io: CommandIo) {
  return {
    out: io.stdout ?? ((t: string) => void process.stdout.write(t)),
    err: io.stderr ?? ((t: string) => void process.stderr.write(t)),
  };
}

function config(io: CommandIo, err: (t: string) => void): WorkerConfig | null {
  try {
    return loadWorkerEnv(io.env ?? process.env);
  } catch (e) {
    err(`parkbrief: ${(e as Error).message}\n`);
    return null;
  }
}

/** The progress line `enqueue --wait` prints for a stage. */
export function describeProgress(p: IssueProgress): string {
  const step = `${ISSUE_STAGES.indexOf(p.stage) + 1}/${ISSUE_STAGES.length}`;
  switch (p.stage) {
    case 'render':
      return `[${step}] render: ${p.done ?? 0}/${p.total ?? 0} briefings`;
    case 'store':
      // Polling can pass over the store stage; its counts are then unknown, not zero.
      return p.parks === undefined
        ? `[${step}] store`
        : `[${step}] store: ${p.parks} parks, ${p.indicators ?? 0} figures found`;
    default:
      return `[${step}] ${p.stage}`;
  }
}

/**
 * `parkbrief enqueue FILE... --date YYYY-MM-DD [--publication NAME] [--wait]`. Returns the exit code: 0 done,
 * 1 the issue failed or Redis could not be reached, 2 bad arguments or files.
 */
export async function enqueueCommand(argv: string[], io: CommandIo = {}): Promise<number> {
  const { out, err } = streams(io);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        publication: { type: 'string' },
        edition: { type: 'string' },
        park: { type: 'string' },
        wait: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    err(`parkbrief enqueue: ${(e as Error).message}\n${ENQUEUE_USAGE}\n`);
    return EXIT_USAGE;
  }
  if (args.values.help) {
    out(`${ENQUEUE_USAGE}\n`);
    return 0;
  }
  const files = args.positionals;
  const dateProblem = describeDateProblem(args.values.date);
  if (files.length === 0 || dateProblem !== null) {
    err(`parkbrief enqueue: ${files.length === 0 ? 'no page files given' : dateProblem}\n${ENQUEUE_USAGE}\n`);
    return EXIT_USAGE;
  }
  const timeoutMs = parseTimeout(args.values.timeout);
  if (timeoutMs === null) {
    err(`parkbrief enqueue: --timeout must be a positive number of seconds\n${ENQUEUE_USAGE}\n`);
    return EXIT_USAGE;
  }
  const cfg = config(io, err);
  if (!cfg) return EXIT_USAGE;
  // Without --publication the issue is read as UNKNOWN_PUBLICATION's, as `run` and `extract` read it: same id.
  const built = await issueFromFiles(files, {
    date: args.values.date!,
    ...(args.values.publication === undefined ? {} : { publication: args.values.publication }),
    ...(args.values.edition === undefined ? {} : { edition: args.values.edition }),
    ...(args.values.park === undefined ? {} : { park: args.values.park }),
    maxPdfBytes: cfg.pdf.maxBytes,
  });
  if (!built.ok) {
    err(`parkbrief enqueue: ${built.error.message}\n`);
    return EXIT_USAGE;
  }
  const target = { redisUrl: cfg.redisUrl, prefix: cfg.prefix };
  let jobId: string;
  try {
    const enqueued = await enqueueIssue(built.issue, {
      ...target,
      attempts: cfg.attempts,
      backoffMs: cfg.backoffMs,
      maxIssueBytes: cfg.maxIssueBytes,
    });
    jobId = enqueued.jobId;
    out(`${jobId}\n`);
    if (enqueued.deduplicated) {
      err(
        `parkbrief enqueue: this issue was already enqueued as ${jobId}${enqueued.retried ? ' (it had failed: retrying it)' : ''}\n`,
      );
    }
  } catch (e) {
    err(`parkbrief enqueue: ${(e as Error).message}\n`);
    return e instanceof IssueValidationError ? EXIT_USAGE : EXIT_FAILED;
  }
  if (!args.values.wait) return 0;

  try {
    const result = await waitForIssue(jobId, {
      ...target,
      onProgress: (p) => err(`${describeProgress(p)}\n`),
      onNoWorker: () => err(`waiting for a worker: none is connected to ${redactUrl(cfg.redisUrl)}\n`),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    if (result.parks.length === 0) {
      err(
        `issue ${result.issueId}: no parks found (${result.articles} articles, ${result.indicators} figures)\n`,
      );
    }
    for (const park of result.parks) {
      out(
        `${park.shortName}\t${park.indicators} figures\t${park.briefing.path ?? park.briefing.key}\t${park.briefing.url}\n`,
      );
    }
    return 0;
  } catch (e) {
    err(
      `parkbrief enqueue: ${e instanceof IssueFailedError ? e.message : `waiting failed: ${(e as Error).message}`}\n`,
    );
    return EXIT_FAILED;
  }
}

/**
 * `parkbrief worker [--concurrency N]`: runs until SIGTERM or SIGINT, then stops taking jobs, lets active ones
 * finish (bounded by PARKBRIEF_SHUTDOWN_TIMEOUT_MS) and returns 0. A second SIGINT returns 1 at once.
 */
export async function workerCommand(argv: string[], io: CommandIo = {}): Promise<number> {
  const { out, err } = streams(io);
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        concurrency: { type: 'string' },
        'render-concurrency': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    err(`parkbrief worker: ${(e as Error).message}\n${WORKER_USAGE}\n`);
    return EXIT_USAGE;
  }
  if (args.values.help) {
    out(`${WORKER_USAGE}\n`);
    return 0;
  }
  const env = { ...(io.env ?? process.env) };
  if (args.values.concurrency !== undefined) env.PARKBRIEF_CONCURRENCY = args.values.concurrency;
  if (args.values['render-concurrency'] !== undefined)
    env.PARKBRIEF_RENDER_CONCURRENCY = args.values['render-concurrency'];
  const cfg = config({ ...io, env }, err);
  if (!cfg) return EXIT_USAGE;
  const logger = createLogger({ level: cfg.logLevel, base: { pid: process.pid }, write: err });

  // Signals are handled from before the worker starts: a process manager may stop it during start-up (which
  // takes seconds on a busy machine), and the default action would kill it without closing anything.
  let resolveExit!: (code: number) => void;
  const exit = new Promise<number>((resolve) => (resolveExit = resolve));
  let worker: RunningWorker | null = null;
  let stopping = false;
  const stop = () => {
    if (!worker) return; // Still starting: closed as soon as it has started.
    worker.close().then(
      () => {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        resolveExit(0);
      },
      (e: unknown) => {
        logger.error('worker.close_failed', { err: e });
        resolveExit(EXIT_FAILED);
      },
    );
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A repeated SIGTERM (supervisors and `timeout` send more than one) changes nothing: the shutdown is
      // bounded already. A second Ctrl-C is a person who wants out now.
      logger.warn('worker.repeated_signal', { signal });
      if (signal === 'SIGINT') resolveExit(EXIT_FAILED);
      return;
    }
    stopping = true;
    logger.info('worker.signal', { signal });
    // The last word: whatever hangs past the shutdown timeout and a grace period (a dependency's timer, a
    // connection that never answers), the process exits; jobs left active are taken over by stall recovery.
    setTimeout(() => {
      logger.warn('worker.shutdown_forced', { afterMs: cfg.shutdownTimeoutMs + FORCE_GRACE_MS });
      resolveExit(0);
    }, cfg.shutdownTimeoutMs + FORCE_GRACE_MS).unref();
    stop();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  try {
    // A start that never finishes (Redis unreachable from the outset) still ends with the signal's deadline.
    const started = await Promise.race([
      runWorker({ config: cfg, logger }),
      exit.then((code) => ({ exited: code })),
    ]);
    if ('exited' in started) return started.exited;
    worker = started;
  } catch (e) {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    logger.error('worker.start_failed', { err: e });
    return stopping ? 0 : EXIT_FAILED;
  }
  if (stopping) stop();
  return exit;
}
