import { parseArgs } from 'node:util';
import { IsoDateSchema } from '@parkbrief/domain';
import {
  describeDateProblem,
  extractIssueHere,
  issueFromFiles,
  loadWorkerEnv,
  PdfInputError,
} from '@parkbrief/worker';
import { UsageError } from '../usage-error.js';

/** `parkbrief extract FILE --date YYYY-MM-DD [--publication NAME] [--edition A7] [--park NAME]`: the IssueExtraction as JSON on stdout. */
export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      publication: { type: 'string' },
      edition: { type: 'string' },
      park: { type: 'string' },
      pretty: { type: 'boolean' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('extract takes one FILE');
  const date = IsoDateSchema.safeParse(values.date);
  // Missing, malformed and impossible dates each get their own message (not all "required").
  if (!date.success) throw new UsageError(describeDateProblem(values.date) ?? '--date is not a date');
  // Unreadable, empty or binary input: exit 2 with one line on stderr, nothing on stdout.
  const { pdf } = loadWorkerEnv();
  const read = await issueFromFiles([file], {
    date: date.data,
    ...(values.publication === undefined ? {} : { publication: values.publication }),
    ...(values.edition === undefined ? {} : { edition: values.edition }),
    ...(values.park === undefined ? {} : { park: values.park }),
    maxPdfBytes: pdf.maxBytes,
  });
  if (!read.ok) {
    process.stderr.write(`parkbrief extract: ${read.error.message.replace(/\n/g, ' ')}\n`);
    return 2;
  }
  let extraction;
  try {
    extraction = await extractIssueHere(read.issue, { pdf });
  } catch (err) {
    // An unreadable PDF (encrypted, broken, scanned, too slow): one line naming the file and the reason.
    if (!(err instanceof PdfInputError)) throw err;
    process.stderr.write(`parkbrief extract: ${err.message.replace(/\n/g, ' ')}\n`);
    return 2;
  }
  process.stdout.write(JSON.stringify(extraction, null, values.pretty ? 2 : undefined) + '\n');
  return 0;
}
