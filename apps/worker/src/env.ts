/**
 * Configuration of the worker app. The only reader of `process.env` in this app: every variable is parsed here,
 * with zod, at start-up, with defaults that run on one machine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { redactUrl } from '@parkbrief/log';
import { z } from 'zod';
import { DEFAULT_MAX_ISSUE_BYTES, DEFAULT_QUEUE_PREFIX } from './jobs.js';
import type { PdfLimits } from './pdf-pages.js';

const int = (min: number) => z.coerce.number().int().min(min);

/** The environment variables the worker reads, with their defaults. */
export const WorkerEnvSchema = z.object({
  REDIS_URL: z
    .string()
    .default('redis://127.0.0.1:6379')
    .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL'),
  PARKBRIEF_DATA_DIR: z.string().min(1).default('./data'),
  /** PostgreSQL URL of the catalogue; PGlite in the data directory when unset. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PARKBRIEF_PUBLIC_URL: z.url().default('http://127.0.0.1:8080'),
  /** Key prefix of the BullMQ queues (tests use one per test). */
  PARKBRIEF_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, 'must be letters, digits, "_", "." or "-"')
    .default(DEFAULT_QUEUE_PREFIX),
  PARKBRIEF_CONCURRENCY: int(1).default(2),
  PARKBRIEF_RENDER_CONCURRENCY: int(1).default(2),
  /** Renders per render thread before it is replaced (react-pdf's memory grows over many renders). */
  PARKBRIEF_RENDER_RECYCLE: int(1).default(1000),
  /** Path of a brand JSON file for the briefings; the default brand when unset. */
  PARKBRIEF_BRAND: z.string().min(1).optional(),
  PARKBRIEF_KEEP_COMPLETED: int(0).default(1000),
  PARKBRIEF_KEEP_COMPLETED_AGE_S: int(1).default(7 * 24 * 3600),
  PARKBRIEF_KEEP_FAILED: int(0).default(5000),
  PARKBRIEF_KEEP_FAILED_AGE_S: int(1).default(30 * 24 * 3600),
  PARKBRIEF_ATTEMPTS: int(1).default(3),
  PARKBRIEF_BACKOFF_MS: int(0).default(2000),
  PARKBRIEF_SHUTDOWN_TIMEOUT_MS: int(0).default(30_000),
  PARKBRIEF_LOCK_DURATION_MS: int(500).default(30_000),
  PARKBRIEF_STALLED_INTERVAL_MS: int(200).default(30_000),
  PARKBRIEF_MAX_STALLED_COUNT: int(0).default(2),
  PARKBRIEF_HEALTH_INTERVAL_MS: int(100).default(15_000),
  PARKBRIEF_EXTRACT_TIMEOUT_MS: int(100).default(120_000),
  /** A render running longer is stopped (its thread terminated) and the render job fails with that reason. */
  PARKBRIEF_RENDER_TIMEOUT_MS: int(1).default(120_000),
  /** V8 old-generation limit of each render thread, in MB: a runaway briefing dies instead of eating the host. */
  PARKBRIEF_RENDER_MAX_HEAP_MB: int(64).default(1024),
  /** Largest issue accepted, in bytes of page text (UTF-8); larger ones are refused before Redis. */
  PARKBRIEF_MAX_ISSUE_BYTES: int(1).default(DEFAULT_MAX_ISSUE_BYTES),
  /** PDF input: larger files are refused (they travel base64 through Redis). */
  PARKBRIEF_PDF_MAX_BYTES: int(1).default(30 * 1024 * 1024),
  /** PDF input: reading one file (layout included) that takes longer is abandoned. */
  PARKBRIEF_PDF_TIMEOUT_MS: int(100).default(30_000),
  PARKBRIEF_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Test only: the issue processor waits this long in its extract stage, so tests can kill it mid-job. */
  PARKBRIEF_TEST_SLOW_MS: int(0).default(0),
});

/** How long completed or failed jobs are kept (BullMQ `KeepJobs`). */
export interface Retention {
  readonly count: number;
  /** Seconds. */
  readonly age: number;
}

