// Reading rendered PDFs back in tests: text (by lines, as a reader sees them) and metadata, with pdfjs-dist.

// pdfjs-dist 6 calls Promise.withResolvers (Node 22); Node 20 lacks it, so the helper adds it before loading.
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

/** One line of a PDF page's text layer. */
export interface PdfLine {
  readonly page: number;
  readonly y: number;
  readonly x: number;
  /** Right edge of the line's last item. */
  readonly right: number;
  readonly text: string;
}

/** The text layer of a PDF. */
export interface PdfText {
  readonly pages: number;
  /** Lines of text, page by page, top to bottom, items of one baseline joined left to right. */
  readonly lines: readonly PdfLine[];
  /** All text, lines joined with "\n". */
  readonly text: string;
  readonly info: Record<string, unknown>;
}

interface Item {
  str: string;
  transform: number[];
  width: number;
}

/** Extracts the text layer of a PDF. */
export async function readPdf(pdf: Uint8Array): Promise<PdfText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: pdf.slice(), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const lines: PdfLine[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items = (content.items as unknown[]).filter(
      (i): i is Item => typeof (i as Item).str === 'string' && (i as Item).str !== '',
    );
    const rows: { y: number; items: Item[] }[] = [];
    for (const item of items) {
      const y = item.transform[5]!;
      const row = rows.find((r) => Math.abs(r.y - y) < 1.5);
      if (row) row.items.push(item);
      else rows.push({ y, items: [item] });
    }
    rows.sort((a, b) => b.y - a.y);
    for (const row of rows) {
      row.items.sort((a, b) => a.transform[4]! - b.transform[4]!);
      const right = Math.max(...row.items.map((i) => i.transform[4]! + i.width));
      lines.push({
        page: p,
        y: row.y,
        x: row.items[0]!.transform[4]!,
        right,
        text: row.items.map((i) => i.str).join(''),
      });
    }
  }
  const meta = await doc.getMetadata();
  const info = meta.info as Record<string, unknown>;
  const pages = doc.numPages;
  await task.destroy();
  return { pages, lines, text: lines.map((l) => l.text).join('\n'), info };
}
