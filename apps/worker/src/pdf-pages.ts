/**
 * PDF input. The queue carries the PDF's bytes (base64, in `Page.pdf`), not text: the reading — pdfjs and the
 * layout analysis — happens in the extraction thread, where a hostile file can cost no more than its time
 * limit and never blocks the enqueueing script or the worker's event loop. Here a PDF page of an issue becomes
 * the text pages it holds, with the layout hints the extractor's segmentation uses.
 */
import { createHash } from 'node:crypto';
import type { Issue, Page } from '@parkbrief/domain';
import type { LayoutHints } from '@parkbrief/extractor';
import { PdfReadError, readPdf } from '@parkbrief/pdf-layout';

/** Limits of PDF input. */
export interface PdfLimits {
  /** Larger files are refused (bytes). */
  readonly maxBytes: number;
  /** Reading one file that takes longer is abandoned (ms). */
  readonly timeoutMs: number;
}

/** Defaults of `PARKBRIEF_PDF_MAX_BYTES` and `PARKBRIEF_PDF_TIMEOUT_MS`. */
export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 30 * 1024 * 1024, timeoutMs: 30_000 };

/** What reading an issue's PDFs took, per file. */
export interface PdfReadStats {
  readonly file: string;
  readonly pages: number;
  readonly ms: number;
}

/** The outcome of `readIssuePdfs`. */
export type ReadIssuePdfsResult =
  | {
      readonly ok: true;
      /** The issue with every PDF page replaced by the text pages read from it. */
      readonly issue: Issue;
      readonly layouts: LayoutHints[];
      readonly stats: PdfReadStats[];
    }
  | { readonly ok: false; readonly error: PdfReadError };

/** Whether an issue carries PDF files to read. */
export function hasPdf(issue: Pick<Issue, 'pages'>): boolean {
  return issue.pages.some((p) => p.pdf !== undefined);
}

/** sha256 (hex) of a base64 PDF's bytes: what the issue id is derived from. */
export function pdfSha256(base64: string): string {
  return createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');
}

/**
 * Reads every PDF page of an issue. Page numbers come from the PDF's page labels (or its title, for a
 * one-page file) where present, else run on from the page before; the edition (A7, 第7版) fills the issue's
 * when it has none. Text pages are kept as they are.
 */
export async function readIssuePdfs(
  issue: Issue,
  limits: PdfLimits = DEFAULT_PDF_LIMITS,
): Promise<ReadIssuePdfsResult> {
  const pages: Page[] = [];
  const layouts: LayoutHints[] = [];
  const stats: PdfReadStats[] = [];
  const used = new Set<number>();
  let edition = issue.edition;
  const take = (wanted: number | null): number => {
    const highest = used.size > 0 ? Math.max(...used) : 0;
    const n = wanted !== null && wanted >= 1 && !used.has(wanted) ? wanted : highest + 1;
    used.add(n);
    return n;
  };
  for (const page of issue.pages) {
    if (!page.pdf) {
      pages.push({ number: take(page.number), text: page.text });
      continue;
    }
    const started = performance.now();
    const bytes = new Uint8Array(Buffer.from(page.pdf.data, 'base64'));
    const read = await readPdf(bytes, {
      name: page.pdf.name,
      maxBytes: limits.maxBytes,
      timeoutMs: limits.timeoutMs,
    });
    if (!read.ok) return read;
    const doc = read.document;
    edition ??= doc.edition ?? undefined;
    for (const p of doc.pages) {
      // The PDF's own label or title first; else the page's place in the issue (from --edition, or its order).
      const number = take(p.number ?? page.number + p.index - 1);
      pages.push({ number, text: p.text });
      layouts.push({ page: number, blocks: p.blocks });
    }
    stats.push({ file: page.pdf.name, pages: doc.pages.length, ms: performance.now() - started });
  }
  return {
    ok: true,
    issue: { ...issue, ...(edition === undefined ? {} : { edition }), pages },
    layouts,
    stats,
  };
}