/** The worker's typed configuration. */
export interface WorkerConfig {
  readonly redisUrl: string;
  readonly dataDir: string;
  /** PostgreSQL URL of the catalogue, or null for PGlite in the data directory. */
  readonly databaseUrl: string | null;
  readonly publicUrl: string;
  readonly prefix: string;
  readonly concurrency: number;
  readonly renderConcurrency: number;
  /** Renders per render thread before it is recycled. */
  readonly renderRecycle: number;
  /** Brand config file of the briefings (absolute path), or null for the default brand. */
  readonly brandPath: string | null;
  readonly keepCompleted: Retention;
  readonly keepFailed: Retention;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly shutdownTimeoutMs: number;
  readonly lockDurationMs: number;
  readonly stalledIntervalMs: number;
  readonly maxStalledCount: number;
  readonly healthIntervalMs: number;
  readonly extractTimeoutMs: number;
  readonly renderTimeoutMs: number;
  readonly renderMaxHeapMb: number;
  readonly maxIssueBytes: number;
  /** PDF input: size limit (bytes) and reading time limit (ms) of one file. */
  readonly pdf: PdfLimits;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  readonly testSlowMs: number;
}

/** Thrown by `loadWorkerEnv` when a variable is malformed; the message names each bad variable. */
export class WorkerEnvError extends Error {
  override readonly name = 'WorkerEnvError';
  constructor(
    message: string,
    readonly variables: readonly string[],
  ) {
    super(message);
  }
}

/**
 * Reads the worker's configuration from environment variables. Empty strings count as unset.
 * @throws WorkerEnvError naming every malformed variable.
 */
export function loadWorkerEnv(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const input: Record<string, string> = {};
  for (const key of Object.keys(WorkerEnvSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const parsed = WorkerEnvSchema.safeParse(input);
  if (!parsed.success) {
    const variables = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      // A Redis URL may carry a password: never echo it back into logs or a terminal.
      const value = name === 'REDIS_URL' ? redactUrl(input[name] ?? '') : (input[name] ?? '');
      return `${name}=${JSON.stringify(value)}: ${i.message}`;
    });
    throw new WorkerEnvError(`invalid worker environment: ${lines.join('; ')}`, variables);
  }
  const e = parsed.data;
  const brandPath = e.PARKBRIEF_BRAND === undefined ? null : path.resolve(e.PARKBRIEF_BRAND);
  // Found now rather than when every render fails: the brand file is read by each render thread.
  if (brandPath !== null && !existsSync(brandPath))
    throw new WorkerEnvError(
      `invalid worker environment: PARKBRIEF_BRAND=${JSON.stringify(e.PARKBRIEF_BRAND)}: no such file (${brandPath})`,
      ['PARKBRIEF_BRAND'],
    );
  return {
    redisUrl: e.REDIS_URL,
    dataDir: e.PARKBRIEF_DATA_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    publicUrl: e.PARKBRIEF_PUBLIC_URL.replace(/\/+$/, ''),
    prefix: e.PARKBRIEF_QUEUE_PREFIX,
    concurrency: e.PARKBRIEF_CONCURRENCY,
    renderConcurrency: e.PARKBRIEF_RENDER_CONCURRENCY,
    renderRecycle: e.PARKBRIEF_RENDER_RECYCLE,
    brandPath,
    keepCompleted: { count: e.PARKBRIEF_KEEP_COMPLETED, age: e.PARKBRIEF_KEEP_COMPLETED_AGE_S },
    keepFailed: { count: e.PARKBRIEF_KEEP_FAILED, age: e.PARKBRIEF_KEEP_FAILED_AGE_S },
    attempts: e.PARKBRIEF_ATTEMPTS,
    backoffMs: e.PARKBRIEF_BACKOFF_MS,
    shutdownTimeoutMs: e.PARKBRIEF_SHUTDOWN_TIMEOUT_MS,
    lockDurationMs: e.PARKBRIEF_LOCK_DURATION_MS,
    stalledIntervalMs: e.PARKBRIEF_STALLED_INTERVAL_MS,
    maxStalledCount: e.PARKBRIEF_MAX_STALLED_COUNT,
    healthIntervalMs: e.PARKBRIEF_HEALTH_INTERVAL_MS,
    extractTimeoutMs: e.PARKBRIEF_EXTRACT_TIMEOUT_MS,
    renderTimeoutMs: e.PARKBRIEF_RENDER_TIMEOUT_MS,
    renderMaxHeapMb: e.PARKBRIEF_RENDER_MAX_HEAP_MB,
    maxIssueBytes: e.PARKBRIEF_MAX_ISSUE_BYTES,
    pdf: { maxBytes: e.PARKBRIEF_PDF_MAX_BYTES, timeoutMs: e.PARKBRIEF_PDF_TIMEOUT_MS },
    logLevel: e.PARKBRIEF_LOG_LEVEL,
    testSlowMs: e.PARKBRIEF_TEST_SLOW_MS,
  };
}
