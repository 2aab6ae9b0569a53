/** The briefing download server: a request listener, a listening server, and the `parkbrief serve` command. */
export { createApp, type AppOptions, type AppRequestListener } from './app.js';
export { startServer, type RunningServer, type StartServerOptions } from './start.js';
export { serveCommand, type ServeCommandOptions } from './serve-command.js';
export { jsonLineLogger, silentLogger, type ServerLogger } from './logger.js';
export type { BriefingListing } from './store.js';
export { ResponseCache, type CachedResponse, type CacheStamp } from './response-cache.js';
export {
  createOpsRoutes,
  mergePrometheus,
  workerMetricsText,
  QUEUES_BASE_PATH,
  type OpsOptions,
  type OpsRoutes,
} from './ops.js';
export { authorizationMatches, presentedToken } from './auth.js';
export { isLoopbackHost } from './serve-command.js';
