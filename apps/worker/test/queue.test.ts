/** The worker in this process against a real Redis: the flow, dedup, validation, retries, retention, health. */
import { rm } from 'node:fs/promises';
import { BriefingSchema, IssueExtractionSchema, JOBS, storageKeys, type Issue } from '@parkbrief/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueueIssue, IssueFailedError, IssueValidationError, waitForIssue } from '../src/enqueue.js';
import { createExtractPool, type ExtractPool } from '../src/extract-pool.js';
import type { IssueProgress } from '../src/jobs.js';
import { runWorker, type RunningWorker } from '../src/run-worker.js';
import { createFileStorage } from '../src/storage.js';
import { startTestRedis, type TestRedis } from '@parkbrief/testkit';
import { openQueues, syntheticIssue, tempDataDir, testConfig, uniquePrefix, until } from './helpers/setup.js';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis.stop();
});

// Per test: a prefix, a data dir, and whatever was started; all torn down after.
let prefix: string;
let dataDir: string;
let running: RunningWorker[] = [];
let queues: ReturnType<typeof openQueues>;
const start = async (env: Record<string, string> = {}, extractor?: ExtractPool) => {
  const w = await runWorker({
    config: testConfig(redis.url, prefix, dataDir, env),
    ...(extractor ? { extractor } : {}),
  });
  running.push(w);
  return w;
};
const target = () => ({ redisUrl: redis.url, prefix });

beforeAll(() => undefined);
afterEach(async () => {
  await Promise.all(running.map((w) => w.close()));
  running = [];
  await queues.obliterateAndClose();
  await rm(dataDir, { recursive: true, force: true });
});
const fresh = async () => {
  prefix = uniquePrefix();
  dataDir = await tempDataDir();
  queues = openQueues(redis.url, prefix);
};

/** An extractor that fails its first `failures` calls, then extracts for real (a crash the job must survive). */
function flakyExtractor(failures: number): ExtractPool & { calls: number[] } {
  const real = createExtractPool();
  const calls: number[] = [];
  return {
    calls,
    extract(issue: Issue) {
      calls.push(Date.now());
      if (calls.length <= failures) return Promise.reject(new Error(`simulated crash #${calls.length}`));
      return real.extract(issue);
    },
    close: () => real.close(),
  };
}

