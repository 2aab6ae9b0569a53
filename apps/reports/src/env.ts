/**
 * Configuration of the reports app (PDF rendering and the download server), from environment variables.
 * This is the only module of the app that reads `process.env`; everything else receives a `ReportsEnv`.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * The server's PostgreSQL pool when `PARKBRIEF_DB_POOL` is unset: as many connections as this machine has CPUs,
 * at least 2. The catalogue's queries are short and CPU bound (index scans over cached pages), so backends beyond
 * the cores only take turns on them, and on the server's own machine they take the CPU the server's one thread
 * needs to answer everything else. On 2 cores under pnpm bench's 50 clients asking new pages (runs interleaved):
 * with 10 (the old default) /healthz answered at p50 48 and 52 ms and 340 and 274 pages/s were served; with 2, at
 * 8.8 and 9.3 ms, and 385 and 361 pages/s.
 * A PostgreSQL on a bigger machine of its own may want more: set the variable.
 */
export function defaultDbPool(): number {
  return Math.max(2, os.availableParallelism());
}

/** The reports app's configuration, parsed and defaulted. */
export interface ReportsEnv {
  /** Absolute path of the data directory (`PARKBRIEF_DATA_DIR`, default `./data` from the working directory). */
  readonly dataDir: string;
  /** TCP port of the server (`PARKBRIEF_PORT`, else `PORT`, default 8080; 0 picks a free port). */
  readonly port: number;
  /** Interface the server binds (`PARKBRIEF_HOST`, default `127.0.0.1`). */
  readonly host: string;
  /** Bearer token every route but /healthz requires (`PARKBRIEF_TOKEN`); open when absent. */
  readonly token: string | undefined;
  /** Base URL put in front of download links (`PARKBRIEF_PUBLIC_URL`), without a trailing slash. */
  readonly publicUrl: string | undefined;
  /** Path of a brand JSON file for the PDF side (`PARKBRIEF_BRAND`); the default brand when absent. */
  readonly brandPath: string | undefined;
  /** Render worker threads (`PARKBRIEF_RENDER_THREADS`, default 2). */
  readonly renderThreads: number;
  /** Renders per thread before it is recycled (`PARKBRIEF_RENDER_RECYCLE`, default 1000). */
  readonly renderRecycle: number;
  /** PostgreSQL URL of the catalogue (`DATABASE_URL`); PGlite in the data directory when absent. */
  readonly databaseUrl: string | undefined;
  /**
   * Connections of the catalogue's PostgreSQL pool in the server (`PARKBRIEF_DB_POOL`, default the CPUs of this
   * machine, at least 2; see `defaultDbPool`).
   */
  readonly dbPool: number;
  /**
   * Megabytes of catalogue answers the server keeps until the catalogue changes (`PARKBRIEF_RESPONSE_CACHE_MB`,
   * default 64; 0 turns the cache off).
   */
  readonly responseCacheMb: number;
  /** Redis of the queues, for /metrics and the /queues dashboard (`REDIS_URL`, default `redis://127.0.0.1:6379`). */
  readonly redisUrl: string;
  /** BullMQ key prefix of the queues (`PARKBRIEF_QUEUE_PREFIX`, default `parkbrief`). */
  readonly queuePrefix: string;
}

/** A variable of the environment has a value the app cannot use. */
export class ReportsEnvError extends Error {
  override readonly name = 'ReportsEnvError';
  constructor(
    /** The offending variable, e.g. `PARKBRIEF_PORT`. */
    readonly variable: string,
    /** What is wrong with it. */
    readonly reason: string,
  ) {
    super(`${variable}: ${reason}`);
  }
}

const intIn = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const VARIABLES = {
  PARKBRIEF_DATA_DIR: z.string(),
  PARKBRIEF_PORT: intIn(0, 65535),
  PORT: intIn(0, 65535),
  PARKBRIEF_HOST: z.string().regex(/^[^\s/]+$/, 'must be a host name or address'),
  PARKBRIEF_TOKEN: z
    .string()
    // Tokens travel in `Authorization: Bearer <token>`: RFC 6750 token68 characters only.
    .regex(/^[A-Za-z0-9\-._~+/]+=*$/, 'must be a bearer token (letters, digits, -._~+/ and trailing =)'),
  PARKBRIEF_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .transform((u) => u.replace(/\/+$/, '')),
  PARKBRIEF_BRAND: z.string(),
  PARKBRIEF_RENDER_THREADS: intIn(1, 64),
  PARKBRIEF_RENDER_RECYCLE: intIn(1, 1_000_000),
  PARKBRIEF_DB_POOL: intIn(1, 100),
  PARKBRIEF_RESPONSE_CACHE_MB: intIn(0, 4096),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL'),
  // Only the scheme is checked here, so an error never echoes the URL (and a password in it).
  REDIS_URL: z.string().refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL'),
  PARKBRIEF_QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be letters, digits, "_", "." or "-"'),
} as const;

type Variables = typeof VARIABLES;

/**
 * Reads the reports app's configuration from `env` (default `process.env`). Unset and empty variables take
 * their defaults; an unusable value throws a `ReportsEnvError` naming the variable.
 */
export function loadReportsEnv(env: NodeJS.ProcessEnv = process.env): ReportsEnv {
  function read<K extends keyof Variables>(name: K): z.output<Variables[K]> | undefined {
    const raw = env[name];
    // An empty variable (`PARKBRIEF_TOKEN=`) means "unset" — the usual shell and compose-file idiom.
    if (raw === undefined || raw.trim() === '') return undefined;
    const parsed = VARIABLES[name].safeParse(raw.trim());
    if (!parsed.success) {
      throw new ReportsEnvError(name, parsed.error.issues.map((i) => i.message).join('; '));
    }
    return parsed.data as z.output<Variables[K]>;
  }

  const brand = read('PARKBRIEF_BRAND');
  return {
    dataDir: path.resolve(read('PARKBRIEF_DATA_DIR') ?? './data'),
    port: read('PARKBRIEF_PORT') ?? read('PORT') ?? 8080,
    host: read('PARKBRIEF_HOST') ?? '127.0.0.1',
    token: read('PARKBRIEF_TOKEN'),
    publicUrl: read('PARKBRIEF_PUBLIC_URL'),
    brandPath: brand === undefined ? undefined : path.resolve(brand),
    renderThreads: read('PARKBRIEF_RENDER_THREADS') ?? 2,
    renderRecycle: read('PARKBRIEF_RENDER_RECYCLE') ?? 1000,
    databaseUrl: read('DATABASE_URL'),
    dbPool: read('PARKBRIEF_DB_POOL') ?? defaultDbPool(),
    responseCacheMb: read('PARKBRIEF_RESPONSE_CACHE_MB') ?? 64,
    redisUrl: read('REDIS_URL') ?? 'redis://127.0.0.1:6379',
    queuePrefix: read('PARKBRIEF_QUEUE_PREFIX') ?? 'parkbrief',
  };
}
