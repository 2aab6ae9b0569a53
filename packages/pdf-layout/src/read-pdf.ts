/**
 * Opening a PDF with pdfjs-dist (Mozilla's PDF reader: it parses fonts, text matrices and broken files far
 * better than anything we would write) and handing each page's positioned text runs to `layoutPage`.
 * Expected failures — too large, not a PDF, encrypted, broken, no text layer, out of time — are results.
 */
import { layoutPage, type LayoutBlock, type TextRun } from './layout.js';

// pdfjs-dist 6 calls Promise.withResolvers (Node 22); Node 20 lacks it.
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== 'function') {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (v: T) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

/** Why a PDF could not be read. */
export type PdfReadErrorKind = 'too-large' | 'not-pdf' | 'encrypted' | 'broken' | 'no-text' | 'timeout';

/** A PDF that cannot be read; `message` is one line naming the file and the reason. */
export class PdfReadError extends Error {
  override readonly name = 'PdfReadError';
  constructor(
    readonly kind: PdfReadErrorKind,
    /** The file's name as given to `readPdf` (or `PDF`). */
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Options of `readPdf`. */
export interface ReadPdfOptions {
  /** The file's name, for error messages (default `PDF`). */
  readonly name?: string;
  /** Larger files are refused unread (default 50 MB). */
  readonly maxBytes?: number;
  /** More pages are refused (default 200). */
  readonly maxPages?: number;
  /** Reading that takes longer is abandoned (default 30 s). */
  readonly timeoutMs?: number;
}

/** One page read. */
export interface PdfPage {
  /** Position in the file, from 1. */
  readonly index: number;
  /** The page label the PDF gives (`A7`, `7`), or null. */
  readonly label: string | null;
  /** The page number its label or the document title gives (`A7` → 7), or null. */
  readonly number: number | null;
  /** Text in reading order: one paragraph, title, byline or caption line a line, articles apart by a blank line. */
  readonly text: string;
  /** What each run of lines of `text` is (see `LayoutBlock`). */
  readonly blocks: LayoutBlock[];
  /** Text runs on the page (before fake bold was read once). */
  readonly runs: number;
  readonly doubledRuns: number;
  readonly columns: number;
}

/** A PDF read into pages. */
export interface PdfDocument {
  readonly pages: PdfPage[];
  /** The document title from its metadata, or null. */
  readonly title: string | null;
  /** The edition or page section its labels or title give (`A7`, `第7版`), or null. */
  readonly edition: string | null;
}

/** The outcome of `readPdf`. */
export type ReadPdfResult =
  | { readonly ok: true; readonly document: PdfDocument }
  | { readonly ok: false; readonly error: PdfReadError };

interface PdfjsItem {
  str?: string;
  transform?: number[];
  width?: number;
}

const EDITION = /([A-Z]{1,2})\s*0?(\d{1,3})(?![\d.])|第\s*(\d{1,3})\s*版/;

/** Page number and edition from a label or title: `A7` → 7 and `A7`; `第7版` → 7 and `第7版`; `7` → 7. */
export function readEdition(text: string | null | undefined): {
  number: number | null;
  edition: string | null;
} {
  if (!text) return { number: null, edition: null };
  const t = text.trim();
  if (/^\d{1,3}$/.test(t)) return { number: Number(t), edition: null };
  const m = EDITION.exec(t);
  if (!m) return { number: null, edition: null };
  if (m[3]) return { number: Number(m[3]), edition: `第${m[3]}版` };
  return { number: Number(m[2]), edition: `${m[1]}${m[2]}` };
}

function toRuns(items: readonly unknown[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const raw of items) {
    const it = raw as PdfjsItem;
    const t = it.transform;
    if (typeof it.str !== 'string' || !t || t.length < 6 || it.str.length === 0) continue;
    // Rotated or vertical text (a margin note) is left out: its reading order is not the page's.
    if (Math.abs(t[1] ?? 0) > 1e-3 || Math.abs(t[2] ?? 0) > 1e-3) continue;
    runs.push({
      str: it.str,
      x: t[4] ?? 0,
      y: t[5] ?? 0,
      width: it.width ?? 0,
      size: Math.abs(t[3] ?? 0),
      font: (raw as { fontName?: string }).fontName ?? '',
    });
  }
  return runs;
}

/**
 * The positioned text runs of each page and its height, as `layoutPage` takes them (for benchmarks and
 * diagnostics; `readPdf` is the reading to use). Throws on a PDF pdfjs cannot open.
 */
export async function readTextRuns(bytes: Uint8Array): Promise<Array<{ runs: TextRun[]; height: number }>> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: bytes.slice(),
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true,
  });
  try {
    const doc = await task.promise;
    const out: Array<{ runs: TextRun[]; height: number }> = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [, y0 = 0, , y1 = 0] = page.view;
      const content = await page.getTextContent();
      out.push({ runs: toRuns(content.items).map((r) => ({ ...r, y: r.y - y0 })), height: y1 - y0 });
    }
    return out;
  } finally {
    await task.destroy();
  }
}

