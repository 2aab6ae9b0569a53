import type { IssueExtraction } from '@parkbrief/domain';
import type { HistoryEntry } from '@parkbrief/catalogue';
import type { Brand } from './brand.js';

/** Options of a render. */
export interface RenderBriefingOptions {
  /** Path of a brand config file (JSON); the default brand when absent. */
  readonly brandPath?: string;
  /** A brand already loaded (wins over `brandPath`); not passed to pool threads, which load by path. */
  readonly brand?: Brand;
  /** Generation time printed in the footer (default: now). */
  readonly generatedAt?: Date;
  /** The park's figures in earlier issues (the catalogue's `earlierFigures`), for the history section. */
  readonly history?: readonly HistoryEntry[];
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
  // Loaded on first use: react-pdf costs more than half a second to import.
  const { renderInProcess } = await import('./render-document.js');
  return renderInProcess(extraction, parkId, options);
}
