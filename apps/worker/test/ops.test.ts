/**
 * Operating the worker (issue 11): limits, messages, the status command, metrics in Redis, and the health
 * check's patience. Each of these failed before the fix it covers.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { JOBS, WORKER_METRICS } from '@parkbrief/domain';
import { startTestRedis, type TestRedis } from '@parkbrief/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeProgress, enqueueCommand } from '../src/commands.js';
import { enqueueIssue, waitForIssue } from '../src/enqueue.js';
import { loadWorkerEnv, WorkerEnvError } from '../src/env.js';
import { judgeIdle, runWorker, type RunningWorker } from '../src/run-worker.js';
import { statusCommand, type StatusReport } from '../src/status.js';
import { openQueues, syntheticIssue, tempDataDir, testConfig, uniquePrefix, until } from './helpers/setup.js';

let redis: TestRedis;
let tmp: string;
beforeAll(async () => {
  redis = await startTestRedis();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-ops-'));
});
afterAll(async () => {
  await redis.stop();
  await rm(tmp, { recursive: true, force: true });
});

let prefix: string;
let dataDir: string;
let queues: ReturnType<typeof openQueues>;
let running: RunningWorker | null = null;
const fresh = async () => {
  prefix = uniquePrefix();
  dataDir = await tempDataDir();
  queues = openQueues(redis.url, prefix);
};
afterEach(async () => {
  await running?.close();
  running = null;
  await queues?.obliterateAndClose();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: (env: Record<string, string> = {}) => ({
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      env: { REDIS_URL: redis.url, PARKBRIEF_QUEUE_PREFIX: prefix, PARKBRIEF_DATA_DIR: dataDir, ...env },
    }),
  };
}

/** Keys under the test's prefix, less the queues' meta keys that this test's own Queue objects write. */
async function jobKeys(): Promise<string[]> {
  return (await queues.connection.keys(`${prefix}:*`)).filter((k) => !k.endsWith(':meta'));
}

async function pageFile(name: string, text: string): Promise<string> {
  const file = path.join(tmp, name);
  await writeFile(file, text);
  return file;
}

