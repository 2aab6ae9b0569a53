/**
 * The in-process render itself. Kept apart from `render.ts` so that importing the package (the pool, the
 * model, the server) does not load react-pdf: the CLI's main thread only needs the pool.
 */
import type { IssueExtraction } from '@parkbrief/domain';
import { renderToBuffer } from '@react-pdf/renderer';
import { loadBrand } from './brand.js';
import { BriefingDocument, pageNumberPlacement } from './document.js';
import { buildBriefingModel } from './model.js';
import { stampPageNumbers } from './page-numbers.js';
import { registerFonts } from './register-fonts.js';
import type { RenderBriefingOptions, RenderedBriefing } from './render.js';

/** See `renderBriefing`. */
export async function renderInProcess(
  extraction: IssueExtraction,
  parkId: string,
  options: RenderBriefingOptions,
): Promise<RenderedBriefing> {
  registerFonts();
  const brand = options.brand ?? loadBrand(options.brandPath);
  const model = buildBriefingModel(extraction, parkId, { history: options.history });
  const element = BriefingDocument(model, { brand, generatedAt: options.generatedAt ?? new Date() });
  // BriefingDocument returns a <Document>; react-pdf types it as a narrower element.
  const buffer = await renderToBuffer(element as never);
  const laidOut = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return stampPageNumbers(laidOut, pageNumberPlacement(), brand.colors.muted);
}
