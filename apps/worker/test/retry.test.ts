/**
 * Retrying an issue whose render failed (issue 11, defect 3): the retried job used to keep `step: 'render'` and
 * its failed child, so it failed at once with "has at least one failed child". A retry must re-run the failed
 * renders and complete.
 */
import { rm } from 'node:fs/promises';
import { createRenderPool, type RenderPool } from '@parkbrief/reports';
import { startTestRedis, type TestRedis } from '@parkbrief/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueueIssue, IssueFailedError, waitForIssue } from '../src/enqueue.js';
import { runWorker, type RunningWorker } from '../src/run-worker.js';
import { openQueues, syntheticIssue, tempDataDir, testConfig, uniquePrefix } from './helpers/setup.js';

let redis: TestRedis;
let pool: RenderPool;
beforeAll(async () => {
  redis = await startTestRedis();
  pool = createRenderPool({ size: 1 });
});
afterAll(async () => {
  await pool.close();
  await redis.stop();
});

let prefix: string;
let dataDir: string;
let queues: ReturnType<typeof openQueues>;
let running: RunningWorker | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
  await queues.obliterateAndClose();
  await rm(dataDir, { recursive: true, force: true });
});

/** A renderer that fails while `failing` is true (a render timeout, a crashed thread …), then renders for real. */
function switchableRenderer() {
  const state = { failing: true, calls: 0 };
  const renderer: RenderPool = {
    render: (extraction, parkId, options) => {
      state.calls++;
      if (state.failing) return Promise.reject(new Error('render timed out (simulated)'));
      return pool.render(extraction, parkId, options);
    },
    close: () => Promise.resolve(),
    stats: () => pool.stats(),
  };
  return { state, renderer };
}

async function failedIssue(n: number) {
  prefix = uniquePrefix();
  dataDir = await tempDataDir();
  queues = openQueues(redis.url, prefix);
  const { state, renderer } = switchableRenderer();
  running = await runWorker({
    config: testConfig(redis.url, prefix, dataDir, { PARKBRIEF_ATTEMPTS: '1' }),
    renderer,
  });
  const target = { redisUrl: redis.url, prefix };
  const { jobId } = await enqueueIssue(syntheticIssue(n), { ...target, attempts: 1 });
  const error = await waitForIssue(jobId, { ...target, timeoutMs: 60_000 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IssueFailedError);
  expect((error as IssueFailedError).reason).toContain('render timed out');
  state.failing = false;
  return { jobId, target, state };
}

describe('retrying an issue whose render failed', () => {
  it('completes when the same issue is enqueued again', async () => {
    const { jobId, target, state } = await failedIssue(700);
    const before = state.calls;
    const again = await enqueueIssue(syntheticIssue(700), target);
    expect(again).toMatchObject({ jobId, deduplicated: true, retried: true });
    const result = await waitForIssue(jobId, { ...target, timeoutMs: 60_000 });
    expect(result.parks.length).toBeGreaterThanOrEqual(1);
    expect(result.parks.every((p) => p.briefing.bytes > 0)).toBe(true);
    expect(state.calls).toBeGreaterThan(before);
    expect(await queues.issues.getJobCounts('completed', 'failed')).toEqual({ completed: 1, failed: 0 });
    expect(await queues.briefings.getFailedCount()).toBe(0);
  });

  it("completes when BullMQ's own retry moves the failed job back (dashboard, retryJobs)", async () => {
    const { jobId, target } = await failedIssue(701);
    await queues.issues.retryJobs({ state: 'failed' });
    const result = await waitForIssue(jobId, { ...target, timeoutMs: 60_000 });
    expect(result.parks.length).toBeGreaterThanOrEqual(1);
    expect(await queues.issues.getJobCounts('completed', 'failed')).toEqual({ completed: 1, failed: 0 });
  });
});
