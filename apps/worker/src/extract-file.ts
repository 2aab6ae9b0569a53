/**
 * Extraction in the calling process for the `extract` and `run` commands: a text issue is extracted here; an
 * issue with PDF files goes through one extraction thread, so the PDF reading has the same time limit (and
 * the same code path) as in the worker.
 */
import type { Issue, IssueExtraction } from '@parkbrief/domain';
import { createExtractPool } from './extract-pool.js';
import { DEFAULT_PDF_LIMITS, hasPdf, type PdfLimits } from './pdf-pages.js';

/** Options of `extractIssueHere`. */
export interface ExtractHereOptions {
  readonly pdf?: PdfLimits;
  /** Time limit of the extraction after the reading (default 120 s). */
  readonly timeoutMs?: number;
}

/**
 * Extracts an issue, reading its PDF files first if it has any. Rejects with `PdfInputError` (one line:
 * file and reason) when a PDF cannot be read, and `ExtractError` when the thread fails or runs out of time.
 */
export async function extractIssueHere(
  issue: Issue,
  options: ExtractHereOptions = {},
): Promise<IssueExtraction> {
  // Loaded here, not at import: `run` starts its render and catalogue threads first, so they load while this
  // thread loads the extractor.
  if (!hasPdf(issue)) return (await import('@parkbrief/extractor')).extractIssue(issue);
  const pool = createExtractPool({
    size: 1,
    timeoutMs: options.timeoutMs ?? 120_000,
    pdf: options.pdf ?? DEFAULT_PDF_LIMITS,
  });
  try {
    return await pool.extract(issue);
  } finally {
    await pool.close();
  }
}
