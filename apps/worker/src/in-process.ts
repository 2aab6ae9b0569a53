/**
 * @parkbrief/worker/in-process — what `parkbrief run` needs to process an issue in its own process: the
 * configuration, reading the page files, extraction, storage and writing briefings. Unlike the package's main
 * entry it loads neither BullMQ nor ioredis (a quarter of a second of start-up that `run` without `--queue`
 * never uses).
 */
export { loadWorkerEnv, WorkerEnvError, type WorkerConfig } from './env.js';
export { createLogger, silentLogger, type Logger } from './log.js';
export { createFileStorage, type Storage } from './storage.js';
export { PdfInputError } from './extract-pool.js';
export { extractIssueHere, type ExtractHereOptions } from './extract-file.js';
export { issueFromFiles, type IssueFromFilesOptions, type IssueFromFilesResult } from './issue-files.js';
export { issueSizeError, type RenderJobResult } from './jobs.js';
export { describeDateProblem, parseTimeout } from './args.js';
export { writeBriefing, type BriefingWriterDeps, type CatalogueWriter } from './briefing-writer.js';
export { openCatalogueInThread, type ThreadCatalogue } from './catalogue-thread.js';
