/**
 * @parkbrief/worker — issues through Redis with BullMQ: the enqueue client, the issue and render workers,
 * artifact storage, and the `parkbrief enqueue` / `parkbrief worker` commands.
 */
export { loadWorkerEnv, WorkerEnvError, WorkerEnvSchema, type Retention, type WorkerConfig } from './env.js';
export { createLogger, silentLogger, type Logger, type LoggerOptions, type LogLevel } from './log.js';
export { createFileStorage, type Storage } from './storage.js';
export {
  createExtractPool,
  ExtractError,
  PdfInputError,
  type ExtractPool,
  type ExtractPoolOptions,
} from './extract-pool.js';
export { extractIssueHere, type ExtractHereOptions } from './extract-file.js';
export {
  DEFAULT_PDF_LIMITS,
  hasPdf,
  pdfSha256,
  readIssuePdfs,
  type PdfLimits,
  type PdfReadStats,
  type ReadIssuePdfsResult,
} from './pdf-pages.js';
export {
  IssueJobDataSchema,
  IssueJobResultSchema,
  IssueProgressSchema,
  RenderJobDataSchema,
  RenderJobResultSchema,
  BriefingLocationSchema,
  renderJobId,
  type BriefingLocation,
  type IssueJobData,
  type IssueJobResult,
  type IssueProgress,
  type RenderJobData,
  type RenderJobResult,
} from './jobs.js';
export { producerConnection, workerConnection, closeConnection } from './redis.js';
export { writeBriefing, type BriefingWriterDeps, type CatalogueWriter } from './briefing-writer.js';
export {
  runWorker,
  closeWorkerBounded,
  type RunWorkerOptions,
  type RunningWorker,
  type WorkerHealth,
} from './run-worker.js';
export {
  enqueueIssue,
  waitForIssue,
  prepareIssue,
  IssueFailedError,
  IssueValidationError,
  type EnqueueOptions,
  type EnqueueResult,
  type IssueInput,
  type QueueTarget,
  type WaitOptions,
} from './enqueue.js';
export {
  issueFromFiles,
  editionFirstPage,
  UNKNOWN_PUBLICATION,
  IssueFileError,
  type IssueFileErrorKind,
  type IssueFromFilesOptions,
  type IssueFromFilesResult,
} from './issue-files.js';
export { enqueueCommand, workerCommand, type CommandIo } from './commands.js';
export { DEFAULT_MAX_ISSUE_BYTES, DEFAULT_QUEUE_PREFIX, issueSizeError, issueTextBytes } from './jobs.js';
export { statusCommand, readStatus, STATUS_STATES, type QueueStatus, type StatusReport } from './status.js';
export { describeProgress } from './commands.js';
export { describeDateProblem, parseTimeout } from './args.js';
