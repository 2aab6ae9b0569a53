import type { IssueExtraction } from '@parkbrief/domain';
import { renderToBuffer } from '@react-pdf/renderer';
import { loadBrand, type Brand } from './brand.js';
import { BriefingDocument } from './document.js';
import { registerFonts } from './fonts.js';
import { buildBriefingModel } from './model.js';

/** Options of a render. */
export interface RenderBriefingOptions {
  /** Path of a brand config file (JSON); the default brand when absent. */
  readonly brandPath?: string;
  /** A brand already loaded (wins over `brandPath`); not passed to pool threads, which load by path. */
  readonly brand?: Brand;
  /** Generation time printed in the footer (default: now). */
  readonly generatedAt?: Date;
}

/** A rendered briefing. */
export interface RenderedBriefing {
  readonly pdf: Uint8Array;
  readonly pages: number;
}

/** Counts the page objects of a PDF written by react-pdf (pdfkit): `/Type /Page`, not `/Pages`. */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * Renders one park's briefing in this process. Rejects with `UnknownParkError` when the park is not in the
 * extraction and with `BrandConfigError` when the brand config cannot be read.
 */
export async function renderBriefing(
  extraction: IssueExtraction,
  parkId: string,
  options: RenderBriefingOptions = {},
): Promise<RenderedBriefing> {
  registerFonts();
  const brand = options.brand ?? loadBrand(options.brandPath);
  const model = buildBriefingModel(extraction, parkId);
  const element = BriefingDocument(model, { brand, generatedAt: options.generatedAt ?? new Date() });
  // BriefingDocument returns a <Document>; react-pdf types it as a narrower element.
  const buffer = await renderToBuffer(element as never);
  const pdf = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { pdf, pages: countPdfPages(pdf) };
}
