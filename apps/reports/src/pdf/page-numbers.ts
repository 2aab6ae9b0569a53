import type { PageNumberPlacement } from './document.js';

/** `#RRGGBB` as the three components of a PDF colour, 0–1. */
function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace(/^#/, '').slice(0, 6), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** A number as PDF writes it: at most 4 decimals, no trailing zeros. */
const num = (x: number) => String(Math.round(x * 10000) / 10000);

/** Helvetica's advance width of every digit, in thousandths of the font size (its AFM metrics). */
const HELVETICA_DIGIT_WIDTH = 556;

/** The resource name of the digits' font in every page's font dictionary. */
const FONT_NAME = 'PbPageNo';

/** The operators that draw the page number and the page count in Helvetica, centred on their slots. */
function numberOperators(page: number, total: number, placement: PageNumberPlacement, color: string): string {
  const [r, g, b] = rgbOf(color);
  const parts = [`q\n${num(r)} ${num(g)} ${num(b)} rg\n`];
  for (const [text, x] of [
    [String(page), placement.numberX],
    [String(total), placement.totalX],
  ] as const) {
    const width = (HELVETICA_DIGIT_WIDTH / 1000) * placement.fontSize * text.length;
    parts.push(
      `BT\n/${FONT_NAME} ${num(placement.fontSize)} Tf\n${num(x - width / 2)} ${num(placement.baseline)} Td\n(${text}) Tj\nET\n`,
    );
  }
  parts.push('Q\n');
  return parts.join('');
}

/** The PDF's text as latin1 (one character per byte), for finding objects by offset. */
const latin1 = (pdf: Uint8Array) =>
  Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');

/** The object of this number, from its `N 0 obj` to its `endobj`; undefined when it is not where the xref says. */
function objectAt(text: string, offsets: ReadonlyMap<number, number>, id: number) {
  const start = offsets.get(id);
  if (start === undefined || !text.startsWith(`${id} 0 obj`, start)) return undefined;
  const end = text.indexOf('endobj', start);
  return end < 0 ? undefined : { start, body: text.slice(start + `${id} 0 obj`.length, end) };
}

const refIn = (body: string, key: string) => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body);
  return m ? Number(m[1]) : undefined;
};

/** An uncompressed stream object of a few operators. */
const streamObject = (id: number, operators: string) =>
  Buffer.from(
    `${id} 0 obj\n<<\n/Length ${operators.length}\n>>\nstream\n${operators}\nendstream\nendobj\n`,
    'latin1',
  );

/**
 * Stamps page numbers into the PDF react-pdf (pdfkit) writes: one classic xref table, a flat page tree, one
 * content stream and one resource dictionary per page. Each page draws its content stream as it is between two
 * small streams, q before it and Q plus the digits after it; its resources gain Helvetica; every other object is
 * copied as it is. Undefined when the file is not laid out that way (the caller then rewrites it with pdf-lib).
 */
