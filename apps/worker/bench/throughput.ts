/**
 * Throughput benchmark: issues per minute end to end (enqueue → every briefing written), with one and with two
 * worker processes, each on its own private Redis and data directory.
 *
 * Input: the sample page (PARKBRIEF_SAMPLES, default <repo>/../shared/samples) read at run time, never copied;
 * each issue of the batch is the sample under a different edition name, so each is its own job. Without the
 * sample, a synthetic page. BENCH_ISSUES sets the batch size (default 12).
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enqueueIssue, waitForIssue } from '../src/enqueue.js';
import { createTestDatabase, startTestRedis } from '@parkbrief/testkit';
import { childEnv, openQueues, syntheticIssue, tempDataDir, uniquePrefix } from '../test/helpers/setup.js';
import { spawnWorker, type WorkerProcess } from '../test/helpers/worker-process.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const samplesDir = process.env.PARKBRIEF_SAMPLES ?? path.join(repoRoot, '..', 'shared', 'samples');
const batch = Number(process.env.BENCH_ISSUES ?? 12);

async function basePage(): Promise<{ text: string; date: string; source: string }> {
  const file = path.join(samplesDir, 'page-2023-09-11.txt');
  if (existsSync(file)) return { text: await readFile(file, 'utf8'), date: '2023-09-11', source: file };
  const s = syntheticIssue();
  return { text: s.pages[0]!.text, date: s.date, source: 'synthetic page' };
}

async function run(processes: number, page: { text: string; date: string }) {
  const redis = await startTestRedis();
  // The worker processes share one catalogue: a PostgreSQL database of their own (PGlite is one process's).
  const database = await createTestDatabase('parkbrief_bench');
  const prefix = uniquePrefix();
  const dataDir = await tempDataDir();
  const queues = openQueues(redis.url, prefix);
  const workers: WorkerProcess[] = [];
  try {
    for (let i = 0; i < processes; i++) {
      workers.push(
        spawnWorker(
          childEnv(redis.url, prefix, dataDir, {
            PARKBRIEF_LOG_LEVEL: 'warn',
            PARKBRIEF_HEALTH_INTERVAL_MS: '15000',
            DATABASE_URL: database.url,
          }),
        ),
      );
    }
    // The workers log at warn, so no worker.started line comes: wait until each has connected to both queues.
    const deadline = Date.now() + 60_000;
    while (
      (await queues.issues.getWorkersCount()) < processes ||
      (await queues.briefings.getWorkersCount()) < processes
    ) {
      if (Date.now() > deadline) throw new Error(`${processes} worker process(es) did not connect in 60 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const target = { redisUrl: redis.url, prefix };
    const issue = (edition: string) => ({
      publication: '基准测试报',
      date: page.date,
      edition,
      pages: [{ number: 1, text: page.text }],
    });
    // Warm-up: two issues per process, so thread start-up and font loading are mostly not counted (which process
    // takes which issue is up to BullMQ).
    const warm = await Promise.all(
      Array.from({ length: 2 * processes }, (_, i) => enqueueIssue(issue(`预热${i}`), target)),
    );
    await Promise.all(warm.map((w) => waitForIssue(w.jobId, { ...target, timeoutMs: 300_000 })));

    const t0 = performance.now();
    const jobs = [];
    for (let i = 0; i < batch; i++) jobs.push(await enqueueIssue(issue(`第${i + 1}批`), target));
    const results = await Promise.all(
      jobs.map((j) => waitForIssue(j.jobId, { ...target, timeoutMs: 900_000 })),
    );
    const ms = performance.now() - t0;
    const briefings = results.reduce((n, r) => n + r.parks.length, 0);
    return {
      processes,
      issues: batch,
      briefings,
      seconds: ms / 1000,
      perMinute: (batch / ms) * 60_000,
      parksPerIssue: briefings / batch,
    };
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await queues.obliterateAndClose();
    await redis.stop();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(redis.dir, { recursive: true, force: true });
  }
}

const page = await basePage();
console.log(
  `throughput: ${batch} issues from ${page.source}; default concurrency (2 extract, 2 render per process)`,
);
console.log(
  `  machine: ${os.availableParallelism()} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (figures are only comparable on an idle machine)`,
);
const rows = [];
for (const processes of [1, 2]) {
  const r = await run(processes, page);
  rows.push(r);
  console.log(
    `  ${processes} worker process${processes > 1 ? 'es' : ''}: ${r.issues} issues, ${r.briefings} briefings in ${r.seconds.toFixed(1)} s` +
      ` → ${r.perMinute.toFixed(1)} issues/min (${((r.briefings / r.seconds) * 60).toFixed(0)} briefings/min)`,
  );
}
if (rows.length === 2)
  console.log(`  speed-up with 2 processes: ×${(rows[1]!.perMinute / rows[0]!.perMinute).toFixed(2)}`);
