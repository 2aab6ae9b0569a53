import { z } from 'zod';

/** An id safe in URLs, file names and BullMQ job ids: lower-case ASCII, digits, `-`, `_` and `.`; never `:`. */
export const IdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case ASCII letters, digits, ".", "_" or "-"')
  .describe('A stable identifier, safe in URLs, file names and job ids (no ":").');

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD')
  // The pattern lets 2023-02-30 through; a date that does not exist in the calendar is refused.
  .refine((v) => {
    const day = new Date(`${v}T00:00:00Z`);
    // A malformed string is the pattern's to report.
    return Number.isNaN(day.getTime()) || day.toISOString().startsWith(v);
  }, 'must be a date that exists')
  .describe('A calendar date, YYYY-MM-DD.');

/** A calendar month written `YYYY-MM`. */
export const IsoMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM')
  .describe('A calendar month, YYYY-MM.');
