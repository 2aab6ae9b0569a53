import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PageNumberPlacement } from './document.js';

/** `#RRGGBB` as pdf-lib's colour. */
function hexColor(hex: string) {
  const n = Number.parseInt(hex.replace(/^#/, '').slice(0, 6), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/**
 * Writes each page's number and the page count into the slots the document left in its footer, on the
 * finished PDF. Done after layout because react-pdf lays every page out twice more for a `render` prop that
 * reads the page count (a fifth of a render); the digits are set in Helvetica (a standard font: nothing to
 * embed), the words around them by react-pdf in Noto Sans SC.
 */
export async function stampPageNumbers(
  pdf: Uint8Array,
  placement: PageNumberPlacement,
  color: string,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const font = doc.embedStandardFont(StandardFonts.Helvetica);
  const pages = doc.getPages();
  const total = String(pages.length);
  const fill = hexColor(color);
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
