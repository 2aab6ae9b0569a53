/**
 * Writing one park's briefing: render, store the PDF, then its record and catalogue row. Shared by the render
 * jobs and the in-process `parkbrief run`; apart from the processors so `run` loads no queue client.
 */
import { createHash } from 'node:crypto';
import {
  BriefingSchema,
  briefingUrlPath,
  storageKeys,
  type Briefing,
  type IssueExtraction,
} from '@parkbrief/domain';
import type { Catalogue } from '@parkbrief/catalogue';
import type { RenderPool } from '@parkbrief/reports';
import type { RenderJobResult } from './jobs.js';
import type { Logger } from './log.js';
import type { MetricsRecorder } from './metrics.js';
import type { Storage } from './storage.js';

/** What the worker and `run` need of the catalogue. */
export type CatalogueWriter = Pick<Catalogue, 'writeExtraction' | 'addBriefing' | 'earlierFigures'>;

/** What writing a briefing needs. */
export interface BriefingWriterDeps {
  /** When given: the park's earlier figures go into the briefing, and its row is added once the PDF is written. */
  readonly catalogue?: CatalogueWriter | undefined;
  readonly storage: Storage;
  readonly renderer: Pick<RenderPool, 'render'>;
  readonly logger: Logger;
  /** Base URL of the download server, without a trailing slash. */
  readonly publicUrl: string;
  /** Where render durations go. */
  readonly metrics?: MetricsRecorder;
}

/**
 * Renders one park's briefing and stores it: the PDF first, then its `Briefing` record (whose presence means the
 * PDF is complete). Shared by the render jobs and the in-process `parkbrief run`.
 */
export async function writeBriefing(
  deps: BriefingWriterDeps,
  extraction: IssueExtraction,
  parkId: string,
  jobId?: string,
): Promise<RenderJobResult> {
  const issueId = extraction.issue.id;
  const park = extraction.parks.find((p) => p.id === parkId);
  if (!park) throw new Error(`park ${parkId} is not in the extraction of issue ${issueId}`);

  const history = deps.catalogue ? await deps.catalogue.earlierFigures(extraction, parkId) : [];
  const renderStarted = performance.now();
  const rendered = await deps.renderer.render(extraction, parkId, history.length > 0 ? { history } : {});
  deps.metrics?.observe('render_seconds', (performance.now() - renderStarted) / 1000);
  const pdfKey = storageKeys.briefingPdf(issueId, parkId);
  const recordKey = storageKeys.briefingRecord(issueId, parkId);
  await deps.storage.put(pdfKey, rendered.pdf);

  const indicatorIds = extraction.indicators.filter((i) => i.subject.parkId === parkId).map((i) => i.id);
  const articleIds = extraction.articles.filter((a) => a.parkIds.includes(parkId)).map((a) => a.id);
  const url = `${deps.publicUrl}${briefingUrlPath(issueId, parkId)}`;
  const pages = Number.isInteger(rendered.pages) && rendered.pages >= 1 ? rendered.pages : null;
  const record: Briefing = BriefingSchema.parse({
    issue: extraction.issue,
    park,
    indicatorIds,
    articleIds,
    pdf: { path: pdfKey, bytes: rendered.pdf.byteLength, pages, url },
    createdAt: new Date().toISOString(),
  });
  await deps.storage.put(recordKey, JSON.stringify(record, null, 2));
  await deps.catalogue?.addBriefing(record, {
    sha256: createHash('sha256').update(rendered.pdf).digest('hex'),
  });
  deps.logger.info('briefing.written', { jobId, issueId, parkId, bytes: rendered.pdf.byteLength, pages });
  return {
    issueId,
    parkId,
    name: park.name,
    shortName: park.shortName,
    indicators: indicatorIds.length,
    articles: articleIds.length,
    briefing: {
      key: pdfKey,
      path: deps.storage.locate(pdfKey),
      recordKey,
      url,
      bytes: rendered.pdf.byteLength,
      pages,
    },
  };
}
