/**
 * The body of a render pool thread: registers the fonts once, renders briefings on request, posts the PDF
 * bytes back (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import type { IssueExtraction } from '@parkbrief/domain';
import type { HistoryEntry } from '@parkbrief/catalogue';
import type { Brand } from './brand.js';
import { registerFonts } from './register-fonts.js';
import { renderBriefing } from './render.js';
import { warmUpBriefing } from './warm-up.js';

/** A render request from the pool. */
export interface RenderRequest {
  readonly type: 'render';
  readonly id: number;
  readonly extraction: IssueExtraction;
  readonly parkId: string;
  readonly brandPath?: string;
  readonly brand?: Brand;
  /** Epoch milliseconds. */
  readonly generatedAt?: number;
  readonly history?: readonly HistoryEntry[];
}

/** A thread's answer. */
export type RenderResponse =
  | { readonly type: 'ready' }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly pdf: Uint8Array;
      readonly pages: number;
      readonly rss: number;
      readonly heapUsed: number;
    }
  | {
      readonly type: 'failed';
      readonly id: number;
      readonly error: { name: string; message: string; stack?: string };
    };

// Structured clone turns a Buffer into a Uint8Array; react-pdf's image loader wants a Buffer.
function reviveBrand(brand: Brand): Brand {
  if (brand.logo?.kind !== 'image') return brand;
  const data = brand.logo.data as Uint8Array;
  return {
    ...brand,
    logo: { ...brand.logo, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
  };
}

const port = parentPort;
if (port) {
  registerFonts();
  port.on('message', (req: RenderRequest) => {
    void (async () => {
      try {
        const { pdf, pages } = await renderBriefing(req.extraction, req.parkId, {
          ...(req.brandPath !== undefined ? { brandPath: req.brandPath } : {}),
          ...(req.brand !== undefined ? { brand: reviveBrand(req.brand) } : {}),
          ...(req.generatedAt !== undefined ? { generatedAt: new Date(req.generatedAt) } : {}),
          ...(req.history !== undefined ? { history: req.history } : {}),
        });
        const mem = process.memoryUsage();
        const res: RenderResponse = {
          type: 'done',
          id: req.id,
          pdf,
          pages,
          rss: mem.rss,
          heapUsed: mem.heapUsed,
        };
        // The PDF may be a view into a pooled buffer; copy it so the transfer hands over exactly its bytes.
        const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice();
        port.postMessage({ ...res, pdf: own }, [own.buffer as ArrayBuffer]);
      } catch (err) {
        const e = err instanceof Error ? err : new Error(String(err));
        const res: RenderResponse = {
          type: 'failed',
          id: req.id,
          error: { name: e.name, message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}) },
        };
        port.postMessage(res);
      }
    })();
  });
  // Parse both font files and render a made-up briefing before saying ready: the first briefing a thread renders
  // runs react-pdf's code cold (three times a warm render). The pool starts a replacement thread while the old one
  // still works, and `run` waits for its catalogue meanwhile, so this cost stays off every real briefing's path.
  const warm = warmUpBriefing();
  void renderBriefing(warm.extraction, warm.parkId, { history: warm.history }).then(
    () => port.postMessage({ type: 'ready' } satisfies RenderResponse),
    () => port.postMessage({ type: 'ready' } satisfies RenderResponse),
  );
}
