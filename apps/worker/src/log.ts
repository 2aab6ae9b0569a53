/** Structured logs: one JSON line per event (level, time, event, then the event's fields). */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** A structured logger. */
export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** Options of `createLogger`. */
export interface LoggerOptions {
  readonly level?: LogLevel | 'silent';
  /** Where lines go (default: stderr, so stdout stays for command output). */
  readonly write?: (line: string) => void;
  /** Fields added to every line (e.g. pid). */
  readonly base?: Record<string, unknown>;
}

function serializeError(err: unknown): unknown {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return err;
}

/** Creates a JSON-lines logger. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const min = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  const base = options.base ?? {};
  const emit =
    (level: LogLevel) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      if (RANK[level] < min) return;
      const record: Record<string, unknown> = { level, time: new Date().toISOString(), event, ...base };
      for (const [k, v] of Object.entries(fields))
        record[k] = k === 'err' || v instanceof Error ? serializeError(v) : v;
      write(`${JSON.stringify(record)}\n`);
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that drops everything. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