function timeout(ms: number): { promise: Promise<'timeout'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Reads a PDF's pages into text in reading order with layout hints, page labels and edition. Never throws on
 * any input; a PDF that cannot be read gives `{ ok: false, error }` with a one-line reason.
 */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<ReadPdfResult> {
  const name = options.name ?? 'PDF';
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  const maxPages = options.maxPages ?? 200;
  const fail = (kind: PdfReadErrorKind, reason: string): ReadPdfResult => ({
    ok: false,
    error: new PdfReadError(kind, name, reason),
  });
  if (bytes.length > maxBytes)
    return fail('too-large', `PDF of ${bytes.length} bytes is over the limit of ${maxBytes} bytes`);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) return fail('not-pdf', 'not a PDF file (no %PDF- header)');

  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: bytes.slice(),
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  const limit = timeout(options.timeoutMs ?? 30_000);
  const work = (async (): Promise<ReadPdfResult> => {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const e = err as { name?: string; message?: string };
      if (e.name === 'PasswordException') return fail('encrypted', 'encrypted PDF (it needs a password)');
      return fail('broken', `broken PDF (${(e.message ?? String(err)).split('\n')[0]})`);
    }
    if (doc.numPages > maxPages)
      return fail('too-large', `${doc.numPages} pages, over the limit of ${maxPages}`);
    const labels = await doc.getPageLabels().catch(() => null);
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const title = typeof info.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : null;
    const fromTitle = readEdition(title);
    const pages: PdfPage[] = [];
    let anyText = false;
    for (let p = 1; p <= doc.numPages; p++) {
      let runs: TextRun[] = [];
      let height = 0;
      try {
        const page = await doc.getPage(p);
        const [, y0 = 0, , y1 = 0] = page.view;
        height = y1 - y0;
        const content = await page.getTextContent();
        runs = toRuns(content.items).map((r) => ({ ...r, y: r.y - y0 }));
        page.cleanup();
      } catch (err) {
        return fail('broken', `broken PDF (page ${p}: ${((err as Error).message ?? '').split('\n')[0]})`);
      }
      if (runs.some((r) => r.str.trim() !== '')) anyText = true;
      const layout = layoutPage(runs, height);
      const label = labels?.[p - 1]?.trim() || null;
      const fromLabel = readEdition(label);
      pages.push({
        index: p,
        label,
        number: fromLabel.number ?? (doc.numPages === 1 ? fromTitle.number : null),
        text: layout.text,
        blocks: layout.blocks,
        runs: runs.length,
        doubledRuns: layout.doubledRuns,
        columns: layout.columns,
      });
    }
    if (!anyText)
      return fail('no-text', 'no text layer (a scanned PDF? it needs OCR before Parkbrief can read it)');
    const labelled = pages.find((pg) => pg.label !== null && readEdition(pg.label).edition !== null);
    return {
      ok: true,
      document: {
        pages,
        title,
        edition: labelled ? readEdition(labelled.label).edition : fromTitle.edition,
      },
    };
  })();
  try {
    const outcome = await Promise.race([work, limit.promise]);
    if (outcome === 'timeout') {
      void task.destroy().catch(() => undefined);
      return fail('timeout', `reading took longer than ${options.timeoutMs ?? 30_000} ms`);
    }
    return outcome;
  } catch (err) {
    return fail('broken', `broken PDF (${((err as Error).message ?? String(err)).split('\n')[0]})`);
  } finally {
    limit.cancel();
    if (!task.destroyed) await task.destroy().catch(() => undefined);
  }
}