describe('issues through Redis', () => {
  it('completes an issue with one briefing per park the extraction lists', async () => {
    await fresh();
    await start();
    const progress: IssueProgress[] = [];
    const { jobId, issueId, deduplicated } = await enqueueIssue(syntheticIssue(), target());
    expect(deduplicated).toBe(false);
    expect(jobId).toBe(issueId);
    const result = await waitForIssue(jobId, {
      ...target(),
      onProgress: (p) => progress.push(p),
      timeoutMs: 120_000,
    });

    const storage = createFileStorage(dataDir);
    const extraction = IssueExtractionSchema.parse(
      JSON.parse(new TextDecoder().decode(await storage.get(storageKeys.extraction(issueId)))),
    );
    // Fails until the real extractor finds the parks the page names.
    expect(extraction.parks.length).toBeGreaterThanOrEqual(1);
    expect(result.parks.map((p) => p.parkId)).toEqual(extraction.parks.map((p) => p.id));
    for (const park of result.parks) {
      const pdf = await storage.get(storageKeys.briefingPdf(issueId, park.parkId));
      expect(pdf, park.parkId).not.toBeNull();
      expect(new TextDecoder().decode(pdf!.slice(0, 5))).toBe('%PDF-');
      expect(park.briefing.bytes).toBe(pdf!.byteLength);
      expect(park.briefing.url).toBe(`http://127.0.0.1:8080/briefings/${issueId}/${park.parkId}.pdf`);
      const record = BriefingSchema.parse(
        JSON.parse(
          new TextDecoder().decode(await storage.get(storageKeys.briefingRecord(issueId, park.parkId))),
        ),
      );
      expect(record.park.id).toBe(park.parkId);
      expect(record.pdf.path).toBe(storageKeys.briefingPdf(issueId, park.parkId));
      expect(park.indicators).toBe(record.indicatorIds.length);
    }
    expect(result.parks.map((p) => p.shortName)).toContain('徐州高新区');
    // Every stage reported, in order.
    const stages = [...new Set(progress.map((p) => p.stage))];
    expect(stages).toEqual(['validate', 'extract', 'store', 'render', 'done']);
    expect(await queues.issues.getJobCounts('completed', 'failed', 'active', 'waiting-children')).toEqual({
      completed: 1,
      failed: 0,
      active: 0,
      'waiting-children': 0,
    });
  });

  it('makes one job of the same issue enqueued twice', async () => {
    await fresh();
    const a = await enqueueIssue(syntheticIssue(1), target());
    const b = await enqueueIssue({ ...syntheticIssue(1), id: 'ignored-id' }, target());
    expect(b.jobId).toBe(a.jobId);
    expect(a.deduplicated).toBe(false);
    expect(b.deduplicated).toBe(true);
    expect(
      await queues.issues.getJobCountByTypes('waiting', 'active', 'completed', 'failed', 'delayed'),
    ).toBe(1);
    const other = await enqueueIssue(syntheticIssue(2), target());
    expect(other.jobId).not.toBe(a.jobId);
  });

  it('rejects a malformed issue before anything reaches Redis, naming the field', async () => {
    await fresh();
    const bad = { ...syntheticIssue(), date: '22/07/2024' };
    const error = await enqueueIssue(bad, target()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssueValidationError);
    expect((error as IssueValidationError).fields).toContain('date');
    expect((error as Error).message).toContain('date');
    const noPages = await enqueueIssue({ ...syntheticIssue(), pages: [] }, target()).catch((e: unknown) => e);
    expect((noPages as IssueValidationError).fields).toContain('pages');
    expect(await queues.connection.keys(`${prefix}:*`)).toEqual([]);
  });

  it('fails a malformed payload at once: one attempt, no retry, reason kept', async () => {
    await fresh();
    await start();
    await queues.issues.add(
      JOBS.processIssue,
      { issue: { publication: '', date: 'soon', pages: [] } },
      {
        jobId: 'malformed-1',
        attempts: 5,
        backoff: { type: 'fixed', delay: 50 },
      },
    );
    // State first, then the job: a job read before it failed would show the attempt count of before.
    await until(
      'the malformed job to fail',
      async () => (await queues.issues.getJobState('malformed-1')) === 'failed',
    );
    const job = (await queues.issues.getJob('malformed-1'))!;
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/invalid issue payload/);
    expect(job.failedReason).toMatch(/issue\.date/);
    expect(job.failedReason).toMatch(/issue\.pages/);
    await new Promise((r) => setTimeout(r, 500));
    expect(await queues.issues.getFailedCount()).toBe(1);
    expect((await queues.issues.getJob('malformed-1'))!.attemptsMade).toBe(1);
    const waited = await waitForIssue('malformed-1', target()).catch((e: unknown) => e);
    expect(waited).toBeInstanceOf(IssueFailedError);
    expect((waited as IssueFailedError).reason).toMatch(/issue\.date/);
  });

  it('retries a crash with exponential backoff and completes', async () => {
    await fresh();
    const extractor = flakyExtractor(2);
    await start({}, extractor);
    const { jobId } = await enqueueIssue(syntheticIssue(3), { ...target(), attempts: 3, backoffMs: 200 });
    await waitForIssue(jobId, { ...target(), timeoutMs: 120_000 });
    const job = (await queues.issues.getJob(jobId))!;
    expect(extractor.calls.length).toBe(3);
    // 200 ms, then 400 ms: each wait at least the backoff (exponential from the first delay).
    expect(extractor.calls[1]! - extractor.calls[0]!).toBeGreaterThanOrEqual(190);
    expect(extractor.calls[2]! - extractor.calls[1]!).toBeGreaterThanOrEqual(390);
    expect(job.attemptsMade).toBeGreaterThanOrEqual(2);
    await extractor.close();
  });

  it('gives up after the bounded number of attempts, with the reason', async () => {
    await fresh();
    const extractor = flakyExtractor(100);
    await start({}, extractor);
    const { jobId } = await enqueueIssue(syntheticIssue(4), { ...target(), attempts: 2, backoffMs: 50 });
    const error = await waitForIssue(jobId, { ...target(), timeoutMs: 120_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssueFailedError);
    expect((error as IssueFailedError).attemptsMade).toBe(2);
    expect((error as IssueFailedError).reason).toContain('simulated crash #2');
    expect(extractor.calls.length).toBe(2);
    // Enqueueing it again retries the failed job instead of leaving it failed.
    const again = await enqueueIssue(syntheticIssue(4), target());
    expect(again).toMatchObject({ deduplicated: true, retried: true });
    await extractor.close();
  });

  it('keeps completed and failed jobs within their bounds', async () => {
    await fresh();
    await start({ PARKBRIEF_KEEP_COMPLETED: '2', PARKBRIEF_KEEP_FAILED: '1', PARKBRIEF_CONCURRENCY: '1' });
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await enqueueIssue(syntheticIssue(10 + i), target())).jobId);
    for (const id of ids.slice(0, 3)) await waitForIssue(id, target()).catch(() => undefined);
    await until(
      'all done',
      async () =>
        (await queues.issues.getJobCountByTypes('waiting', 'active', 'waiting-children', 'delayed')) === 0,
    );
    expect(await queues.issues.getCompletedCount()).toBeLessThanOrEqual(2);
    for (let i = 0; i < 3; i++) await queues.issues.add(JOBS.processIssue, { bad: i }, { jobId: `bad-${i}` });
    await until(
      'bad jobs done',
      async () => (await queues.issues.getJobCountByTypes('waiting', 'active')) === 0,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await queues.issues.getFailedCount()).toBe(1);
  });

  it('health check recreates a worker that stopped fetching jobs', async () => {
    await fresh();
    const w = await start({ PARKBRIEF_HEALTH_INTERVAL_MS: '300' });
    const before = w.workers.issues;
    // A paused worker takes no jobs, as one stuck on a dead blocking connection would.
    await before.pause(true);
    const { jobId } = await enqueueIssue(syntheticIssue(20), target());
    await waitForIssue(jobId, { ...target(), timeoutMs: 120_000 });
    expect(w.workers.issues).not.toBe(before);
    expect((await w.checkHealth()).recoveries).toBeGreaterThanOrEqual(1);
  });

  it('fails fast when Redis cannot be reached', async () => {
    await fresh();
    const t0 = Date.now();
    const error = await enqueueIssue(syntheticIssue(), { redisUrl: 'redis://127.0.0.1:1', prefix }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/cannot connect to Redis/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
