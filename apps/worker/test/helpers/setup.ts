/** Shared pieces of the Redis tests: unique prefixes, configs, obliteration, waiting. */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { QUEUES } from '@parkbrief/domain';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { inject } from 'vitest';
import { loadWorkerEnv, type WorkerConfig } from '../../src/env.js';

export const uniquePrefix = () => `pbt-${randomUUID().slice(0, 8)}`;

export async function tempDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'parkbrief-data-'));
}

/** A worker config for tests: fast stalled checks and backoff, quiet logs. */
export function testConfig(
  redisUrl: string,
  prefix: string,
  dataDir: string,
  env: Record<string, string> = {},
): WorkerConfig {
  return loadWorkerEnv({
    REDIS_URL: redisUrl,
    PARKBRIEF_QUEUE_PREFIX: prefix,
    PARKBRIEF_DATA_DIR: dataDir,
    PARKBRIEF_LOG_LEVEL: 'silent',
    PARKBRIEF_BACKOFF_MS: '100',
    PARKBRIEF_LOCK_DURATION_MS: '3000',
    PARKBRIEF_STALLED_INTERVAL_MS: '1000',
    PARKBRIEF_SHUTDOWN_TIMEOUT_MS: '10000',
    DATABASE_URL: inject('databaseUrl'),
    ...env,
  });
}

/** Env for a worker child process. */
export function childEnv(
  redisUrl: string,
  prefix: string,
  dataDir: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    REDIS_URL: redisUrl,
    PARKBRIEF_QUEUE_PREFIX: prefix,
    PARKBRIEF_DATA_DIR: dataDir,
    PARKBRIEF_BACKOFF_MS: '100',
    PARKBRIEF_LOCK_DURATION_MS: '2000',
    PARKBRIEF_STALLED_INTERVAL_MS: '1000',
    PARKBRIEF_HEALTH_INTERVAL_MS: '1000',
    PARKBRIEF_SHUTDOWN_TIMEOUT_MS: '20000',
    // The throughput bench runs outside vitest (no inject) and passes its own database.
    DATABASE_URL: extra.DATABASE_URL ?? inject('databaseUrl'),
    ...extra,
  };
}

/** Both queues of a prefix, for inspection; `obliterate` removes everything under it. */
export function openQueues(redisUrl: string, prefix: string) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  // Tests stop Redis on purpose; the reconnects are expected, not worth a stack trace each.
  connection.on('error', () => undefined);
  const issues = new Queue(QUEUES.issues, { connection, prefix });
  const briefings = new Queue(QUEUES.briefings, { connection, prefix });
  return {
    connection,
    issues,
    briefings,
    async obliterateAndClose() {
      await issues.obliterate({ force: true }).catch(() => undefined);
      await briefings.obliterate({ force: true }).catch(() => undefined);
      await issues.close();
      await briefings.close();
      connection.disconnect();
    },
  };
}

export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 30_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A small synthetic issue naming two registered parks (with a number, so the id differs per call). */
export function syntheticIssue(n = 0) {
  return {
    publication: '科技园区周刊',
    date: '2024-07-22',
    pages: [
      {
        number: 1,
        text: `本报讯 今年上半年，徐州高新区实现营业收入${100 + n}亿元，同比增长12.5%。\n本报讯 1-6月，苏州工业园区实现进出口总额${500 + n}亿元。\n`,
      },
    ],
  };
}
