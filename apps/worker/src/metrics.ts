/**
 * What the workers did, counted in Redis (see the domain's `WORKER_METRICS`), so every worker process adds to
 * the same counters and `serve`'s /metrics exports them without a port per worker.
 */
import { WORKER_METRICS, type WorkerCounter, type WorkerHistogram } from '@parkbrief/domain';
import type { Redis } from 'ioredis';
import type { Logger } from './log.js';

/** Records counters and durations. Never throws and never waits: metrics must not fail or slow a job. */
export interface MetricsRecorder {
  count(name: WorkerCounter): void;
  observe(name: WorkerHistogram, seconds: number): void;
}

/** A recorder that records nothing. */
export const noMetrics: MetricsRecorder = { count: () => undefined, observe: () => undefined };

/** The bucket field a duration falls in (its smallest upper bound not below it, or +Inf). */
export function bucketOf(seconds: number): string {
  const le = WORKER_METRICS.bucketsSeconds.find((b) => seconds <= b);
  return le === undefined ? '+Inf' : String(le);
}

/** A recorder writing to the metrics hash of `prefix` through `redis`. */
export function redisMetrics(redis: Redis, prefix: string, logger: Logger): MetricsRecorder {
  const key = `${prefix}:${WORKER_METRICS.key}`;
  const failed = (err: unknown) => logger.debug('metrics.write_failed', { message: (err as Error).message });
  return {
    count(name) {
      redis.hincrby(key, `c:${name}`, 1).catch(failed);
    },
    observe(name, seconds) {
      redis
        .multi()
        .hincrby(key, `h:${name}:le:${bucketOf(seconds)}`, 1)
        .hincrbyfloat(key, `h:${name}:sum`, seconds)
        .hincrby(key, `h:${name}:count`, 1)
        .exec()
        .catch(failed);
    },
  };
}
