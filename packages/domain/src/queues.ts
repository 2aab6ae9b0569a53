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
