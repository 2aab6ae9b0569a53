/** Real worker processes against a real Redis: SIGKILL mid-job, Redis restarted mid-run, SIGTERM. */
import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueueIssue, waitForIssue } from '../src/enqueue.js';
import { startTestRedis, type TestRedis } from '@parkbrief/testkit';
import { childEnv, openQueues, syntheticIssue, tempDataDir, uniquePrefix, until } from './helpers/setup.js';
import { spawnWorker, type WorkerProcess } from './helpers/worker-process.js';

let redis: TestRedis;
beforeAll(async () => {
  // Persistent (AOF, fsync always) so a restart keeps the queues, as production Redis must.
  redis = await startTestRedis({ persistent: true });
});
afterAll(async () => {
  await redis.stop();
  await rm(redis.dir, { recursive: true, force: true });
});

let prefix: string;
let dataDir: string;
let queues: ReturnType<typeof openQueues>;
let workers: WorkerProcess[] = [];
const fresh = async () => {
  prefix = uniquePrefix();
  dataDir = await tempDataDir();
  queues = openQueues(redis.url, prefix);
};
const worker = (extra: Record<string, string> = {}) => {
  const w = spawnWorker(childEnv(redis.url, prefix, dataDir, extra));
  workers.push(w);
  return w;
};
const target = () => ({ redisUrl: redis.url, prefix });
afterEach(async () => {
  for (const w of workers) w.kill('SIGKILL');
  await Promise.all(workers.map((w) => w.exited));
  workers = [];
  await queues.obliterateAndClose();
  await rm(dataDir, { recursive: true, force: true });
});

describe('worker processes', () => {
  it('a job whose worker was SIGKILLed mid-job is completed by another process', async () => {
    await fresh();
    const first = worker({ PARKBRIEF_TEST_SLOW_MS: '60000' });
    await first.waitFor('worker.started');
    const { jobId } = await enqueueIssue(syntheticIssue(100), target());
    await first.waitFor('job.active', { jobId });
    first.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    expect(await queues.issues.getActiveCount()).toBe(1);

    const second = worker();
    const result = await waitForIssue(jobId, { ...target(), timeoutMs: 120_000 });
    expect(result.issueId).toBe(jobId);
    await second.waitFor('job.stalled', { jobId }, 1000).catch(() => undefined);
    expect(second.lines.some((l) => l.event === 'job.active' && l.jobId === jobId)).toBe(true);
    expect(second.lines.some((l) => l.event === 'job.completed' && l.jobId === jobId)).toBe(true);
  });

  it('carries on when Redis restarts mid-run: every job completes', async () => {
    await fresh();
    const w = worker({ PARKBRIEF_TEST_SLOW_MS: '1500', PARKBRIEF_CONCURRENCY: '2' });
    await w.waitFor('worker.started');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await enqueueIssue(syntheticIssue(200 + i), target())).jobId);
    await w.waitFor('job.active', { jobId: ids[0] });
    await redis.stop();
    await new Promise((r) => setTimeout(r, 3000));
    await redis.start();
    const results = await Promise.all(ids.map((id) => waitForIssue(id, { ...target(), timeoutMs: 150_000 })));
    expect(results.map((r) => r.issueId)).toEqual(ids);
    expect(await queues.issues.getCompletedCount()).toBe(ids.length);
    expect(await queues.issues.getFailedCount()).toBe(0);
  });

  it('SIGTERM: stops taking jobs, finishes the active one, exits 0 with no job left active', async () => {
    await fresh();
    const w = worker({ PARKBRIEF_TEST_SLOW_MS: '3000', PARKBRIEF_CONCURRENCY: '1' });
    await w.waitFor('worker.started');
    const first = await enqueueIssue(syntheticIssue(300), target());
    const second = await enqueueIssue(syntheticIssue(301), target());
    await w.waitFor('job.active', { jobId: first.jobId });
    w.kill('SIGTERM');
    expect(await w.exited).toBe(0);
    expect(w.lines.some((l) => l.event === 'worker.closed')).toBe(true);
    // The active job finished its step (it now waits for its briefings, or is done); the next was never taken.
    expect(await queues.issues.getActiveCount()).toBe(0);
    expect(await queues.briefings.getActiveCount()).toBe(0);
    expect(['waiting-children', 'completed']).toContain(await queues.issues.getJobState(first.jobId));
    expect(await queues.issues.getJobState(second.jobId)).toBe('waiting');
    expect(w.lines.some((l) => l.event === 'job.active' && l.jobId === second.jobId)).toBe(false);

    // A new worker finishes both.
    worker();
    await until(
      'both issues',
      async () =>
        (await Promise.all([first.jobId, second.jobId].map((id) => queues.issues.getJobState(id)))).every(
          (s) => s === 'completed',
        ),
      60_000,
    );
  });
});
