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

/** One text item of a PDF page as drawn: its box in PDF points, y up from the page's bottom. */
export interface PdfTextBox {
  readonly page: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  /** The baseline's descent below and ascent above: the em box from y - 0.12·size to y + 0.88·size. */
  readonly bottom: number;
  readonly top: number;
}

/** Two text items drawn on one another. */
export interface PdfOverlap {
  readonly page: number;
  readonly a: PdfTextBox;
  readonly b: PdfTextBox;
}

/** The text items of a PDF with their boxes, page by page. */
export async function readPdfBoxes(pdf: Uint8Array): Promise<PdfTextBox[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: pdf.slice(), useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const boxes: PdfTextBox[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    for (const raw of content.items as unknown[]) {
      const item = raw as Item;
      if (typeof item.str !== 'string' || item.str.trim() === '') continue;
      const [a, b, , , x, y] = item.transform as [number, number, number, number, number, number];
      const size = Math.hypot(a, b);
      boxes.push({
        page: p,
        text: item.str,
        left: x,
        right: x + item.width,
        bottom: y - 0.12 * size,
        top: y + 0.88 * size,
      });
    }
  }
  await task.destroy();
  return boxes;
}

/**
 * Text items that are drawn over one another: their boxes overlap by more than `tolerance` points across and
 * by more than a third of the smaller one's height up and down (lines set close touch, never overlap so far).
 */
export function overlappingText(boxes: readonly PdfTextBox[], tolerance = 0.5): PdfOverlap[] {
  const out: PdfOverlap[] = [];
  const byPage = new Map<number, PdfTextBox[]>();
  for (const b of boxes) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
  for (const [page, list] of byPage) {
    const sorted = [...list].sort((x, y) => y.top - x.top);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j]!;
        if (b.top <= a.bottom) break; // sorted by top: no later box reaches up to a
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const upDown = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
        const height = Math.min(a.top - a.bottom, b.top - b.bottom);
        if (across > tolerance && upDown > height / 3) out.push({ page, a, b });
      }
    }
  }
  return out;
}
