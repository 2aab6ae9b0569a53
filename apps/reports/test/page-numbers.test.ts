import { readPdfBoxes, type PdfTextBox } from '@parkbrief/testkit';
import { renderToBuffer } from '@react-pdf/renderer';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PARK_ID, fixtureExtraction } from './pdf-fixture.js';
import { defaultBrand } from '../src/pdf/brand.js';
import { BriefingDocument, pageNumberPlacement } from '../src/pdf/document.js';
import { buildBriefingModel } from '../src/pdf/model.js';
import { stampPageNumbers } from '../src/pdf/page-numbers.js';
import { registerFonts } from '../src/pdf/register-fonts.js';

/** The digits drawn on the footer's baseline (other digits of the page are figures). */
const digits = (boxes: readonly PdfTextBox[]) =>
  boxes
    .filter((b) => /^\d+$/.test(b.text.trim()) && Math.abs(b.bottom - pageNumberPlacement().baseline) < 3)
    .map((b) => ({ page: b.page, text: b.text.trim(), left: b.left, bottom: b.bottom }));

describe('stampPageNumbers', () => {
  let laidOut: Uint8Array;

  beforeAll(async () => {
    registerFonts();
    const model = buildBriefingModel(fixtureExtraction(), FIXTURE_PARK_ID);
    const element = BriefingDocument(model, {
      brand: defaultBrand,
      generatedAt: new Date('2024-07-22T02:30:00Z'),
    });
    laidOut = new Uint8Array(await renderToBuffer(element as never));
  }, 120_000);

  it('rewrites only the pages of a react-pdf file, keeping it one xref table and about its size', async () => {
    const { pdf, pages } = await stampPageNumbers(laidOut, pageNumberPlacement(), '#6A737D');
    expect(pages).toBe(2);
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw.match(/\bxref\b/g)).toHaveLength(1);
    expect(raw).not.toContain('/Prev');
    expect(Math.abs(pdf.byteLength - laidOut.byteLength)).toBeLessThan(laidOut.byteLength * 0.05);
    const found = digits(await readPdfBoxes(pdf));
    expect(found.map((d) => `${d.page}:${d.text}`)).toEqual(['1:1', '1:2', '2:2', '2:2']);
  });

  it('puts the digits where pdf-lib does on a file it cannot rewrite in place (object streams)', async () => {
    const fast = await stampPageNumbers(laidOut, pageNumberPlacement(), '#6A737D');
    // pdf-lib's own layout (object streams, no classic xref table) makes the stamp fall back to pdf-lib.
    const other = await (await PDFDocument.load(laidOut)).save({ useObjectStreams: true });
    const slow = await stampPageNumbers(other, pageNumberPlacement(), '#6A737D');
    expect(slow.pages).toBe(fast.pages);
    const a = digits(await readPdfBoxes(fast.pdf));
    const b = digits(await readPdfBoxes(slow.pdf));
    expect(b.map((d) => d.text)).toEqual(a.map((d) => d.text));
    for (const [i, d] of a.entries()) {
      expect(b[i]!.left).toBeCloseTo(d.left, 2);
      expect(b[i]!.bottom).toBeCloseTo(d.bottom, 2);
    }
  });
});
