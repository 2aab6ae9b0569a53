/**
 * The two job processors. Issue jobs: validate → extract (in a thread) → store the extraction → add one render
 * job per park as children (the issue job then waits for them) → result. Render jobs: one park's briefing.
 */
import { IssueExtractionSchema, JOBS, storageKeys, type IssueExtraction } from '@parkbrief/domain';
import type { RenderPool } from '@parkbrief/reports';
import { UnrecoverableError, WaitingChildrenError, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { PdfInputError, type ExtractPool } from './extract-pool.js';
import {
  DEFAULT_MAX_ISSUE_BYTES,
  issueSizeError,
  IssueJobDataSchema,
  RenderJobDataSchema,
  RenderJobResultSchema,
  renderJobId,
  type IssueJobData,
  type IssueJobResult,
  type IssueProgress,
  type RenderJobData,
  type RenderJobResult,
} from './jobs.js';
import { writeBriefing, type BriefingWriterDeps, type CatalogueWriter } from './briefing-writer.js';
import type { Logger } from './log.js';
import type { MetricsRecorder } from './metrics.js';
import type { Storage } from './storage.js';

/** What the processors need. */
export interface ProcessorDeps {
  readonly storage: Storage;
  readonly extractor: ExtractPool;
  readonly renderer: Pick<RenderPool, 'render'>;
  /** The briefings queue, to add render jobs to. */
  readonly briefings: Queue<RenderJobData, RenderJobResult>;
  readonly logger: Logger;
  /** Base URL of the download server, without a trailing slash. */
  readonly publicUrl: string;
  /** Attempts and backoff of render jobs. */
  readonly attempts: number;
  readonly backoffMs: number;
  /** The catalogue the issue's rows and briefings are written to (none: files only). */
  readonly catalogue?: CatalogueWriter | undefined;
  /** Test only: wait this long in the extract stage. */
  readonly slowMs?: number;
  /** Largest issue processed (bytes of page text); a larger job (added around `enqueueIssue`) fails at once. */
  readonly maxIssueBytes?: number;
  /** Where extraction and render durations go. */
  readonly metrics?: MetricsRecorder;
  /** Parsed extractions shared with the render processor (see `createExtractionCache`). */
  readonly extractions?: ExtractionCache;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function invalid(what: string, error: z.ZodError): UnrecoverableError {
  return new UnrecoverableError(`invalid ${what}: ${z.prettifyError(error).replace(/\n/g, '; ')}`);
}

/** Extractions recently read, with the bytes they were parsed from. */
export interface ExtractionCache {
  get(issueId: string): { readonly bytes: Uint8Array; readonly extraction: IssueExtraction } | undefined;
  set(issueId: string, bytes: Uint8Array, extraction: IssueExtraction): void;
}

/**
 * A small cache of parsed extractions. Every render job of an issue reads the same extraction: parsing and
 * validating it (about 100 KB of JSON through zod) once per park was a few tenths of a second of the worker's
 * main thread per issue. An entry is used only when the stored bytes are the same as those it was parsed from,
 * so an extraction written again (the issue re-processed) is read afresh.
 */
export function createExtractionCache(entries = 16): ExtractionCache {
  const cache = new Map<string, { bytes: Uint8Array; extraction: IssueExtraction }>();
  return {
    get: (issueId) => cache.get(issueId),
    set(issueId, bytes, extraction) {
      cache.delete(issueId);
      cache.set(issueId, { bytes, extraction });
      // Oldest first in a Map: drop it once over the bound, so memory stays flat however many issues pass.
      while (cache.size > entries) cache.delete(cache.keys().next().value!);
    },
  };
}

async function readExtraction(
  storage: Storage,
  issueId: string,
  cache?: ExtractionCache,
): Promise<IssueExtraction> {
  const bytes = await storage.get(storageKeys.extraction(issueId));
  // Missing while a render job runs means the data directory changed under us: worth a retry, not a crash.
  if (!bytes) throw new Error(`extraction of issue ${issueId} not found in storage`);
  const cached = cache?.get(issueId);
  if (cached && Buffer.compare(cached.bytes, bytes) === 0) return cached.extraction;
  const extraction = IssueExtractionSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  cache?.set(issueId, bytes, extraction);
  return extraction;
}

/**
 * A retried issue job (enqueued again, or retried from BullMQ) comes back in its render step with the render
 * jobs that made it fail still failed: BullMQ refuses to move a parent with failed children to waiting-children.
 * Each failed render job is retried (which puts it back among the parent's pending children, with its attempts
 * reset); one removed by retention meanwhile is dropped from the parent's failed set and added anew.
 */
async function rerunFailedRenders(
  job: Job<IssueJobData, IssueJobResult>,
  deps: ProcessorDeps,
): Promise<void> {
  // An issue has one render job per park: far fewer than one page of 1000.
  const failed = (await job.getDependencies({ failed: { count: 1000 } })).failed ?? [];
  if (failed.length === 0) return;
  // The queues run on ioredis connections (see redis.ts); BullMQ types its raw client adapter-neutrally.
  const client = (await deps.briefings.backend.client) as unknown as Pick<Redis, 'zrem' | 'hdel'>;
  for (const key of failed) {
    const id = key.slice(key.lastIndexOf(':') + 1);
    const child = await deps.briefings.getJob(id);
    if (child && (await child.isFailed())) {
      await child.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      continue;
    }
    // Gone (retention) or no longer failed: forget it as a failed child; a gone one is added again below.
    const parentKey = `${job.queueQualifiedName}:${job.id}`;
    await client.zrem(`${parentKey}:unsuccessful`, key);
    await client.hdel(`${parentKey}:failed`, key);
    if (!child) {
      const parkId = (job.data.parkIds ?? []).find((p) => id === renderJobId(job.id!, job.timestamp, p));
      if (parkId !== undefined) await addRenderJobs(job, deps, job.data.issue.id, [parkId]);
    }
  }
  deps.logger.info('issue.rerun_failed_renders', { jobId: job.id, renders: failed.length });
}

async function addRenderJobs(
  job: Job<IssueJobData, IssueJobResult>,
  deps: ProcessorDeps,
  issueId: string,
  parkIds: readonly string[],
): Promise<void> {
  // Deterministic ids: when this step runs again (a crash before the step was recorded), the adds are
  // no-ops instead of duplicates.
  await deps.briefings.addBulk(
    parkIds.map((parkId) => ({
      name: JOBS.renderBriefing,
      data: { issueId, parkId },
      opts: {
        jobId: renderJobId(job.id!, job.timestamp, parkId),
        parent: { id: job.id!, queue: job.queueQualifiedName },
        attempts: deps.attempts,
        backoff: { type: 'exponential', delay: deps.backoffMs },
        failParentOnFailure: true,
      },
    })),
  );
}

/** The issue processor (BullMQ processor function with the job's token). */
export function createIssueProcessor(deps: ProcessorDeps) {
  return async (job: Job<IssueJobData, IssueJobResult>, token?: string): Promise<IssueJobResult> => {
    const progress = (p: IssueProgress) => job.updateProgress(p);
    const parsed = IssueJobDataSchema.safeParse(job.data);
    if (!parsed.success) throw invalid('issue payload', parsed.error);
    const { issue } = parsed.data;
    const tooBig = issueSizeError(issue, deps.maxIssueBytes ?? DEFAULT_MAX_ISSUE_BYTES);
    if (tooBig) throw new UnrecoverableError(tooBig);

    if (parsed.data.step !== 'render') {
      await progress({ stage: 'validate' });
      await progress({ stage: 'extract' });
      if (deps.slowMs) await sleep(deps.slowMs);
      const extractStarted = performance.now();
      const raw = await deps.extractor.extract(issue).catch((err: unknown) => {
        // An unreadable PDF stays unreadable: fail at once, with the file and the reason.
        throw err instanceof PdfInputError ? new UnrecoverableError(err.message) : err;
      });
      deps.metrics?.observe('extraction_seconds', (performance.now() - extractStarted) / 1000);
      const checked = IssueExtractionSchema.safeParse(raw);
      // A schema-breaking extraction is a bug in the extractor: retrying will not fix it.
      if (!checked.success) throw invalid('extraction (extractor bug)', checked.error);
      const extraction = checked.data;
      deps.logger.info('issue.extracted', {
        jobId: job.id,
        issueId: issue.id,
        parks: extraction.parks.length,
        articles: extraction.articles.length,
        indicators: extraction.indicators.length,
      });

      await progress({
        stage: 'store',
        parks: extraction.parks.length,
        indicators: extraction.indicators.length,
      });
      const json = JSON.stringify(extraction);
      await deps.storage.put(storageKeys.extraction(issue.id), json);
      // Its render jobs, most of them in this process, then need not parse it again.
      deps.extractions?.set(issue.id, Buffer.from(json), extraction);
      // One transaction; a re-processed issue replaces its rows. Before the render jobs, which add briefing rows.
      await deps.catalogue?.writeExtraction(extraction);

      const parkIds = extraction.parks.map((p) => p.id);
      if (parkIds.length > 0) await addRenderJobs(job, deps, issue.id, parkIds);
      await job.updateData({ ...parsed.data, step: 'render', parkIds });
      await progress({ stage: 'render', done: 0, total: parkIds.length });
      if (token !== undefined && (await job.moveToWaitingChildren(token))) throw new WaitingChildrenError();
    }

    // Back in the render step: normally because every child finished. But a job can also come back here while
    // children are still pending (its lock was lost, e.g. across a Redis restart, and the stalled check moved it
    // to wait): then it must go back to waiting, not read the children's results early.
    if (parsed.data.step === 'render') await rerunFailedRenders(job, deps);
    if (parsed.data.step === 'render' && token !== undefined && (await job.moveToWaitingChildren(token))) {
      throw new WaitingChildrenError();
    }
    // Every render job has finished (or there were none): gather their results in extraction order.
    const data = job.data;
    const parkIds = data.parkIds ?? [];
    const values = Object.values(await job.getChildrenValues<unknown>()).map((v) =>
      RenderJobResultSchema.parse(v),
    );
    const byPark = new Map(values.map((v) => [v.parkId, v]));
    const missing = parkIds.filter((id) => !byPark.has(id));
    if (missing.length > 0) throw new Error(`briefings missing for parks: ${missing.join(', ')}`);
    const extraction = await readExtraction(deps.storage, issue.id, deps.extractions);
    const result: IssueJobResult = {
      issueId: issue.id,
      extraction: {
        key: storageKeys.extraction(issue.id),
        path: deps.storage.locate(storageKeys.extraction(issue.id)),
      },
      articles: extraction.articles.length,
      indicators: extraction.indicators.length,
      parks: parkIds.map((id) => byPark.get(id)!),
    };
    await progress({ stage: 'done', done: parkIds.length, total: parkIds.length });
    return result;
  };
}

/** The render processor: one park's PDF and its `Briefing` record. */
export function createRenderProcessor(deps: BriefingWriterDeps & { readonly extractions?: ExtractionCache }) {
  const extractions = deps.extractions ?? createExtractionCache();
  return async (job: Job<RenderJobData, RenderJobResult>): Promise<RenderJobResult> => {
    const parsed = RenderJobDataSchema.safeParse(job.data);
    if (!parsed.success) throw invalid('render payload', parsed.error);
    const { issueId, parkId } = parsed.data;
    const extraction = await readExtraction(deps.storage, issueId, extractions);
    // Retrying cannot bring the park into the extraction.
    if (!extraction.parks.some((p) => p.id === parkId))
      throw new UnrecoverableError(`park ${parkId} is not in the extraction of issue ${issueId}`);
    return writeBriefing(deps, extraction, parkId, job.id);
  };
}
