/** Structured logging for the server: one JSON object a line. */

/** Receives one log event; `event` names it (`request`, `listening`, …), the rest are its fields. */
export type ServerLogger = (
  entry: { readonly event: string; readonly level?: 'info' | 'warn' | 'error' } & Readonly<
    Record<string, unknown>
  >,
) => void;

/** A logger writing one JSON line per event, with an ISO time stamp and `level` (default `info`). */
export function jsonLineLogger(
  write: (line: string) => void = (line) => void process.stdout.write(line),
): ServerLogger {
  return (entry) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...entry })}\n`);
  };
}

/** A logger that drops everything. */
export const silentLogger: ServerLogger = () => {};
