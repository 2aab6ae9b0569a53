/**
 * @parkbrief/reports — per-park PDF briefings (@react-pdf/renderer) and the server to download them.
 * (Stub API: the real implementation replaces these bodies; the signatures are the contract.)
 */
import type { IssueExtraction } from '@parkbrief/domain';

/** Options of a render. */
export interface RenderBriefingOptions {
  /** Path of a brand config file (JSON); the default brand when absent. */
  readonly brandPath?: string;
  /** Generation time printed in the footer (default: now). */
  readonly generatedAt?: Date;
}

/** A rendered briefing. */
export interface RenderedBriefing {
  readonly pdf: Uint8Array;
  readonly pages: number;
}

/** Renders one park's briefing in this process. */
export function renderBriefing(
  _extraction: IssueExtraction,
  _parkId: string,
  _options: RenderBriefingOptions = {},
): Promise<RenderedBriefing> {
  return Promise.reject(new Error('renderBriefing: not implemented yet'));
}

/** Options of a render pool. */
export interface RenderPoolOptions {
  /** Concurrent renders (worker threads). */
  readonly size?: number;
  /** A worker thread is replaced after this many renders, so memory stays flat. */
  readonly maxRendersPerWorker?: number;
}

/** Renders in recycled worker threads. */
export interface RenderPool {
  render(extraction: IssueExtraction, parkId: string, options?: RenderBriefingOptions): Promise<RenderedBriefing>;
  close(): Promise<void>;
}

/** Creates a render pool. */
export function createRenderPool(_options: RenderPoolOptions = {}): RenderPool {
  return {
    render: (e, p, o) => renderBriefing(e, p, o),
    close: () => Promise.resolve(),
  };
}
