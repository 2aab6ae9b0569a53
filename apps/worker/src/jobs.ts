/** The payloads and results of Parkbrief's BullMQ jobs, as zod schemas (they cross process boundaries). */
import { IdSchema, IssueSchema } from '@parkbrief/domain';
import { z } from 'zod';

/**
 * Largest issue accepted unless configured otherwise (`PARKBRIEF_MAX_ISSUE_BYTES`): 2 MB of page text. A
 * newspaper page's text layer is 10–30 KB, so this leaves room for an issue of 60 pages and more, while a
 * 10 MB paste (whose briefing renders for minutes at GBs of memory) is refused.
 */
export const DEFAULT_MAX_ISSUE_BYTES = 2_000_000;

/** Bytes of page text of an issue (UTF-8), as measured against the size limit. */
export function issueTextBytes(issue: { readonly pages: readonly { readonly text: string }[] }): number {
  let bytes = 0;
  for (const page of issue.pages) bytes += Buffer.byteLength(page.text, 'utf8');
  return bytes;
}

/** Why an issue is too large to accept, naming the limit; null when it is within it. */
export function issueSizeError(
  issue: { readonly pages: readonly { readonly text: string }[] },
  maxBytes: number,
): string | null {
  const bytes = issueTextBytes(issue);
  if (bytes <= maxBytes) return null;
  return `issue too large: ${bytes} bytes of page text, over the limit of ${maxBytes} bytes (PARKBRIEF_MAX_ISSUE_BYTES)`;
}

/** The BullMQ key prefix the worker and its clients use unless told otherwise. */
export const DEFAULT_QUEUE_PREFIX = 'parkbrief';

/** Data of an issue job: the issue, plus the step the job has reached (the BullMQ "step job" pattern). */
export const IssueJobDataSchema = z.object({
  issue: IssueSchema,
  /** Set by the enqueuer so it can tell its own add from a duplicate. */
  requestId: z.string().optional(),
  /** `render` once the extraction is stored and the render jobs are added. */
  step: z.enum(['extract', 'render']).optional(),
  /** The parks render jobs were added for, in extraction order. */
  parkIds: z.array(IdSchema).optional(),
});
export type IssueJobData = z.infer<typeof IssueJobDataSchema>;

/** Data of a render job: which park's briefing of which issue (the extraction is read from storage). */
export const RenderJobDataSchema = z.object({
  issueId: IdSchema,
  parkId: IdSchema,
});
export type RenderJobData = z.infer<typeof RenderJobDataSchema>;

/** Where a briefing was written. */
export const BriefingLocationSchema = z.object({
  /** Storage key of the PDF (relative to the data directory). */
  key: z.string().min(1),
  /** Absolute file path, when the storage is on the file system. */
  path: z.string().min(1).nullable(),
  /** Storage key of the `Briefing` record. */
  recordKey: z.string().min(1),
  /** Download URL on the reports server. */
  url: z.string().min(1),
  bytes: z.number().int().min(0),
  pages: z.number().int().min(1).nullable(),
});
export type BriefingLocation = z.infer<typeof BriefingLocationSchema>;

/** Result of a render job, one park. */
export const RenderJobResultSchema = z.object({
  issueId: IdSchema,
  parkId: IdSchema,
  name: z.string(),
  shortName: z.string(),
  /** Indicators the briefing shows. */
  indicators: z.number().int().min(0),
  /** Articles the briefing shows. */
  articles: z.number().int().min(0),
  briefing: BriefingLocationSchema,
});
export type RenderJobResult = z.infer<typeof RenderJobResultSchema>;

/** Result of an issue job: every park the issue reports on, with its figures and briefing. */
export const IssueJobResultSchema = z.object({
  issueId: IdSchema,
  extraction: z.object({ key: z.string().min(1), path: z.string().min(1).nullable() }),
  articles: z.number().int().min(0),
  indicators: z.number().int().min(0),
  parks: z.array(RenderJobResultSchema),
});
export type IssueJobResult = z.infer<typeof IssueJobResultSchema>;

/** Progress an issue job reports (`job.progress`). */
export const IssueProgressSchema = z.object({
  stage: z.enum(['validate', 'extract', 'store', 'render', 'done']),
  /** Render stage: briefings written so far and in all. */
  done: z.number().int().min(0).optional(),
  total: z.number().int().min(0).optional(),
  /** Extract stage (after it): what was found. */
  parks: z.number().int().min(0).optional(),
  indicators: z.number().int().min(0).optional(),
});
export type IssueProgress = z.infer<typeof IssueProgressSchema>;

/** The id of the render job of one park of one issue job (deterministic, so a re-run adds no duplicate). */
export function renderJobId(issueJobId: string, issueJobTimestamp: number, parkId: string): string {
  return `${issueJobId}--${parkId}--${issueJobTimestamp}`;
}
