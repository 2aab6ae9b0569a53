/**
 * Checks of command-line values shared by `enqueue` and `run`. Apart from the commands, so `run` (which
 * needs no Redis) can use them without loading the queue client.
 */
import { IsoDateSchema } from '@parkbrief/domain';

/** What is wrong with a `--date` value (missing, malformed, or a day the calendar lacks), or null. */
export function describeDateProblem(date: string | undefined): string | null {
  if (date === undefined) return '--date YYYY-MM-DD is required (the issue date)';
  const parsed = IsoDateSchema.safeParse(date);
  if (parsed.success) return null;
  return `--date ${JSON.stringify(date)}: ${parsed.error.issues[0]?.message ?? 'not a date'}`;
}

/** `--timeout SECONDS` as milliseconds: undefined when absent, null when malformed. */
export function parseTimeout(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : null;
}
