/**
 * The worker writes the catalogue: an issue's rows after extraction (one transaction), its briefings' rows as
 * the PDFs are written, and a later issue's briefing shows the park's earlier figures. Real Redis, real
 * PostgreSQL (this package's test database).
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { openCatalogue, type Catalogue } from '@parkbrief/catalogue';
import { IssueExtractionSchema, storageKeys } from '@parkbrief/domain';
import { readPdf, startTestRedis, type TestRedis } from '@parkbrief/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { enqueueIssue, waitForIssue } from '../src/enqueue.js';
import { runWorker, type RunningWorker } from '../src/run-worker.js';
import { createFileStorage } from '../src/storage.js';
import { openQueues, syntheticIssue, tempDataDir, testConfig, uniquePrefix } from './helpers/setup.js';

let redis: TestRedis;
let worker: RunningWorker;
let catalogue: Catalogue;
let queues: ReturnType<typeof openQueues>;
let dataDir: string;
const prefix = uniquePrefix();

beforeAll(async () => {
  redis = await startTestRedis();
  dataDir = await tempDataDir();
  queues = openQueues(redis.url, prefix);
  worker = await runWorker({ config: testConfig(redis.url, prefix, dataDir) });
  catalogue = await openCatalogue({ databaseUrl: inject('databaseUrl') });
});
afterAll(async () => {
  await worker?.close();
  await catalogue?.close();
  await queues?.obliterateAndClose();
  await redis?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the worker and the catalogue', () => {
  it('catalogues each issue and its briefings, and puts earlier figures into a later briefing', async () => {
    const target = { redisUrl: redis.url, prefix };
    const storage = createFileStorage(dataDir);
    // The same page under two dates: two issues of the same parks.
    const dates = ['2024-06-24', '2024-07-22'];
    const ids: string[] = [];
    for (const date of dates) {
      const { jobId, issueId } = await enqueueIssue({ ...syntheticIssue(7), date }, target);
      await waitForIssue(jobId, { ...target, timeoutMs: 180_000 });
      ids.push(issueId);
    }
    for (const issueId of ids) {
      const extraction = IssueExtractionSchema.parse(
        JSON.parse(new TextDecoder().decode(await storage.get(storageKeys.extraction(issueId)))),
      );
      const listed = await catalogue.issueBriefings(issueId);
      expect(listed?.briefings.map((b) => b.park.extractedId).sort()).toEqual(
        extraction.parks.map((p) => p.id).sort(),
      );
      for (const b of listed!.briefings) {
        const pdf = await storage.get(storageKeys.briefingPdf(issueId, b.park.extractedId));
        expect(b.pdf.sha256).toBe(createHash('sha256').update(pdf!).digest('hex'));
        expect(b.pdf.bytes).toBe(pdf!.byteLength);
      }
    }
    const xuzhou = await catalogue.findPark('徐州高新区');
    expect(xuzhou).not.toBeNull();
    const history = await catalogue.parkHistory(xuzhou!.id);
    expect(new Set(history.map((h) => h.issue.date))).toEqual(new Set(dates));

    const later = await readPdf((await storage.get(storageKeys.briefingPdf(ids[1]!, xuzhou!.id)))!);
    const earlier = await readPdf((await storage.get(storageKeys.briefingPdf(ids[0]!, xuzhou!.id)))!);
    expect(later.text.replace(/\s+/g, '')).toContain('历期对比');
    expect(earlier.text.replace(/\s+/g, '')).not.toContain('历期对比');
  });
});
