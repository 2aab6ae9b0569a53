/**
 * Structured logging for the server: the shared pino logger of @parkbrief/log (one JSON object a line, secrets
 * redacted), behind a one-function seam so tests and embedding apps can pass their own sink.
 */
import { createLogger, type LogLevel } from '@parkbrief/log';

/** Receives one log event; `event` names it (`request`, `listening`, …), the rest are its fields. */
export type ServerLogger = (
  entry: { readonly event: string; readonly level?: 'info' | 'warn' | 'error' } & Readonly<
    Record<string, unknown>
  >,
) => void;

/**
 * A logger writing one JSON line per event through pino, with an ISO time stamp and `level` (default `info`).
 * Lines go to stdout unless `write` is given.
 */
export function jsonLineLogger(
  write: (line: string) => void = (line) => void process.stdout.write(line),
  level: LogLevel | 'silent' = 'info',
): ServerLogger {
  const logger = createLogger({ level, write });
  return ({ event, level: lvl, ...fields }) => logger[lvl ?? 'info'](event, fields);
}

/** A logger that drops everything. */
export const silentLogger: ServerLogger = () => {};
