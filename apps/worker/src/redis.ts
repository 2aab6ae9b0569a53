/** Redis connections: workers wait out outages; producers fail fast. */
import { redactUrl } from '@parkbrief/log';
import { Redis } from 'ioredis';

/** Options of the connection helpers. */
export interface ConnectOptions {
  /** Give up connecting after this long (default 5 s). */
  readonly connectTimeoutMs?: number;
  /** Connection name shown by CLIENT LIST. */
  readonly name?: string;
}

/**
 * A connection for BullMQ workers: `maxRetriesPerRequest: null` so commands wait for a reconnect instead of
 * failing a job mid-flight, and a reconnect strategy that never gives up.
 */
export function workerConnection(url: string, options: ConnectOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    ...(options.name === undefined ? {} : { connectionName: options.name }),
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 10), 5000),
  });
}

/**
 * A connected producer connection that fails fast: no offline queue, one retry per request, no reconnects
 * while connecting. Rejects when Redis cannot be reached.
 */
export async function producerConnection(url: string, options: ConnectOptions = {}): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    ...(options.name === undefined ? {} : { connectionName: options.name }),
    retryStrategy: () => null,
  });
  // Without a listener ioredis reports connection errors as unhandled; the awaited connect() carries them.
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new Error(`cannot connect to Redis at ${redactUrl(url)}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return redis;
}

/** Closes a connection politely, bounded: QUIT, and a hard disconnect when that does not answer in time. */
export async function closeConnection(redis: Redis, timeoutMs = 2000): Promise<void> {
  if (redis.status === 'end') return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.quit().catch(() => undefined),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}

/** The URL without its password, for messages. */
export { redactUrl };
