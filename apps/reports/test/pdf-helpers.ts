// Reading rendered PDFs back in tests: text (by lines, as a reader sees them) and metadata, with pdfjs-dist.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfLine {
  readonly page: number;
  readonly y: number;
  readonly x: number;
  readonly text: string;
}

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
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const lines: PdfLine[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items = (content.items as unknown[]).filter((i): i is Item => typeof (i as Item).str === 'string' && (i as Item).str !== '');
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
      lines.push({ page: p, y: row.y, x: row.items[0]!.transform[4]!, text: row.items.map((i) => i.str).join('') });
    }
  }
  const meta = await doc.getMetadata();
  const info = meta.info as Record<string, unknown>;
  await doc.destroy();
  return { pages: lines.length ? doc.numPages : 0, lines, text: lines.map((l) => l.text).join('\n'), info };
}