function stampIncrementally(
  pdf: Uint8Array,
  placement: PageNumberPlacement,
  color: string,
): { pdf: Uint8Array; pages: number } | undefined {
  const text = latin1(pdf);
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!tail) return undefined;
  const startxref = Number(tail[1]);
  const xref = /^xref\s+0\s+(\d+)\s+/.exec(text.slice(startxref, startxref + 32));
  if (!xref) return undefined;
  const size = Number(xref[1]);
  const entriesAt = startxref + xref[0].length;
  const offsets = new Map<number, number>();
  for (let i = 0; i < size; i++) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + i * 20 + 18);
    if (entry.endsWith('n')) offsets.set(i, Number(entry.slice(0, 10)));
  }
  const trailerAt = entriesAt + size * 20;
  const trailer = /^\s*trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(trailerAt));
  const root = trailer ? refIn(trailer[1]!, 'Root') : undefined;
  if (!trailer || root === undefined) return undefined;
  const catalog = objectAt(text, offsets, root);
  const pagesId = catalog && refIn(catalog.body, 'Pages');
  const tree = pagesId === undefined ? undefined : objectAt(text, offsets, pagesId);
  const kids = tree && /\/Kids\s*\[([^\]]*)\]/.exec(tree.body);
  if (!kids) return undefined;
  const pageIds = [...kids[1]!.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));

  let next = size;
  const fontId = next++;
  const written: { id: number; bytes: Buffer }[] = [
    {
      id: fontId,
      bytes: Buffer.from(
        `${fontId} 0 obj\n<<\n/Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica\n/Encoding /WinAnsiEncoding\n>>\nendobj\n`,
        'latin1',
      ),
    },
  ];
  const saveId = next++;
  written.push({ id: saveId, bytes: streamObject(saveId, 'q\n') });
  const resourcesDone = new Set<number>();
  for (const [i, pageId] of pageIds.entries()) {
    const page = objectAt(text, offsets, pageId);
    if (!page || !/\/Type\s*\/Page\b(?!s)/.test(page.body)) return undefined;
    const contentsId = refIn(page.body, 'Contents');
    const resourcesId = refIn(page.body, 'Resources');
    if (contentsId === undefined || resourcesId === undefined) return undefined;

    if (!objectAt(text, offsets, contentsId)) return undefined;
    // The page's own drawing is left as it is: the page draws a stream that saves the graphics state, its own,
    // and one that restores the state (pdfkit flips the y axis) and draws the digits. Inflating and deflating
    // the page's stream again cost a few percent of a render.
    const tail = `Q\n${numberOperators(i + 1, pageIds.length, placement, color)}`;
    const tailId = next++;
    written.push({ id: tailId, bytes: streamObject(tailId, tail) });
    const contentsRef = /\/Contents\s+\d+\s+0\s+R/.exec(page.body)!;
    const pageBody = `${page.body.slice(0, contentsRef.index)}/Contents [${saveId} 0 R ${contentsId} 0 R ${tailId} 0 R]${page.body.slice(contentsRef.index + contentsRef[0].length)}`;
    written.push({ id: pageId, bytes: Buffer.from(`${pageId} 0 obj${pageBody}endobj\n`, 'latin1') });

    if (resourcesDone.has(resourcesId)) continue;
    resourcesDone.add(resourcesId);
    const resources = objectAt(text, offsets, resourcesId);
    if (!resources) return undefined;
    const entry = `/${FONT_NAME} ${fontId} 0 R\n`;
    const body = /\/Font\s*<</.test(resources.body)
      ? resources.body.replace(/\/Font\s*<<\s*/, (m) => `${m}${entry}`)
      : resources.body.replace(/<<\s*/, (m) => `${m}/Font <<\n${entry}>>\n`);
    written.push({ id: resourcesId, bytes: Buffer.from(`${resourcesId} 0 obj${body}endobj\n`, 'latin1') });
  }

  // The file again without the objects replaced (a memory copy, no parsing), the new ones after them, a whole
  // xref table: as small as the file react-pdf wrote, unlike an incremental update that keeps the old streams.
  const replaced = new Map(written.map((w) => [w.id, w.bytes]));
  const order = [...offsets.entries()].sort((x, y) => x[1] - y[1]);
  const parts: Buffer[] = [];
  const at = new Map<number, number>();
  const source = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let out = 0;
  let copyFrom = 0;
  const firstObject = order[0]?.[1] ?? startxref;
  parts.push(source.subarray(0, firstObject));
  out += firstObject;
  copyFrom = firstObject;
  for (const [k, [id, start]] of order.entries()) {
    const end = k + 1 < order.length ? order[k + 1]![1] : startxref;
    if (start < copyFrom) return undefined;
    if (replaced.has(id)) continue;
    at.set(id, out);
    parts.push(source.subarray(start, end));
    out += end - start;
  }
  for (const w of written) {
    at.set(w.id, out);
    parts.push(w.bytes);
    out += w.bytes.length;
  }
  let table = `xref\n0 ${next}\n0000000000 65535 f \n`;
  for (let id = 1; id < next; id++) {
    const offset = at.get(id);
    table +=
      offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  const keep = ['Root', 'Info']
    .map((key) => {
      const id = refIn(trailer[1]!, key);
      return id === undefined ? '' : `/${key} ${id} 0 R\n`;
    })
    .join('');
  const fileId = /\/ID\s*(\[[^\]]*\])/.exec(trailer[1]!)?.[1];
  table += `trailer\n<<\n/Size ${next}\n${keep}${fileId ? `/ID ${fileId}\n` : ''}>>\nstartxref\n${out}\n%%EOF\n`;
  parts.push(Buffer.from(table, 'latin1'));
  const file = Buffer.concat(parts);
  return { pdf: new Uint8Array(file.buffer, file.byteOffset, file.byteLength), pages: pageIds.length };
}

/** The general way: pdf-lib reads the whole file and writes it again (a few times slower). */
async function stampWithPdfLib(
  pdf: Uint8Array,
  placement: PageNumberPlacement,
  color: string,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const font = doc.embedStandardFont(StandardFonts.Helvetica);
  const pages = doc.getPages();
  const total = String(pages.length);
  const fill = rgb(...rgbOf(color));
  pages.forEach((page, i) => {
    for (const [text, x] of [
      [String(i + 1), placement.numberX],
      [total, placement.totalX],
    ] as const) {
      const width = font.widthOfTextAtSize(text, placement.fontSize);
      page.drawText(text, {
        x: x - width / 2,
        y: placement.baseline,
        size: placement.fontSize,
        font,
        color: fill,
      });
    }
  });
  const out = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { pdf: out, pages: pages.length };
}

/**
 * Writes each page's number and the page count into the slots the document left in its footer, on the
 * finished PDF. Done after layout because react-pdf lays every page out again for a `render` prop that reads
 * the page count; the digits are set in Helvetica (a standard font: nothing to embed), the words around them by
 * react-pdf in Noto Sans SC. Only the page content streams and resources are rewritten: pdf-lib reading and
 * writing the whole file took 4% of a render.
 */
export async function stampPageNumbers(
  pdf: Uint8Array,
  placement: PageNumberPlacement,
  color: string,
): Promise<{ pdf: Uint8Array; pages: number }> {
  return stampIncrementally(pdf, placement, color) ?? stampWithPdfLib(pdf, placement, color);
}
