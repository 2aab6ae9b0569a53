/**
 * Builds an issue from page files: the text layers of an issue's pages, one file per page or form-feed
 * separated, or PDF files (one or many pages each), which travel as bytes and are read in the extraction thread.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { deriveIssueId, IssueSchema, type Issue, type Page } from '@parkbrief/domain';
import { z } from 'zod';
import { DEFAULT_PDF_LIMITS, pdfSha256 } from './pdf-pages.js';

/** Why page files could not become an issue. */
export type IssueFileErrorKind = 'unreadable' | 'empty' | 'binary' | 'invalid' | 'pdf';

/** A page file that cannot be read as text, or an issue that does not validate. */
export class IssueFileError extends Error {
  override readonly name = 'IssueFileError';
  constructor(
    readonly kind: IssueFileErrorKind,
    /** The file at fault; null when the issue as a whole is invalid (e.g. its date). */
    readonly path: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** Options of `issueFromFiles`. */
export interface IssueFromFilesOptions {
  /** Publication date, YYYY-MM-DD. */
  readonly date: string;
  /**
   * Name of the newspaper, as printed. When unknown, `UNKNOWN_PUBLICATION` stands in (never the file's
   * name: that is not the newspaper's, and it would change the issue's id with the file's name).
   */
  readonly publication?: string;
  /**
   * The edition or page, as printed (A7, 第7版, 第7版 园区). When it carries a page number, the first page is
   * that page and the next pages count on from it, so sources give the newspaper's own page.
   */
  readonly edition?: string;
  /** The park the text is about when it names itself only 全区/我区/高新区 (a park's own report). */
  readonly park?: string;
  /** PDF files larger than this are refused (default 30 MB, as `PARKBRIEF_PDF_MAX_BYTES`). */
  readonly maxPdfBytes?: number;
}

/** The publication of an issue read without one named. */
export const UNKNOWN_PUBLICATION = '未注明报刊';

/** The page number an edition names (A7 → 7, 第07版 → 7), or null. */
export function editionFirstPage(edition: string | undefined): number | null {
  const m = edition?.trim().match(/^第?\s*[A-Za-z]*\s*0*(\d{1,3})(?!\d)/);
  return m ? Math.max(1, Number(m[1])) : null;
}

/** The outcome of `issueFromFiles`. */
export type IssueFromFilesResult =
  { readonly ok: true; readonly issue: Issue } | { readonly ok: false; readonly error: IssueFileError };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads page files, in order, into an `Issue` whose id is derived from its content. A form feed (U+000C) inside
 * a file also separates pages. Expected failures (missing, unreadable, empty or binary files; a bad date) are
 * returned as `{ ok: false, error }`.
 */
export async function issueFromFiles(
  paths: readonly string[],
  options: IssueFromFilesOptions,
): Promise<IssueFromFilesResult> {
  const fail = (kind: IssueFileErrorKind, path: string | null, message: string): IssueFromFilesResult => ({
    ok: false,
    error: new IssueFileError(kind, path, message),
  });
  if (paths.length === 0) return fail('invalid', null, 'no page files given');
  const pages: Page[] = [];
  const maxPdfBytes = options.maxPdfBytes ?? DEFAULT_PDF_LIMITS.maxBytes;
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      return fail('unreadable', path, `cannot read ${path}: ${(err as Error).message}`);
    }
    // A PDF: its bytes go into the issue, read later in the extraction thread.
    if (isPdf(bytes)) {
      if (bytes.length > maxPdfBytes)
        return fail(
          'pdf',
          path,
          `${path}: PDF of ${bytes.length} bytes is over the limit of ${maxPdfBytes} bytes`,
        );
      const data = bytes.toString('base64');
      pages.push({
        number: pages.length + 1,
        text: '',
        pdf: { name: basename(path), data, sha256: pdfSha256(data) },
      });
      continue;
    }
    // NUL bytes never occur in a text layer; invalid UTF-8 means a PDF or other binary was given instead.
    if (bytes.includes(0)) return fail('binary', path, `${path} is not a text file (it contains NUL bytes)`);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return fail('binary', path, `${path} is not UTF-8 text`);
    }
    const texts = text
      .replace(/^\uFEFF/, '')
      .split('\f')
      .filter((p) => p.trim() !== '');
    if (texts.length === 0) return fail('empty', path, `${path} has no text`);
    for (const t of texts) pages.push({ number: pages.length + 1, text: t });
  }
  const first = editionFirstPage(options.edition) ?? 1;
  const draft = {
    publication: options.publication ?? UNKNOWN_PUBLICATION,
    date: options.date,
    ...(options.edition === undefined ? {} : { edition: options.edition }),
    ...(options.park === undefined ? {} : { park: options.park }),
    pages: pages.map((p, i) => ({ ...p, number: first + i })),
  };
  const parsed = IssueSchema.safeParse({ ...draft, id: deriveIssueId(draft) });
  if (!parsed.success)
    return fail('invalid', null, `invalid issue: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
  return { ok: true, issue: parsed.data };
}

/** A PDF by its header (`%PDF-` near the start), whatever the file is called. */
function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).toString('latin1').includes('%PDF-');
}