describe('configuration', () => {
  it('never echoes the password of a malformed REDIS_URL', () => {
    const error = (() => {
      try {
        loadWorkerEnv({ REDIS_URL: 'http://:hunter2@redis.internal:6379' });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(WorkerEnvError);
    expect(error!.message).toContain('REDIS_URL');
    expect(error!.message).not.toContain('hunter2');
  });

  it('finds a missing PARKBRIEF_BRAND file at start, naming it', () => {
    expect(() => loadWorkerEnv({ PARKBRIEF_BRAND: '/nonexistent/brand.json' })).toThrow(
      /PARKBRIEF_BRAND=.*no such file/,
    );
  });
});

describe('enqueue', () => {
  it('refuses an impossible or malformed date with what is wrong, not "required"', async () => {
    await fresh();
    const file = await pageFile('page.txt', syntheticIssue(1).pages[0]!.text);
    for (const [date, want] of [
      ['2023-02-30', 'must be a date that exists'],
      ['11.09.2023', 'YYYY-MM-DD'],
    ] as const) {
      const c = capture();
      expect(await enqueueCommand([file, '--date', date], c.io())).toBe(2);
      expect(c.err.join('')).toContain(want);
      expect(c.err.join('')).not.toMatch(/required/);
    }
    expect(await jobKeys()).toEqual([]);
  });

  it('refuses a 10 MB issue before Redis with exit 2, naming the limit', async () => {
    await fresh();
    const line = '本报讯 今年上半年，徐州高新区实现营业收入100亿元，同比增长12.5%。\n';
    const file = await pageFile('huge.txt', line.repeat(Math.ceil(10_000_000 / Buffer.byteLength(line))));
    const c = capture();
    expect(await enqueueCommand([file, '--date', '2024-07-22'], c.io())).toBe(2);
    expect(c.err.join('')).toMatch(/over the limit of 2000000 bytes \(PARKBRIEF_MAX_ISSUE_BYTES\)/);
    expect(c.out).toEqual([]);
    expect(await jobKeys()).toEqual([]);
  });

  it('--wait says it is waiting for a worker when none is connected, and --timeout ends the wait', async () => {
    await fresh();
    const file = await pageFile('wait.txt', syntheticIssue(2).pages[0]!.text);
    const c = capture();
    const t0 = Date.now();
    expect(await enqueueCommand([file, '--date', '2024-07-22', '--wait', '--timeout', '2'], c.io())).toBe(1);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(c.err.join('')).toContain('waiting for a worker');
    expect(c.err.join('')).toMatch(/timed out waiting/);
    expect(await queues.issues.getWaitingCount()).toBe(1);
  });

  it('prints no "0 parks, 0 figures" for a store stage that polling passed over', () => {
    expect(describeProgress({ stage: 'store' })).toBe('[3/5] store');
    expect(describeProgress({ stage: 'store', parks: 2, indicators: 5 })).toBe(
      '[3/5] store: 2 parks, 5 figures found',
    );
  });
});

describe('status and metrics', () => {
  it('shows completed and failed counts, the last failure with its reason; workers count into Redis', async () => {
    await fresh();
    running = await runWorker({ config: testConfig(redis.url, prefix, dataDir) });
    const { jobId } = await enqueueIssue(syntheticIssue(900), { redisUrl: redis.url, prefix });
    await waitForIssue(jobId, { redisUrl: redis.url, prefix, timeoutMs: 120_000 });
    await queues.issues.add(JOBS.processIssue, { bad: true }, { jobId: 'bad-1' });
    await until('the bad job to fail', async () => (await queues.issues.getJobState('bad-1')) === 'failed');

    const json = capture();
    expect(await statusCommand(['--json'], json.io())).toBe(0);
    const report = JSON.parse(json.out.join('')) as StatusReport;
    const issues = report.queues.find((q) => q.queue === 'parkbrief-issues')!;
    expect(issues.counts.completed).toBe(1);
    expect(issues.counts.failed).toBe(1);
    expect(issues.workers).toBeGreaterThanOrEqual(1);
    expect(issues.lastFailed[0]).toMatchObject({ id: 'bad-1' });
    expect(issues.lastFailed[0]!.reason).toMatch(/invalid issue payload/);
    const briefings = report.queues.find((q) => q.queue === 'parkbrief-briefings')!;
    expect(briefings.counts.completed).toBeGreaterThanOrEqual(1);

    const text = capture();
    expect(await statusCommand([], text.io())).toBe(0);
    expect(text.out.join('')).toMatch(/completed 1, failed 1/);
    expect(text.out.join('')).toContain('bad-1');

    const hash = await until('metrics', async () => {
      const h = await queues.connection.hgetall(`${prefix}:${WORKER_METRICS.key}`);
      return h['c:issues_failed'] ? h : null;
    });
    expect(Number(hash['c:issues_completed'])).toBe(1);
    expect(Number(hash['c:issues_failed'])).toBe(1);
    expect(Number(hash['c:briefings_completed'])).toBeGreaterThanOrEqual(1);
    expect(Number(hash['h:extraction_seconds:count'])).toBe(1);
    expect(Number(hash['h:render_seconds:count'])).toBe(Number(hash['c:briefings_completed']));
  });

  it('status exits 1 with a message when Redis cannot be reached', async () => {
    await fresh();
    const c = capture();
    expect(await statusCommand([], c.io({ REDIS_URL: 'redis://127.0.0.1:1' }))).toBe(1);
    expect(c.err.join('')).toMatch(/cannot connect to Redis/);
  });
});

describe('health check', () => {
  const interval = 1000;
  it('does not recreate a worker on the first sighting of waiting jobs (a stall recovery just put them back)', () => {
    const first = judgeIdle(null, 0, 3, 10_000, interval);
    expect(first).toEqual({ recreate: false, suspectSince: 10_000 });
    // The next check, an interval later, still sees them and nothing started: now it is stuck.
    expect(judgeIdle(first.suspectSince, 0, 3, 11_000, interval)).toEqual({
      recreate: true,
      suspectSince: null,
    });
    // A job started in between: not stuck, start over.
    expect(judgeIdle(first.suspectSince, 10_500, 3, 11_000, interval).recreate).toBe(false);
    // Nothing waits any more.
    expect(judgeIdle(first.suspectSince, 0, 0, 11_000, interval)).toEqual({
      recreate: false,
      suspectSince: null,
    });
  });
});
