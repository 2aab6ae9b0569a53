/** Names of the BullMQ queues Parkbrief uses. */
export const QUEUES = {
  /** One job per issue: validate, extract, store, fan out render jobs. */
  issues: 'parkbrief-issues',
  /** One job per park per issue: render the briefing PDF. */
  briefings: 'parkbrief-briefings',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Names of the jobs on those queues. */
export const JOBS = {
  processIssue: 'process-issue',
  renderBriefing: 'render-briefing',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** Stages an issue job reports progress through, in order. */
export const ISSUE_STAGES = ['validate', 'extract', 'store', 'render', 'done'] as const;
export type IssueStage = (typeof ISSUE_STAGES)[number];

/**
 * What the workers did, published through Redis so that `serve`'s /metrics can export it: one hash per queue
 * prefix, at `${prefix}:${WORKER_METRICS.key}`. Counter fields are `c:<name>`; a histogram `<name>` has the
 * fields `h:<name>:le:<bucket>` (cumulative counts are computed by the reader), `h:<name>:sum` and `h:<name>:count`.
 */
export const WORKER_METRICS = {
  key: 'parkbrief-worker-metrics',
  counters: ['issues_completed', 'issues_failed', 'briefings_completed', 'briefings_failed'],
  histograms: ['extraction_seconds', 'render_seconds'],
  /** Upper bounds in seconds of the duration histograms' buckets (+Inf is implied). */
  bucketsSeconds: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
} as const;
export type WorkerCounter = (typeof WORKER_METRICS.counters)[number];
export type WorkerHistogram = (typeof WORKER_METRICS.histograms)[number];
