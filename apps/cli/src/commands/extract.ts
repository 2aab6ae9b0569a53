import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { IsoDateSchema, deriveIssueId, type Issue } from '@parkbrief/domain';
import { extractIssue } from '@parkbrief/extractor';
import { UsageError } from '../usage-error.js';

/** What `readIssueFile` can report instead of an issue. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Reads a UTF-8 text file of newspaper pages (a form-feed separates pages) into an `Issue`.
 * Unreadable, empty or non-text input is an `InputError` naming what is wrong.
 */
export async function readIssueFile(file: string, meta: { date: string; publication: string }): Promise<Issue> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not UTF-8 text`);
  }
  // Control characters other than tab, newline, carriage return and form feed mark a binary file.
  // eslint-disable-next-line no-control-regex -- looking for control bytes is the point
  if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) throw new InputError(`${file} is not a text file (control bytes)`);
  const pages = text
    .replace(/^\uFEFF/, '')
    .split('\f')
    .map((t, i) => ({ number: i + 1, text: t }))
    .filter((p) => p.text.trim() !== '');
  if (pages.length === 0) throw new InputError(`${file} is empty`);
  const renumbered = pages.map((p, i) => ({ number: i + 1, text: p.text }));
  return { id: deriveIssueId({ ...meta, pages: renumbered }), ...meta, pages: renumbered };
}

/** `parkbrief extract FILE --date YYYY-MM-DD [--publication NAME]`: the IssueExtraction as JSON on stdout. */
export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { date: { type: 'string' }, publication: { type: 'string' }, pretty: { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('extract takes one FILE: parkbrief extract FILE --date YYYY-MM-DD');
  const date = IsoDateSchema.safeParse(values.date);
  if (!date.success) throw new UsageError('--date YYYY-MM-DD is required (the issue date; periods resolve against it)');
  let issue: Issue;
  try {
    issue = await readIssueFile(file, { date: date.data, publication: values.publication ?? '未署名报刊' });
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`parkbrief extract: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const extraction = extractIssue(issue);
  process.stdout.write(JSON.stringify(extraction, null, values.pretty ? 2 : undefined) + '\n');
  return 0;
}
