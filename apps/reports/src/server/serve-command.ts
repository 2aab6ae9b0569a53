/** `parkbrief serve [--port N] [--host H]`: serve the stored briefings until SIGTERM or SIGINT. */
import { parseArgs } from 'node:util';
import { openCatalogue, type Catalogue } from '@parkbrief/catalogue';
import { loadReportsEnv, type ReportsEnv } from '../env.js';
import { jsonLineLogger, type ServerLogger } from './logger.js';
import { createOpsRoutes } from './ops.js';
import { ResponseCache } from './response-cache.js';
import { startServer } from './start.js';

/** Test seams of `serveCommand`; the CLI passes none. */
export interface ServeCommandOptions {
  /** Environment to configure from (default `process.env`). */
  readonly env?: NodeJS.ProcessEnv;
  /** Log sink (default: JSON lines on stdout). */
  readonly logger?: ServerLogger;
  /** Stops the server when aborted, like a signal does. */
  readonly signal?: AbortSignal;
}

const USAGE =
  'usage: parkbrief serve [--port N] [--host HOST]   (env: PARKBRIEF_DATA_DIR, PARKBRIEF_PORT, PARKBRIEF_HOST, PARKBRIEF_TOKEN, PARKBRIEF_PUBLIC_URL, REDIS_URL, PARKBRIEF_QUEUE_PREFIX, DATABASE_URL, PARKBRIEF_DB_POOL, PARKBRIEF_RESPONSE_CACHE_MB)';

/** Whether a bind address is reachable only from this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\./.test(h) || h === '::ffff:127.0.0.1';
}

/**
 * Runs the download server configured by `loadReportsEnv`, `--port`/`--host` overriding the environment.
 * Logs `{"event":"listening","url":…}` once bound and resolves with the exit code: 0 after a clean stop on
 * SIGTERM/SIGINT, 1 when it cannot start (bad environment, port taken), 2 on a usage error.
 */
export async function serveCommand(argv: string[], options: ServeCommandOptions = {}): Promise<number> {
  const logger = options.logger ?? jsonLineLogger();
  let values: { port?: string | undefined; host?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    logger({ event: 'usage_error', level: 'error', error: (error as Error).message, usage: USAGE });
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) {
    logger({
      event: 'usage_error',
      level: 'error',
      error: `--port must be a port number, got ${values.port}`,
      usage: USAGE,
    });
    return 2;
  }

  let env: ReportsEnv;
  try {
    // --port and --host go through the same validation as the variables they override.
    env = loadReportsEnv({
      ...(options.env ?? process.env),
      ...(values.port === undefined ? {} : { PARKBRIEF_PORT: values.port }),
      ...(values.host === undefined ? {} : { PARKBRIEF_HOST: values.host }),
    });
  } catch (error) {
    logger({ event: 'config_error', level: 'error', error: (error as Error).message });
    return 1;
  }

  if (env.token === undefined && !isLoopbackHost(env.host)) {
    logger({
      event: 'insecure_bind',
      level: 'warn',
      host: env.host,
      message:
        'serving on a non-loopback interface without PARKBRIEF_TOKEN: anyone who can reach it can download briefings and manage the queues',
    });
  }
  let catalogue: Catalogue;
  try {
    catalogue = await openCatalogue({
      databaseUrl: env.databaseUrl,
      dataDir: env.dataDir,
      poolSize: env.dbPool,
    });
  } catch (error) {
    logger({ event: 'catalogue_error', level: 'error', error: (error as Error).message });
    return 1;
  }
  let responseCache: ResponseCache | undefined;
  if (env.responseCacheMb > 0) {
    try {
      responseCache = new ResponseCache(await catalogue.changes(), env.responseCacheMb * 1024 * 1024);
    } catch (error) {
      logger({ event: 'catalogue_error', level: 'error', error: (error as Error).message });
      await catalogue.close();
      return 1;
    }
  }
  const ops = createOpsRoutes({ redisUrl: env.redisUrl, prefix: env.queuePrefix });
  let server;
  try {
    server = await startServer({
      catalogue,
      responseCache,
      ops,
      dataDir: env.dataDir,
      token: env.token,
      publicUrl: env.publicUrl,
      port: env.port,
      host: env.host,
      logger,
    });
  } catch (error) {
    await ops.close();
    logger({
      event: 'listen_error',
      level: 'error',
      error: (error as Error).message,
      host: env.host,
      port: env.port,
    });
    await catalogue.close();
    return 1;
  }
  logger({ event: 'listening', url: server.url, dataDir: env.dataDir, auth: env.token !== undefined });

  const stopped = await new Promise<string>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => done(signal);
    const onAbort = () => done('abort');
    function done(reason: string) {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(reason);
    }
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    if (options.signal?.aborted) done('abort');
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  logger({ event: 'stopping', reason: stopped });
  await server.close();
  await catalogue.close();
  logger({ event: 'stopped' });
  return 0;
}
