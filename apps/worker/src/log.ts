/** Structured logs: the shared pino logger of @parkbrief/log (one JSON line per event, secrets redacted). */
export { createLogger, silentLogger, type Logger, type LoggerOptions, type LogLevel } from '@parkbrief/log';
