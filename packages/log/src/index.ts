/**
 * @parkbrief/log — the one structured logger of the worker, the server and the CLI: pino writing one JSON line
 * per event (`level` as a word, ISO `time`, `event`, then the event's fields), with secrets redacted by
 * configuration rather than by each call site remembering to.
 */
import { pino, stdSerializers, stdTimeFunctions, type DestinationStream, type Logger as Pino } from 'pino';

/** Levels an event can have. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** A structured logger: an event name and its fields, one JSON line each. */
export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  /** A logger whose lines all carry `fields` too. */
  child(fields: Record<string, unknown>): Logger;
}

/** Options of `createLogger`. */
export interface LoggerOptions {
  readonly level?: LogLevel | 'silent';
  /** Where lines go (default: stderr, so stdout stays for command output). Called once per line. */
  readonly write?: (line: string) => void;
  /** Fields added to every line (e.g. pid). */
  readonly base?: Record<string, unknown>;
}

/**
 * Field paths whose values never reach a log line. Passwords in Redis URLs are handled apart (`redactUrl`
 * below), because they sit inside a string rather than in a field of their own.
 */
export const REDACTED_PATHS: readonly string[] = [
  'token',
  'password',
  'authorization',
  'cookie',
  '*.token',
  '*.password',
  '*.authorization',
  '*.cookie',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'env.PARKBRIEF_TOKEN',
  'env.REDIS_URL',
];

const URL_FIELDS = new Set(['redis', 'redisUrl', 'url', 'REDIS_URL']);

/** A URL with its password (and user name, when there is a password) replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    // Unchanged when there is nothing to hide (URL.toString would add a trailing slash).
    if (!u.password) return url;
    u.password = '***';
    return u.toString();
  } catch {
    // Not a URL we can parse: still hide whatever sits between "//" and "@".
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

function destination(write: ((line: string) => void) | undefined): DestinationStream {
  if (write) return { write: (line: string) => write(line) };
  return pino.destination({ fd: 2, sync: true });
}

function wrap(p: Pino): Logger {
  const emit =
    (level: LogLevel) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      if (!p.isLevelEnabled(level)) return;
      const record: Record<string, unknown> = { event };
      for (const [k, v] of Object.entries(fields)) {
        // `err` goes through pino's serializer; an Error under another name is serialized the same way here.
        if (v instanceof Error) record[k] = k === 'err' ? v : stdSerializers.err(v);
        else if (typeof v === 'string' && URL_FIELDS.has(k)) record[k] = redactUrl(v);
        else record[k] = v;
      }
      p[level](record);
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => wrap(p.child(fields)),
  };
}

/** Creates a JSON-lines logger (pino underneath). */
export function createLogger(options: LoggerOptions = {}): Logger {
  const p = pino(
    {
      level: options.level ?? 'info',
      base: options.base ?? null,
      timestamp: stdTimeFunctions.isoTime,
      // Words, not pino's numbers: the lines are read by people and by log tools that expect "warn".
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: stdSerializers.err },
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    },
    destination(options.write),
  );
  return wrap(p);
}

/** A logger that drops everything. */
export const silentLogger: Logger = createLogger({ level: 'silent', write: () => undefined });
